"""Matching in the visitor's language, and the synonyms editors keep, on whichever backend runs.

`make test` runs this on SQLite (prefixes only); `make test-stack` on OpenSearch, and the
database checks on PostgreSQL's index too (Dutch and English stemming).
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from stad.search import results, synonyms
from stad.search.models import SynonymGroup
from tests import factories


@pytest.fixture
def pages(db, site_tree, django_capture_on_commit_callbacks):
    programmes = site_tree["ProgrammeIndexPage"]
    made = {
        "compound": factories.ProgrammePageFactory(
            parent=programmes["nl"],
            title="Samen voor de natuur",
            introduction="Het biodiversiteitsnetwerk brengt onderzoekers bij elkaar.",
        ),
        "plural": factories.ProgrammePageFactory(
            parent=programmes["nl"],
            title="Jonge onderzoekers",
            introduction="Scholieren doen ontdekkingen in het lab.",
        ),
        "english": factories.ProgrammePageFactory(
            parent=programmes["en"],
            title="Young researchers",
            introduction="Pupils are studying fossils in the museum.",
        ),
        "park": factories.ProgrammePageFactory(
            parent=programmes["nl"],
            title="Werken op het park",
            introduction="Bedrijven op het Leiden Bio Science Park zoeken technici.",
        ),
    }
    call_command("update_index", stdout=io.StringIO())
    return made


def titles(query, language, alias="default"):
    backend = get_search_backend(alias)
    backend.refresh_indexes()
    ids = results.ranked_ids(
        backend, query, results.candidates(language), language, synonyms.alternatives(query)
    )
    return [page.title for page in results.pages_in_order(ids)]


def aliases():
    return list(settings.WAGTAILSEARCH_BACKENDS)


@pytest.mark.parametrize("alias", aliases())
def test_a_dutch_word_finds_its_plural(pages, alias):
    assert "Jonge onderzoekers" in titles("ontdekking", "nl", alias)


@pytest.mark.parametrize("alias", aliases())
def test_a_dutch_word_finds_the_compounds_it_begins(pages, alias):
    assert "Samen voor de natuur" in titles("biodiversiteit", "nl", alias)


@pytest.mark.parametrize("alias", aliases())
def test_an_english_word_finds_its_plural(pages, alias):
    assert "Young researchers" in titles("fossil", "en", alias)


@pytest.mark.parametrize("alias", aliases())
def test_english_words_are_stemmed_where_the_backend_can(pages, alias):
    """PostgreSQL and the cluster stem ("studies" finds "studying"); SQLite cannot, and says so."""
    backend = get_search_backend(alias)
    assert ("Young researchers" in titles("studies", "en", alias)) == backend.stems


@pytest.mark.parametrize("alias", aliases())
def test_an_abbreviation_finds_the_name_it_stands_for(pages, alias):
    assert "Werken op het park" not in titles("LBSP", "nl", alias)
    SynonymGroup.objects.create(terms="LBSP, Leiden Bio Science Park")
    assert "Werken op het park" in titles("LBSP", "nl", alias)
    assert "Werken op het park" in titles("lbsp technici", "nl", alias)


def test_the_admin_search_without_a_language_still_stems(pages):
    """Wagtail's own page search passes no language; it must still find a Dutch plural."""
    backend = get_search_backend()
    backend.refresh_indexes()
    found = backend.search("ontdekking", Page)
    assert pages["plural"].pk in [page.pk for page in found]


@translation.override("en")
def test_synonym_groups_are_tidied_and_checked(db):
    group = SynonymGroup(terms=" LEF ,Leiden  Education Fieldlab, lef,, ")
    group.full_clean()
    assert group.terms == "LEF, Leiden Education Fieldlab"
    group.save()
    with pytest.raises(ValidationError, match="at least two"):
        SynonymGroup(terms="LEF").full_clean()
    with pytest.raises(ValidationError, match="already in another group"):
        SynonymGroup(terms="lef, Fieldlab").full_clean()
    with pytest.raises(ValidationError, match="under 100 characters"):
        SynonymGroup(terms="x, " + "y" * 101).full_clean()


def test_alternatives_replace_whole_words_only():
    groups = [["LEF", "Leiden Education Fieldlab"]]
    assert synonyms.alternatives("LEF agenda", groups) == ["Leiden Education Fieldlab agenda"]
    assert synonyms.alternatives("lef", groups) == ["Leiden Education Fieldlab"]
    assert synonyms.alternatives("leffe bier", groups) == []
    assert synonyms.alternatives("Leiden Education Fieldlab", groups) == ["LEF"]


def test_editors_manage_synonyms_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/search/synonymgroup/")
    assert response.status_code == 200
    add = "/admin/snippets/search/synonymgroup/add/"
    response = admin_client.post(add, {"terms": "LHSC"})
    assert response.status_code == 200  # the form again, with the reason
    assert "minstens twee verschillende woorden" in response.content.decode()  # admin in Dutch
    response = admin_client.post(add, {"terms": "LHSC, Leiden Healthy Society Center"})
    assert response.status_code == 302
    assert SynonymGroup.objects.get().term_list() == ["LHSC", "Leiden Healthy Society Center"]


def test_the_search_page_marks_what_an_abbreviation_stands_for(client, pages):
    SynonymGroup.objects.create(terms="LBSP, Leiden Bio Science Park")
    get_search_backend().refresh_indexes()
    response = client.get("/nl/zoeken/", {"q": "LBSP"})
    soup = BeautifulSoup(response.content, "html.parser")
    result = soup.select_one(".search-result")
    assert " ".join(result.select_one("a").get_text().split()) == "Werken op het park"
    assert {mark.get_text() for mark in result.select("mark")} >= {"Bio", "Science", "Park"}
