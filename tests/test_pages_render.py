"""Every page type renders in Dutch and English with its own content and the right language."""

import pytest

from tests.factories import PAGE_TYPES
from tests.scaffolding import get_soup


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_page_renders_its_own_content_in_its_language(client, db, site_tree, page_type, language):
    page = site_tree[page_type][language]
    url = page.url
    assert url.startswith(f"/{language}/")
    soup = get_soup(client, url)
    assert soup.html["lang"] == language
    assert soup.find("h1").get_text(strip=True) == page.title
    assert page.introduction in soup.get_text()
    other = "en" if language == "nl" else "nl"
    assert site_tree[page_type][other].title not in soup.find("main").get_text()


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_language_switcher_links_to_the_counterpart(client, db, site_tree, page_type):
    for language, other in (("nl", "en"), ("en", "nl")):
        soup = get_soup(client, site_tree[page_type][language].url)
        switcher = soup.select_one("nav.language-switcher")
        link = switcher.find("a", hreflang=other)
        assert link["href"] == site_tree[page_type][other].url
        assert switcher.find(attrs={"aria-current": "true"})["lang"] == language


def test_base_layout_is_accessible_and_self_hosted(client, db, site_tree):
    soup = get_soup(client, site_tree["EventPage"]["en"].url)
    skip_link = soup.find("a", class_="skip-link")
    assert skip_link["href"] == "#main" and soup.find("main", id="main")
    assert soup.find("header") and soup.find("footer")
    menu = soup.select_one("nav.main-menu")
    assert [a.get_text(strip=True) for a in menu.find_all("a")] == [
        site_tree[name]["en"].title
        for name in ("ThemeIndexPage", "ProgrammeIndexPage", "EventIndexPage", "NewsIndexPage")
    ]
    assert menu.find("a", attrs={"aria-current": "true"}).get_text(strip=True) == (
        site_tree["EventIndexPage"]["en"].title
    )
    # Nothing is loaded from elsewhere; alternate and canonical links name pages, load nothing.
    for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src")):
        for element in soup.find_all(tag):
            if {"alternate", "canonical"} & set(element.get("rel", [])):
                continue
            assert not element.get(attribute, "").startswith(("http:", "https:", "//"))


# The sections of a theme page, in order: (heading in Dutch, heading in English, page type).
THEME_SECTIONS = [
    ("Vlaggenschipprogramma’s", "Flagship programmes", "ProgrammePage"),
    ("Partnernetwerken", "Partner networks", "NetworkPage"),
    ("Activiteiten", "Events", "EventPage"),
    ("Nieuwsberichten", "News items", "NewsPage"),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_theme_page_lists_what_is_linked_to_it_in_its_language(client, db, site_tree, language):
    main = get_soup(client, site_tree["ThemePage"][language].url).find("main")
    sections = {
        section.find("h2").get_text(strip=True): [
            a.get_text(strip=True) for a in section.select(".card__title a")
        ]
        for section in main.select("section:has(> h2)")
    }
    heading = 0 if language == "nl" else 1
    assert sections == {
        section[heading]: [site_tree[section[2]][language].title] for section in THEME_SECTIONS
    }
    assert list(sections) == [section[heading] for section in THEME_SECTIONS]  # in this order


def test_linked_page_shows_theme_and_partner_in_the_visitors_language(client, db, site_tree):
    main = get_soup(client, site_tree["ProgrammePage"]["en"].url).find("main")
    theme_link = main.select_one(".tag-list a")
    assert theme_link["href"] == site_tree["ThemePage"]["en"].url
    assert theme_link.get_text(strip=True) == site_tree["ThemePage"]["en"].title


def test_event_page_shows_when_where_and_festival(client, db, site_tree):
    event = site_tree["EventPage"]["nl"]
    main = get_soup(client, event.url).find("main")
    assert event.venue.name in main.get_text()
    festival_link = main.select_one(".event-facts a")
    assert festival_link["href"] == site_tree["FestivalPage"]["nl"].url


def test_a_page_number_past_the_end_is_a_404(client, db, site_tree):
    news_index = site_tree["NewsIndexPage"]["nl"]
    assert client.get(news_index.url + "?page=99").status_code == 404
    assert client.get(news_index.url + "?page=abc").status_code == 404
    assert client.get(news_index.url + "?page=1").status_code == 200


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_hreflang_alternates_are_absolute_and_reciprocal(client, db, site_tree, page_type):
    alternates = {}
    for language in ("nl", "en"):
        soup = get_soup(client, site_tree[page_type][language].url)
        links = soup.select('head link[rel="alternate"][hreflang]')
        alternates[language] = {link["hreflang"]: link["href"] for link in links}
    assert alternates["nl"] == alternates["en"]  # each version names the same set
    expected = {language: site_tree[page_type][language].full_url for language in ("nl", "en")}
    assert alternates["nl"] == {**expected, "x-default": expected["nl"]}
