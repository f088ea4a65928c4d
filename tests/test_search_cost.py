"""A search on the embedded default runs its full-text match once, however many pages match.

Wagtail's SQLite compiler scored each candidate page with a correlated subquery that ran the
whole FTS5 match again: a word on every page of the scale set ("Leiden") took 30 seconds.
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


def full_text_matches(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, sum(query["sql"].count(" MATCH ") for query in queries)


@pytest.mark.django_db
def test_the_match_runs_once_with_few_or_many_matching_pages(client, site_tree):
    news_index = site_tree["NewsIndexPage"]["nl"]
    url = "/nl/zoeken/?q=komeet"
    factories.NewsPageFactory(parent=news_index, title="Komeet boven Leiden 0")
    call_command("update_index", stdout=io.StringIO())
    response, with_one = full_text_matches(client, url)
    assert "boven Leiden 0" in response.content.decode()  # "Komeet" is marked
    for number in range(1, 15):
        factories.NewsPageFactory(parent=news_index, title=f"Komeet boven Leiden {number}")
    call_command("update_index", stdout=io.StringIO())
    response, with_many = full_text_matches(client, url)
    assert with_one == with_many
    if connection.vendor == "sqlite" and "URLS" not in settings.WAGTAILSEARCH_BACKENDS["default"]:
        assert with_many == 1
    assert response.content.decode().count("boven Leiden") >= 15
