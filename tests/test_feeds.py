"""News feeds per language (RSS 2.0 and Atom), as a feed reader sees them."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.synctree import create_aliases_for_new_page

from tests import factories
from tests.scaffolding import count_queries

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def fetch(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    return ET.fromstring(response.content)


def rss_items(client, news_index):
    channel = fetch(client, news_index.url + "feed/", "application/rss+xml").find("channel")
    return channel, channel.findall("item")


@pytest.fixture
def news(db, site_tree):
    """Two more Dutch news items (one untranslated, so English has a copy of it)."""
    news_index = site_tree["NewsIndexPage"]["nl"]
    newer = factories.NewsPageFactory(
        parent=news_index, title="Leren met de Stad krijgt subsidie", date=datetime.date(2024, 3, 5)
    )
    untranslated = factories.NewsPageFactory(parent=news_index, title="RadioLEF begint")
    create_aliases_for_new_page(untranslated)
    return {"newer": newer, "untranslated": untranslated}


def test_rss_lists_the_news_of_one_language_newest_first(client, site_tree, news):
    channel, items = rss_items(client, site_tree["NewsIndexPage"]["nl"])
    assert channel.findtext("title") == "Nieuws"
    assert channel.findtext("link") == site_tree["NewsIndexPage"]["nl"].full_url
    assert channel.findtext("language") == "nl"
    assert [item.findtext("title") for item in items] == [
        "Leren met de Stad krijgt subsidie",
        "RadioLEF begint",
        site_tree["NewsPage"]["nl"].title,
    ]
    first = items[0]
    assert first.findtext("link") == news["newer"].full_url
    assert first.findtext("link").startswith("http://localhost/nl/nieuws/")
    assert first.findtext("description") == news["newer"].introduction
    assert first.findtext("pubDate") == "Tue, 05 Mar 2024 00:00:00 +0100"


def test_the_english_feed_holds_english_news_only(client, site_tree, news):
    channel, items = rss_items(client, site_tree["NewsIndexPage"]["en"])
    assert channel.findtext("language") == "en"
    english = site_tree["NewsPage"]["en"]
    # The untranslated copy is left out: its Dutch text is in the Dutch feed.
    assert [item.findtext("title") for item in items] == [english.title]
    assert items[0].findtext("link") == english.full_url
    assert items[0].findtext("description") == english.introduction


def test_atom_feed_with_dates_and_language(client, site_tree, news):
    news_index = site_tree["NewsIndexPage"]["en"]
    feed = fetch(client, news_index.url + "feed/atom/", "application/atom+xml")
    assert feed.get(XML_LANG) == "en"
    assert feed.findtext(f"{ATOM}title") == news_index.title
    self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == news_index.full_url + "feed/atom/"
    (entry,) = feed.findall(f"{ATOM}entry")
    english = site_tree["NewsPage"]["en"]
    assert entry.findtext(f"{ATOM}title") == english.title
    assert entry.find(f"{ATOM}link").get("href") == english.full_url
    assert entry.findtext(f"{ATOM}summary") == english.introduction
    assert entry.findtext(f"{ATOM}published").startswith("2023-06-01T00:00:00+02:00")
    assert entry.findtext(f"{ATOM}updated")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_names_the_feeds_of_its_language(client, site_tree, language):
    news_index = site_tree["NewsIndexPage"][language]
    for page_type in ("HomePage", "EventPage", "StandardPage"):
        soup = BeautifulSoup(client.get(site_tree[page_type][language].url).content, "html.parser")
        rss = soup.select_one('head link[rel="alternate"][type="application/rss+xml"]')
        atom = soup.select_one('head link[rel="alternate"][type="application/atom+xml"]')
        assert rss["href"] == news_index.full_url + "feed/", page_type
        assert atom["href"] == news_index.full_url + "feed/atom/", page_type
        assert rss["title"].startswith(news_index.title)
    assert client.get(news_index.url).status_code == 200  # the overview itself is unchanged


def test_feed_queries_do_not_grow_with_the_number_of_items(client, db, site_tree):
    url = site_tree["NewsIndexPage"]["nl"].url + "feed/"
    counts = []
    for count in (1, 5):
        for _ in range(count):
            factories.NewsPageFactory(parent=site_tree["NewsIndexPage"]["nl"])
        counts.append(count_queries(client, url)[0])
    assert counts[0] == counts[1]


def test_a_news_item_cannot_take_the_feeds_address(db, site_tree):
    from django.core.exceptions import ValidationError

    news_index = site_tree["NewsIndexPage"]["nl"]
    item = factories.NewsPageFactory.build(title="Feed", slug="feed")
    with pytest.raises(ValidationError) as refused:
        news_index.add_child(instance=item)
    assert "slug" in refused.value.message_dict
