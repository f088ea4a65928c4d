"""A theme page's lists kept as keys between the pages built in one generation of the page cache
(``ThemePage.linked_pages``): built again, it neither looks up what is linked to the theme nor
reads the rows of cards that were kept, and what an editor publishes or unpublishes shows on
the next page built, in both languages."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stad.core.page_cache.kept import slot_end
from stad.programmes.models import NewsThemeLink
from tests import factories
from tests.scaffolding import sql_of_visit

pytestmark = pytest.mark.django_db


def sections(client, url):
    """{heading: [card titles]} of the theme page's lists."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        section.h2.get_text(strip=True): [
            " ".join(title.get_text().split()) for title in section.select(".card__title")
        ]
        for section in soup.select("main section.section")
    }


def looks_up_links(queries):
    return [query["sql"] for query in queries if "themelink" in query["sql"]]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_theme_page_built_again_neither_looks_up_its_links_nor_reads_kept_cards(
    builds_every_visit, page_cache, site_tree, language
):
    url = site_tree["ThemePage"][language].url
    with CaptureQueriesContext(connection) as first_queries:
        first = sections(builds_every_visit, url)
    assert site_tree["EventPage"][language].title in sum(first.values(), [])
    assert site_tree["ProgrammePage"][language].title in sum(first.values(), [])
    with CaptureQueriesContext(connection) as queries:
        again = sections(builds_every_visit, url + "?utm_source=nieuwsbrief")
    assert again == first
    assert looks_up_links(first_queries)
    assert looks_up_links(queries) == []
    assert len(queries) < len(first_queries)


def test_without_the_page_cache_every_build_looks_up_the_links(builds_every_visit, site_tree):
    url = site_tree["ThemePage"]["nl"].url
    sections(builds_every_visit, url)
    with CaptureQueriesContext(connection) as queries:
        sections(builds_every_visit, url + "?utm_source=nieuwsbrief")
    assert looks_up_links(queries)


def test_what_an_editor_publishes_or_unpublishes_shows_on_the_next_theme_page_built(
    builds_every_visit, page_cache, site_tree, publish, django_capture_on_commit_callbacks
):
    theme = site_tree["ThemePage"]["nl"]
    programme = site_tree["ProgrammePage"]["nl"]
    assert programme.title in sum(sections(builds_every_visit, theme.url).values(), [])

    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], title="Nieuwe subsidie voor gezondheid"
    )
    NewsThemeLink.objects.create(page=news, theme=theme)
    publish(news)
    with django_capture_on_commit_callbacks(execute=True):
        programme.unpublish()

    shown = sum(sections(builds_every_visit, theme.url + "?x=1").values(), [])
    assert "Nieuwe subsidie voor gezondheid" in shown
    assert programme.title not in shown


def test_a_date_that_ends_leaves_the_kept_theme_list_with_the_time_slot(
    builds_every_visit, page_cache, site_tree, publish
):
    """The list of events is of dates to come: kept lists end with their time slot, and the
    page built from them is kept no longer than that."""
    theme = site_tree["ThemePage"]["nl"]
    now = timezone.now()
    ends = datetime.datetime.fromtimestamp(
        slot_end(f"theme-lists:{theme.pk}", now.timestamp()), tz=datetime.UTC
    )
    kept_at = ends - datetime.timedelta(seconds=60)
    with time_machine.travel(kept_at, tick=False):
        start = ends - datetime.timedelta(minutes=120, seconds=30)  # ends 30 s before the slot
        event = factories.EventPageFactory(
            parent=site_tree["EventIndexPage"]["nl"],
            title="Lezing over slaap",
            dates=[(start, start + datetime.timedelta(hours=2))],
        )
        event.theme_links.create(theme=theme)
        publish(event)
        assert "Lezing over slaap" in sum(sections(builds_every_visit, theme.url).values(), [])
        anonymous = Client().get(theme.url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "s-maxage=60" in anonymous["Cache-Control"]
    with time_machine.travel(ends + datetime.timedelta(seconds=30), tick=False):
        shown = sum(sections(builds_every_visit, theme.url + "?x=1").values(), [])
    assert "Lezing over slaap" not in shown


def test_a_kind_of_page_the_kept_lists_lack_is_read_whole(
    builds_every_visit, page_cache, site_tree, monkeypatch
):
    """Lists kept by code from before a deploy that added a kind of linked page: that kind is
    listed all the same, not an error."""
    from stad.programmes.models import ThemePage

    kept_by_older_code = ThemePage.linked_keys

    def without_programmes(theme):
        found = kept_by_older_code(theme)
        del found["programmes.ProgrammePage"]
        return found

    monkeypatch.setattr(ThemePage, "linked_keys", without_programmes)
    theme = site_tree["ThemePage"]["nl"]
    shown = sum(sections(builds_every_visit, theme.url).values(), [])
    assert site_tree["ProgrammePage"]["nl"].title in shown
    assert site_tree["EventPage"]["nl"].title in shown


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_warm_theme_page_built_again_reads_only_the_pages_along_its_address(
    builds_every_visit, page_cache, site_tree, language
):
    """Its lists, cards, links to the agenda and the chrome are all kept: the build reads the
    pages along the URL (routing) and the theme's own row, nothing else."""
    theme = site_tree["ThemePage"][language]
    first = sections(builds_every_visit, theme.url)
    sql, html = sql_of_visit(builds_every_visit, theme.url + "?x=1")
    assert sections(builds_every_visit, theme.url + "?x=1") == first
    assert f"?theme={theme.slug}" in html  # the agenda narrowed to it
    others = [
        query
        for query in sql
        if '"wagtailcore_page"."url_path" IN' not in query
        and f'"programmes_themepage"."page_ptr_id" = {theme.pk}' not in query
    ]
    assert others == []
