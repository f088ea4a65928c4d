"""One definition of an untranslated copy (``stad.core.localization``), the same everywhere.

A copy is wagtail-localize's alias of a page in the other language, made until someone
translates it. An alias Wagtail makes of a page in the same language (``create_alias``) is
not one: it is a page of its own, listed and found like any other.
"""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from stad.core.localization import (
    live_translations,
    untranslated_copies,
    untranslated_copy_languages,
    untranslated_original,
    without_untranslated_copies,
)
from stad.search.results import candidates
from tests import factories


@pytest.fixture
def pages(db, site_tree):
    """A Dutch news item with its English copy, and a Dutch alias of a standard page."""
    dutch = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], title="Alleen in het Nederlands"
    )
    create_aliases_for_new_page(dutch)
    copy = dutch.get_translation(site_tree["HomePage"]["en"].locale)
    standard = site_tree["StandardPage"]["nl"]
    same_language_alias = standard.create_alias(update_slug="ook-over-ons")
    return {
        "dutch": dutch,
        "copy": copy,
        "translated": site_tree["NewsPage"]["en"],
        "same_language_alias": same_language_alias,
    }


def test_the_english_alias_of_a_dutch_page_is_the_only_copy(pages):
    copies = set(untranslated_copies().values_list("pk", flat=True))
    assert pages["copy"].pk in copies
    assert pages["dutch"].pk not in copies
    assert pages["translated"].pk not in copies
    assert pages["same_language_alias"].pk not in copies
    assert untranslated_copy_languages()[pages["copy"].pk] == "nl"
    kept = set(without_untranslated_copies(Page.objects.all()).values_list("pk", flat=True))
    assert kept == set(Page.objects.values_list("pk", flat=True)) - copies


def test_a_copy_names_its_original_and_is_no_translation(pages):
    assert untranslated_original(pages["copy"]).pk == pages["dutch"].pk
    assert untranslated_original(pages["dutch"]) is None
    assert untranslated_original(pages["same_language_alias"]) is None
    assert set(live_translations(pages["dutch"])) == {"nl"}
    assert set(live_translations(pages["translated"])) == {"nl", "en"}


def test_live_translations_take_one_query(pages):
    with CaptureQueriesContext(connection) as queries:
        live_translations(pages["translated"])
    assert len(queries) == 1


def sitemap_locations(client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}


def test_sitemap_and_search_leave_out_the_copy_and_keep_a_same_language_alias(client, pages):
    locations = sitemap_locations(client)
    assert pages["copy"].full_url not in locations
    assert pages["dutch"].full_url in locations
    assert pages["same_language_alias"].full_url in locations

    english = set(candidates("en").values_list("pk", flat=True))
    assert pages["copy"].pk not in english
    assert pages["translated"].pk in english
    dutch = set(candidates("nl").values_list("pk", flat=True))
    assert {pages["dutch"].pk, pages["same_language_alias"].pk} <= dutch


def test_the_english_news_feed_leaves_out_the_copy(client, pages, site_tree):
    feed = client.get(site_tree["NewsIndexPage"]["en"].url + "feed/").content.decode()
    assert pages["translated"].title in feed
    assert "Alleen in het Nederlands" not in feed


def test_only_the_copy_is_marked_as_another_language_on_cards(client, pages, site_tree):
    soup = BeautifulSoup(client.get(site_tree["NewsIndexPage"]["en"].url).content, "html.parser")
    cards = {a["href"]: a.find_parent("article") for a in soup.select("main .card__title a")}
    assert cards[pages["copy"].url].select_one(".card__untranslated") is not None
    assert cards[pages["translated"].url].select_one(".card__untranslated") is None
