"""A draft, a private page and an expired event or news item appear in none of the public ways
out of the site: the JSON API (listings, search and detail), the news feeds, sitemap.xml and
the site search. Each (kind of hidden page, channel) pair is a test of its own, and each
channel is first shown to list the live, public pages made the same way."""

import datetime
import io
import xml.etree.ElementTree as ET

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests import factories

# Every page below has this word in its title, so one search finds them all.
MARKER = "Zebravink"


@pytest.fixture
def pages(db, site_tree):
    """{kind: [news item, event]} for kinds "visible", "draft", "private" and "expired"."""
    news_index = site_tree["NewsIndexPage"]["nl"]
    agenda = site_tree["EventIndexPage"]["nl"]

    def news_and_event(kind, **fields):
        return [
            factories.NewsPageFactory(parent=news_index, title=f"{MARKER} {kind} nieuws", **fields),
            factories.EventPageFactory(parent=agenda, title=f"{MARKER} {kind} lezing", **fields),
        ]

    made = {
        "visible": news_and_event("openbaar"),
        "draft": news_and_event("concept", live=False),
        "private": news_and_event("besloten"),
        "expired": news_and_event("verlopen"),
    }
    password, login = PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN
    for page, restriction in zip(made["private"], (password, login), strict=True):
        PageViewRestriction.objects.create(page=page, restriction_type=restriction, password="x")
    now = timezone.now()
    for page in made["expired"]:
        page.expire_at = now + datetime.timedelta(hours=1)
        page.save_revision().publish()
    with time_machine.travel(now + datetime.timedelta(hours=2)):
        call_command("publish_scheduled", stdout=io.StringIO())
    for kind, expect_live in (("draft", False), ("private", True), ("expired", False)):
        assert [Page.objects.get(pk=page.pk).live for page in made[kind]] == [expect_live] * 2
    assert all(Page.objects.get(pk=page.pk).expired for page in made["expired"])
    return made


def titles_in_api(client, pages):
    """Titles in the API's listings (all pages, by type, by search) and in its detail views."""
    titles = set()
    queries = [{}, {"type": "home.NewsPage"}, {"type": "events.EventPage"}, {"search": MARKER}]
    for query in queries:
        offset = 0
        while True:
            response = client.get("/api/v2/pages/", {**query, "limit": 50, "offset": offset})
            assert response.status_code == 200
            items = response.json()["items"]
            titles |= {item["title"] for item in items}
            offset += len(items)
            if not items or offset >= response.json()["meta"]["total_count"]:
                break
    for page in pages:
        for url in (f"/api/v2/pages/{page.pk}/", f"/api/v2/pages/find/?id={page.pk}"):
            response = client.get(url, follow=True)
            if response.status_code == 200:
                titles.add(response.json()["title"])
            else:
                assert response.status_code == 404
    return titles


def titles_in_feeds(client, pages):
    news_index = pages[0].get_parent()
    rss = ET.fromstring(client.get(news_index.url + "feed/").content)
    atom = ET.fromstring(client.get(news_index.url + "feed/atom/").content)
    titles = {item.findtext("title") for item in rss.iter("item")}
    return titles | {title.text for title in atom.iter("{http://www.w3.org/2005/Atom}title")}


def titles_in_sitemap(client, pages):
    """The pages whose addresses sitemap.xml lists."""
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = {element.text for element in sitemap.iter() if element.tag.endswith("loc")}
    return {page.title for page in pages if page.full_url in locations}


def titles_in_search(client, pages):
    call_command("update_index", stdout=io.StringIO())  # drafts are in the index too
    response = client.get("/nl/zoeken/", {"q": MARKER})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {" ".join(link.get_text().split()) for link in soup.select(".search-result__title a")}


CHANNELS = {
    "api": titles_in_api,
    "feeds": titles_in_feeds,
    "sitemap": titles_in_sitemap,
    "search": titles_in_search,
}
# The news feed carries news only; the other channels carry both.
CARRIES_EVENTS = {"api": True, "feeds": False, "sitemap": True, "search": True}


@pytest.mark.parametrize("channel", CHANNELS)
def test_live_public_pages_do_appear(client, pages, channel):
    found = CHANNELS[channel](client, pages["visible"])
    expected = pages["visible"] if CARRIES_EVENTS[channel] else pages["visible"][:1]
    assert {page.title for page in expected} <= found


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("kind", ["draft", "private", "expired"])
def test_hidden_pages_never_appear(client, pages, kind, channel):
    found = CHANNELS[channel](client, pages[kind])
    assert not {page.title for page in pages[kind]} & found
