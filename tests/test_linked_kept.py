"""The themes and partners a page names (``stad.core.linked``): in the visitor's language, only
live ones, and with the page cache on read from facts every page shares, so a page built again
reads only its own links' keys."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from stad.programmes.models import Partner
from tests.scaffolding import sql_of_visit

pytestmark = pytest.mark.django_db

PAGE_TYPES = ["EventPage", "NewsPage", "ProgrammePage"]


def linked(client, url):
    """(theme links as (text, href), partner names, schema.org organisers) of a page built."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    themes = [(a.get_text(strip=True), a["href"]) for a in soup.select("main .tag-list a")]
    partners = [li.get_text(strip=True) for li in soup.select("main .partner-list li")]
    organisers = []
    for script in soup.select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        for item in data if isinstance(data, list) else [data]:
            organisers += [org["name"] for org in item.get("organizer", [])]
    return themes, partners, organisers


def reads_linked_rows(queries):
    """Of the SQL ``queries``, those that read themes or partners themselves (not a page's
    links to them)."""
    return [
        sql
        for sql in queries
        if 'FROM "programmes_partner"' in sql or 'FROM "programmes_themepage"' in sql
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_a_page_built_again_reads_only_its_links(
    builds_every_visit, page_cache, site_tree, page_type, language
):
    url = site_tree[page_type][language].url
    with CaptureQueriesContext(connection) as first_queries:
        first = linked(builds_every_visit, url)
    with CaptureQueriesContext(connection) as queries:
        again = linked(builds_every_visit, url + "?utm_source=nieuwsbrief")
    theme = site_tree["ThemePage"][language]
    assert first[0] == [(theme.title, theme.url)]
    assert again == first
    assert reads_linked_rows(query["sql"] for query in first_queries)
    assert reads_linked_rows(query["sql"] for query in queries) == []


def test_without_the_page_cache_each_build_reads_the_linked_rows(builds_every_visit, site_tree):
    url = site_tree["EventPage"]["nl"].url
    linked(builds_every_visit, url)
    sql, _html = sql_of_visit(builds_every_visit, url + "?x=1")
    assert reads_linked_rows(sql)


@pytest.mark.parametrize("kept", [True, False])
def test_partners_and_themes_show_in_the_visitors_language_and_only_when_live(
    builds_every_visit, request, site_tree, kept, django_capture_on_commit_callbacks
):
    if kept:
        request.getfixturevalue("page_cache")
    dutch_partner = Partner.objects.get(locale__language_code="nl")
    english_partner = Partner.objects.get(locale=Locale.objects.get(language_code="en"))
    english_partner.name = "Knowledge partner of Leiden"
    with django_capture_on_commit_callbacks(execute=True):
        english_partner.save()
    event = site_tree["EventPage"]
    _themes, partners, organisers = linked(builds_every_visit, event["en"].url)
    assert partners == organisers == ["Knowledge partner of Leiden"]
    _themes, partners, organisers = linked(builds_every_visit, event["nl"].url)
    assert partners == organisers == [dutch_partner.name]

    # The English partner unpublished: the English page names the Dutch one meanwhile.
    with django_capture_on_commit_callbacks(execute=True):
        english_partner.unpublish()
    _themes, partners, organisers = linked(builds_every_visit, event["en"].url + "?x=1")
    assert partners == organisers == [dutch_partner.name]

    # A theme taken offline in English leaves the English page's links, not the Dutch one's.
    english_theme = site_tree["ThemePage"]["en"]
    english_theme.refresh_from_db()  # published after it was made: live in the database
    with django_capture_on_commit_callbacks(execute=True):
        english_theme.unpublish()
    themes, _partners, _organisers = linked(builds_every_visit, event["en"].url + "?x=2")
    dutch_theme = site_tree["ThemePage"]["nl"]
    dutch_theme.refresh_from_db()
    assert themes == [(dutch_theme.title, dutch_theme.url)]
    with django_capture_on_commit_callbacks(execute=True):
        dutch_theme.unpublish()
    themes, _partners, _organisers = linked(builds_every_visit, event["nl"].url + "?x=3")
    assert themes == []
