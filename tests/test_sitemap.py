"""sitemap.xml lists the live public pages of both languages, each with its translations."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction
from wagtail_localize.synctree import create_aliases_for_new_page

from tests import factories

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def read_sitemap(client):
    """{location: {hreflang: href}} of every <url> in sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    entries = {}
    for url in ET.fromstring(response.content).findall("sm:url", NAMESPACES):
        location = url.find("sm:loc", NAMESPACES).text
        assert location not in entries, f"{location} listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NAMESPACES)
            if link.get("rel") == "alternate"
        }
    return entries


def test_every_page_in_both_languages_with_reciprocal_alternates(client, db, site_tree):
    entries = read_sitemap(client)
    expected_locations = set()
    for versions in site_tree.values():
        urls = {language: versions[language].full_url for language in ("nl", "en")}
        expected_locations |= set(urls.values())
        expected = {**urls, "x-default": urls["nl"]}
        assert entries[urls["nl"]] == expected
        assert entries[urls["en"]] == expected
    assert set(entries) == expected_locations


@pytest.fixture
def hidden_pages(site_tree):
    """A draft, a private page and an untranslated copy, next to the pages that are listed."""
    news_index = site_tree["NewsIndexPage"]["nl"]
    draft = factories.NewsPageFactory(parent=news_index, live=False)
    private = factories.NewsPageFactory(parent=news_index)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    untranslated = factories.NewsPageFactory(parent=news_index)
    create_aliases_for_new_page(untranslated)
    copy = untranslated.get_translation(site_tree["NewsIndexPage"]["en"].locale)
    return {"draft": draft, "private": private, "untranslated": untranslated, "copy": copy}


def test_drafts_private_pages_and_untranslated_copies_are_left_out(
    client, db, site_tree, hidden_pages
):
    entries = read_sitemap(client)
    assert hidden_pages["copy"].live
    for name in ("draft", "private", "copy"):
        assert hidden_pages[name].full_url not in entries, name
    # The Dutch original of the copy is listed, as the only version there is.
    original = hidden_pages["untranslated"].full_url
    assert entries[original] == {"nl": original, "x-default": original}
    # The pages around them are still complete.
    news = site_tree["NewsPage"]
    assert entries[news["en"].full_url]["nl"] == news["nl"].full_url


def test_sitemap_alternates_match_each_pages_hreflang_links(client, db, site_tree):
    entries = read_sitemap(client)
    for versions in site_tree.values():
        for page in versions.values():
            soup = BeautifulSoup(client.get(page.url).content, "html.parser")
            links = soup.select('head link[rel="alternate"][hreflang]')
            assert {link["hreflang"]: link["href"] for link in links} == entries[page.full_url]
