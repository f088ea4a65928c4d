"""The news overview's length and first keys kept between the pages built in one generation of
the page cache (``stad.core.pagination.kept_list``): the next page of the list neither counts nor
sorts the news again, and what an editor publishes or unpublishes shows in the list and its
pages on the next page built."""

import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from wagtail_factories import ImageFactory

from tests import factories
from tests.scaffolding import sql_of_visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_of_15(site_tree, publish):
    """Fifteen news items, one a day: two pages of the overview (12 a page)."""
    index = site_tree["NewsIndexPage"]["nl"]
    for day in range(15):
        publish(
            factories.NewsPageFactory(
                parent=index,
                title=f"Bericht {day:02d}",
                date=datetime.date(2027, 1, 1) + datetime.timedelta(days=day),
            )
        )
    return index


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def shown(html):
    return re.findall(r">(Bericht [^<]+)</a>", html)


def counts_and_key_lists(sql):
    """The queries that count the news or sort their keys."""
    counts = [item for item in sql if "COUNT(" in item and "home_newspage" in item]
    keys = [
        item
        for item in sql
        if item.startswith('SELECT "home_newspage"."page_ptr_id"') and "ORDER BY" in item
    ]
    return counts, keys


@pytest.mark.parametrize("cache", ["on", "off"])
def test_the_next_page_counts_and_sorts_the_news_only_with_the_page_cache_off(
    builds_every_visit, news_of_15, request, cache
):
    if cache == "on":
        request.getfixturevalue("page_cache")
    first = visit(builds_every_visit, news_of_15.url)
    assert shown(first)[:2] == ["Bericht 14", "Bericht 13"]
    sql, second = sql_of_visit(builds_every_visit, news_of_15.url + "?page=2")
    counts, keys = counts_and_key_lists(sql)
    assert (len(counts), len(keys)) == ((0, 0) if cache == "on" else (1, 1))
    assert shown(second)[-3:] == ["Bericht 02", "Bericht 01", "Bericht 00"]
    assert "?page=3" not in second


def test_published_and_unpublished_news_show_on_the_next_page_built(
    builds_every_visit, page_cache, news_of_15, publish, django_capture_on_commit_callbacks
):
    visit(builds_every_visit, news_of_15.url)
    newest = publish(
        factories.NewsPageFactory(
            parent=news_of_15, title="Bericht nieuw", date=datetime.date(2027, 2, 1)
        )
    )
    assert shown(visit(builds_every_visit, news_of_15.url + "?page=1"))[0] == "Bericht nieuw"
    # Sixteen items: the second page now starts one later and ends with the oldest.
    second = visit(builds_every_visit, news_of_15.url + "?page=2")
    assert shown(second) == [f"Bericht {day:02d}" for day in range(3, -1, -1)]

    with django_capture_on_commit_callbacks(execute=True):
        newest.unpublish()
    assert shown(visit(builds_every_visit, news_of_15.url + "?page=1&x=1"))[0] == "Bericht 14"


def test_a_page_past_the_end_of_a_kept_list_is_not_found(
    builds_every_visit, page_cache, news_of_15
):
    visit(builds_every_visit, news_of_15.url)
    assert builds_every_visit.get(news_of_15.url + "?page=3").status_code == 404


def test_the_news_overview_built_from_its_kept_list_keeps_its_full_lifetime(site_tree, page_cache):
    """Only editors change the order of the news: its kept list does not shorten the time a
    CDN may keep the page."""
    url = site_tree["NewsIndexPage"]["nl"].url
    response = Client().get(url)
    assert response["X-Page-Cache"] == "miss"
    assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in response["Cache-Control"]


def test_a_warm_overview_built_again_reads_no_rows_or_pictures_for_its_cards(
    builds_every_visit, page_cache, news_of_15, publish
):
    for day in (20, 21):  # the newest two, with pictures
        publish(
            factories.NewsPageFactory(
                parent=news_of_15,
                title=f"Bericht {day:02d}",
                date=datetime.date(2027, 1, 1) + datetime.timedelta(days=day),
                listing_image=ImageFactory(),
            )
        )
    first = visit(builds_every_visit, news_of_15.url)
    assert first.count("<picture") >= 2
    sql, again = sql_of_visit(builds_every_visit, news_of_15.url + "?utm_source=nieuwsbrief")
    read = " ".join(sql)
    assert "wagtailimages_rendition" not in read
    assert '"home_newspage"."date"' not in read  # no news item's row
    cards = re.compile(r'<ul class="card-list">.*?</ul>', re.S)
    assert cards.findall(again) == cards.findall(first)
    assert shown(again)[:3] == ["Bericht 21", "Bericht 20", "Bericht 14"]
