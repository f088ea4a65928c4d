"""One rule for every search on the site: try the cluster, log, answer from the database.

The search page, the suggestions while typing and the API's ``?search=`` all go through
``stad.search.fallback``; a cluster that is down never costs a visitor their answer.
"""

import io
import logging

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from config import services
from stad.search.fallback import search_with_fallback

# A cluster address where nothing listens: every request to it fails at once.
DEAD_CLUSTER = services.search_backends("opensearch://127.0.0.1:9", timeout=1)


@pytest.fixture
def indexed(db, site_tree):
    call_command("update_index", stdout=io.StringIO())
    return site_tree


def titles(backend, text):
    return [page.title for page in backend.search(text, Page.objects.live())]


def test_a_working_backend_answers_without_a_log_line(indexed, caplog):
    title = indexed["ProgrammePage"]["nl"].title
    found, fell_back = search_with_fallback(lambda backend: titles(backend, title))
    assert title in found
    assert fell_back is False
    assert "answered from the database" not in caplog.text


def test_a_dead_cluster_is_logged_and_the_database_answers(indexed, caplog):
    title = indexed["ProgrammePage"]["nl"].title
    with override_settings(WAGTAILSEARCH_BACKENDS=DEAD_CLUSTER), caplog.at_level(logging.WARNING):
        found, fell_back = search_with_fallback(
            lambda backend: titles(backend, title), what="the test query"
        )
    assert title in found
    assert fell_back is True
    assert "Search cluster failed (ConnectionError" in caplog.text
    assert "searches are answered from the database" in caplog.text


def test_without_a_database_index_to_fall_back_on_the_error_stands(indexed):
    cluster_only = {"default": DEAD_CLUSTER["default"]}
    with override_settings(WAGTAILSEARCH_BACKENDS=cluster_only), pytest.raises(Exception):  # noqa: B017
        search_with_fallback(lambda backend: titles(backend, "Inleiding"))


def test_suggestions_fall_back_too(client, indexed, caplog):
    english = indexed["ProgrammePage"]["en"]
    with override_settings(WAGTAILSEARCH_BACKENDS=DEAD_CLUSTER):
        data = client.get("/en/search/suggestions/", {"q": "English Prog"}).json()
    assert {"title": english.title, "url": english.url} in data["suggestions"]
    assert "searches are answered from the database" in caplog.text


def test_the_api_search_falls_back_too(client, indexed, caplog):
    programme = indexed["ProgrammePage"]["nl"]
    with override_settings(WAGTAILSEARCH_BACKENDS=DEAD_CLUSTER):
        response = client.get("/api/v2/pages/", {"search": programme.title, "locale": "nl"})
    assert response.status_code == 200
    assert programme.pk in [item["id"] for item in response.json()["items"]]
    assert "searches are answered from the database" in caplog.text
