"""A page nobody has translated yet: never a dead end, and never passed off as English.

When an editor adds a Dutch page, wagtail-localize's tree synchronisation puts an *alias* of it
in the English tree (a live copy of the Dutch content). English visitors reach it from English
listings; they read the Dutch content under an English notice, marked as Dutch.
"""

import pytest
from wagtail_factories import ImageFactory
from wagtail_localize.synctree import create_aliases_for_new_page

from tests import factories
from tests.scaffolding import get_soup


def alternates(soup):
    links = soup.select('head link[rel="alternate"][hreflang]')
    return {link["hreflang"]: link["href"] for link in links}


def switcher_link(soup, language):
    return soup.select_one(f'nav.language-switcher a[hreflang="{language}"]')


@pytest.fixture
def untranslated(site_tree):
    """A new Dutch news item, synchronised into the English tree as wagtail-localize does."""
    dutch = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"],
        title="Alleen in het Nederlands",
        listing_image=ImageFactory(),
        listing_image_alt="Een radiostudio",
    )
    # What wagtail-localize's "after_create_page" hook does for a page made in the admin.
    create_aliases_for_new_page(dutch)
    english = dutch.get_translation(site_tree["HomePage"]["en"].locale)
    assert english.alias_of_id == dutch.pk and english.live
    return {"nl": dutch, "en": english.specific}


def test_english_visitors_reach_it_from_the_english_listing(client, db, site_tree, untranslated):
    soup = get_soup(client, site_tree["NewsIndexPage"]["en"].url)
    cards = {a["href"]: a.find_parent("article") for a in soup.select("main .card__title a")}
    card = cards[untranslated["en"].url]
    # Its Dutch title, summary and image text are marked as Dutch; the card says so in English.
    assert card.select_one(".card__title")["lang"] == "nl"
    assert card.select_one("img")["lang"] == "nl"
    assert card.select_one(".card__untranslated").get_text(strip=True) == "Only in Dutch"
    translated = cards[site_tree["NewsPage"]["en"].url]
    assert translated.select_one("[lang]") is None
    assert translated.select_one(".card__untranslated") is None


def test_an_untranslated_event_in_the_english_agenda(client, db, site_tree):
    dutch = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing in het Nederlands"
    )
    create_aliases_for_new_page(dutch)
    copy = dutch.get_translation(site_tree["EventIndexPage"]["en"].locale)
    soup = get_soup(client, site_tree["EventIndexPage"]["en"].url)
    link = soup.select_one(f'main .card__title a[href="{copy.url}"]')
    card = link.find_parent("article")
    assert card.select_one(".card__title")["lang"] == "nl"
    assert card.select_one(".card__untranslated").get_text(strip=True) == "Only in Dutch"


def test_the_copy_says_in_english_that_it_is_dutch(client, db, site_tree, untranslated):
    soup = get_soup(client, untranslated["en"].url)
    assert soup.html["lang"] == "en"
    notice = soup.select_one("main .notice--untranslated")
    assert notice.get_text(" ", strip=True) == (
        "This page is not available in English yet. Below is the original in Dutch."
    )
    heading = soup.find("h1")
    assert heading.get_text(strip=True) == "Alleen in het Nederlands"
    assert heading.find_parent(attrs={"lang": True})["lang"] == "nl"
    assert untranslated["nl"].introduction in soup.select_one('main [lang="nl"]').get_text()
    # The interface around it stays English, the breadcrumbs too (but for the Dutch title).
    assert soup.select_one(".skip-link").get_text(strip=True) == "Skip to main content"
    crumbs = soup.select_one("nav.breadcrumbs")
    assert crumbs["lang"] == "en"
    assert crumbs.select_one('[aria-current="page"]')["lang"] == "nl"


def test_the_copy_points_search_engines_to_the_dutch_original(client, db, site_tree, untranslated):
    dutch_url = untranslated["nl"].full_url
    for language in ("nl", "en"):
        soup = get_soup(client, untranslated[language].url)
        # Not offered as an English version: both name only the Dutch page.
        assert alternates(soup) == {"nl": dutch_url, "x-default": dutch_url}
    english = get_soup(client, untranslated["en"].url)
    assert english.select_one('link[rel="canonical"]')["href"] == dutch_url
    dutch = get_soup(client, untranslated["nl"].url)
    assert dutch.select_one('link[rel="canonical"]')["href"] == dutch_url


def test_switcher_on_the_dutch_page_goes_to_the_english_section_and_says_so(
    client, db, site_tree, untranslated
):
    soup = get_soup(client, untranslated["nl"].url)
    link = switcher_link(soup, "en")
    english_news = site_tree["NewsIndexPage"]["en"]
    assert link["href"] == english_news.url
    assert link.get_text(" ", strip=True) == (
        f"English (Not translated yet: goes to “{english_news.title}”)"
    )
    assert client.get(link["href"]).status_code == 200


def test_switcher_on_the_copy_goes_to_the_dutch_original(client, db, site_tree, untranslated):
    soup = get_soup(client, untranslated["en"].url)
    link = switcher_link(soup, "nl")
    assert link["href"] == untranslated["nl"].url
    assert link.select_one(".language-switcher__note") is None


def test_a_dutch_page_without_any_english_version(client, db, site_tree):
    """Without the synchronisation (or after its copy was deleted) there is nothing at all."""
    dutch = factories.StandardPageFactory(parent=site_tree["HomePage"]["nl"])
    soup = get_soup(client, dutch.url)
    link = switcher_link(soup, "en")
    english_home = site_tree["HomePage"]["en"]
    assert link["href"] == english_home.url
    assert "Not translated yet" in link.get_text()
    assert alternates(soup) == {"nl": dutch.full_url, "x-default": dutch.full_url}


@pytest.mark.parametrize("page_type", ["HomePage", "NewsPage", "EventPage"])
def test_translated_pages_carry_no_notice(client, db, site_tree, page_type):
    for language in ("nl", "en"):
        soup = get_soup(client, site_tree[page_type][language].url)
        assert soup.select_one(".notice--untranslated") is None
        assert soup.select_one(".language-switcher__note") is None
        assert soup.select_one("main [lang]") is None
