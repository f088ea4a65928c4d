"""Publishing keeps the search index up to date, on whichever backend SEARCH_URL selects.

Without SEARCH_URL this runs on Wagtail's database backend; CI runs it again against a real
OpenSearch node (scripts/services.sh).
"""

import io
import os

import pytest
from django.core.management import call_command
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from stad.core.models import StandardPage
from stad.programmes.models import ProgrammePage
from tests import factories
from tests.services import require


@pytest.fixture
def search_backend(db, site_tree, django_capture_on_commit_callbacks):
    backend = get_search_backend()
    if os.environ.get("SEARCH_URL"):
        cluster = getattr(backend, "es", None)
        require("The search cluster (SEARCH_URL)", cluster is not None and cluster.ping())
        assert isinstance(backend, ElasticsearchBaseSearchBackend)
    # Start from an index that matches this test's database, as `update_index` does on deploy.
    call_command("update_index", stdout=io.StringIO())
    return backend


def publish(page, capture):
    """Publish and run the index updates Wagtail queues for after the transaction commits."""
    with capture(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    get_search_backend().refresh_indexes()


def new_programme(site_tree, capture, **fields):
    page = factories.ProgrammePageFactory(
        parent=site_tree["ProgrammeIndexPage"]["nl"], live=False, **fields
    )
    publish(page, capture)
    return page


def search(query):
    return list(ProgrammePage.objects.live().search(query))


def test_a_published_page_is_found_by_its_words(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    page = new_programme(
        site_tree,
        django_capture_on_commit_callbacks,
        title="Zeldzame vlinders in de Hortus",
        introduction="Studenten tellen vlinders tussen de kassen.",
    )
    assert page in search("vlinders")
    assert page in search("kassen")
    assert page not in search("sterrenkunde")


def test_publishing_a_change_updates_the_index(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    page = new_programme(
        site_tree,
        django_capture_on_commit_callbacks,
        title="Stadslab Morspoort",
        introduction="Onderzoek aan de rand van de binnenstad.",
    )
    assert page in search("Morspoort")
    page.title = "Stadslab Zijlpoort"
    publish(page, django_capture_on_commit_callbacks)
    assert page in search("Zijlpoort")
    assert page not in search("Morspoort")


def test_unpublished_pages_are_not_found(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    page = new_programme(site_tree, django_capture_on_commit_callbacks, title="Sterrenwacht")
    assert page in search("Sterrenwacht")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    get_search_backend().refresh_indexes()
    assert not ProgrammePage.objects.get(pk=page.pk).live
    assert page not in search("Sterrenwacht")


def test_autocomplete_finds_titles_from_their_first_letters(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    page = new_programme(
        site_tree, django_capture_on_commit_callbacks, title="Biodiversiteitswandeling"
    )
    found = list(ProgrammePage.objects.live().autocomplete("Biodiv"))
    assert page in found


def in_index(page):
    """Whether the backend's index holds a document for ``page`` (not the database's page)."""
    backend = get_search_backend()
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        index = backend.get_index_for_model(type(page))
        document_id = index.mapping_class(type(page)).get_document_id(page)
        return bool(backend.es.exists(index=index.name, id=document_id))
    return IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def test_a_deleted_page_leaves_the_index(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    page = new_programme(site_tree, django_capture_on_commit_callbacks, title="Proeftuin")
    assert in_index(page)
    with django_capture_on_commit_callbacks(execute=True):
        ProgrammePage.objects.get(pk=page.pk).delete()
    get_search_backend().refresh_indexes()
    assert not in_index(page)


def test_a_moved_page_is_found_under_its_new_parent(
    search_backend, site_tree, django_capture_on_commit_callbacks
):
    home = site_tree["HomePage"]["nl"]
    first, second = (
        factories.StandardPageFactory(parent=home, title=title) for title in ("Eerste", "Tweede")
    )
    page = factories.StandardPageFactory(parent=first, title="Verhuisde wegwijzer", live=False)
    publish(page, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.move(second, pos="last-child")
    get_search_backend().refresh_indexes()
    found = StandardPage.objects.live().descendant_of(second).search("wegwijzer")
    assert [item.pk for item in found] == [page.pk]
    assert not list(StandardPage.objects.live().descendant_of(first).search("wegwijzer"))


def test_the_cluster_index_analyses_dutch_english_and_word_beginnings(search_backend):
    require("The search cluster (SEARCH_URL)", bool(os.environ.get("SEARCH_URL")))
    index = search_backend.get_index_for_model(ProgrammePage)

    def tokens(analyzer, text):
        found = search_backend.es.indices.analyze(
            index=index.name, body={"analyzer": analyzer, "text": text}
        )
        return [token["token"] for token in found["tokens"]]

    assert tokens("stad_dutch", "ontdekkingen") == tokens("stad_dutch", "ontdekking")
    assert tokens("stad_english", "studies") == tokens("stad_english", "studying")
    assert "biodiversiteit" in tokens("stad_dutch_beginnings", "biodiversiteitsverhaal")
    assert "biod" in tokens("edgengram_analyzer", "Biodiversiteit")  # autocomplete
    mapping = search_backend.es.indices.get_mapping(index=index.name)
    fields = next(iter(mapping.values()))["mappings"]["properties"]["_all_text"]["fields"]
    assert set(fields) == {"nl", "nl_prefix", "en"}
