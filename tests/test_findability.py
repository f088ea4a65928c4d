"""What search engines and social media read: titles, descriptions, canonical addresses, Open
Graph tags, robots.txt and the organisation behind the site."""

import json

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from wagtail.models import Site
from wagtail_factories import ImageFactory

from stad.core.seo import SOCIAL_IMAGE_SPEC
from tests import factories
from tests.factories import PAGE_TYPES
from tests.scaffolding import get_soup

OPEN_GRAPH_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def meta(soup, name):
    tag = soup.select_one(f'head meta[name="{name}"]')
    return tag["content"] if tag else None


def open_graph(soup):
    """Open Graph properties as {property: [contents]} (a property may repeat)."""
    properties = {}
    for tag in soup.select("head meta[property]"):
        properties.setdefault(tag["property"], []).append(tag["content"])
    return properties


def canonical(soup):
    links = soup.select('head link[rel="canonical"]')
    assert len(links) == 1
    return links[0]["href"]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_describes_itself(client, db, site_tree, page_type, language):
    page = site_tree[page_type][language]
    soup = get_soup(client, page.url)

    title = soup.select("head title")
    assert len(title) == 1
    site_name = {"nl": "Stad van ontdekkingen", "en": "City of Discoveries"}[language]
    if page_type == "HomePage":
        assert title[0].get_text() == page.title
    else:
        assert title[0].get_text() == f"{page.title} · {site_name}"

    assert meta(soup, "description") == page.specific.get_meta_description()
    url = canonical(soup)
    assert url == page.get_full_url() and url.startswith("http://localhost/")

    properties = open_graph(soup)
    assert properties["og:title"] == [page.title]
    assert properties["og:description"] == [page.specific.get_meta_description()]
    assert properties["og:url"] == [url]
    assert properties["og:site_name"] == [site_name]
    assert properties["og:type"] == ["article" if page_type == "NewsPage" else "website"]
    assert properties["og:locale"] == [OPEN_GRAPH_LOCALES[language]]
    other = "en" if language == "nl" else "nl"
    assert properties["og:locale:alternate"] == [OPEN_GRAPH_LOCALES[other]]
    assert meta(soup, "twitter:card") == "summary"


def test_seo_title_and_social_text_win_over_title_and_summary(client, db, site_tree):
    page = factories.StandardPageFactory(
        parent=site_tree["HomePage"]["nl"],
        title="Over ons uitgebreid",
        seo_title="Wie we zijn",
        search_description="Voor zoekmachines.",
        social_text="Voor wie deelt.",
    )
    soup = get_soup(client, page.url)
    assert soup.title.get_text() == "Wie we zijn · Stad van ontdekkingen"
    assert meta(soup, "description") == "Voor zoekmachines."
    properties = open_graph(soup)
    assert properties["og:title"] == ["Wie we zijn"]
    assert properties["og:description"] == ["Voor wie deelt."]


def test_a_shared_news_item_shows_its_picture(client, db, site_tree):
    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"],
        title="Met foto",
        listing_image=ImageFactory(file__width=1600, file__height=1200),
        listing_image_alt="Een volle zaal",
    )
    soup = get_soup(client, news.url)
    properties = open_graph(soup)
    (image,) = properties["og:image"]
    assert image.startswith("http://localhost/media/images/") and image.endswith(".jpg")
    assert properties["og:image:width"] == ["1200"]
    assert properties["og:image:height"] == ["675"]
    assert properties["og:image:alt"] == ["Een volle zaal"]
    assert properties["article:published_time"] == [news.date.isoformat()]
    assert meta(soup, "twitter:card") == "summary_large_image"


def test_a_social_image_replaces_the_listing_image(client, db, site_tree):
    social = ImageFactory(
        title="deelbeeld.jpg", description="Publiek bij een lezing", file__width=1200
    )
    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], listing_image=ImageFactory(), social_image=social
    )
    properties = open_graph(get_soup(client, news.url))
    assert properties["og:image"] == [
        "http://localhost" + social.get_rendition(SOCIAL_IMAGE_SPEC).url
    ]
    assert properties["og:image:alt"] == ["Publiek bij een lezing"]


def test_a_decorative_picture_has_no_image_text(client, db, site_tree):
    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], listing_image=ImageFactory(title="IMG_0042.jpg")
    )
    properties = open_graph(get_soup(client, news.url))
    assert properties["og:image"]
    assert "og:image:alt" not in properties


def test_the_canonical_address_ignores_filters_but_keeps_sub_pages(client, db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    full = agenda.get_full_url()
    assert canonical(get_soup(client, agenda.url + "?free=1&when=week")) == full
    assert canonical(get_soup(client, agenda.url + "past/?free=1")) == full + "past/"


def test_the_past_events_have_a_title_of_their_own(client, db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    upcoming = get_soup(client, agenda.url).title.get_text()
    past = get_soup(client, agenda.url + "past/").title.get_text()
    assert past == f"Afgelopen activiteiten · {upcoming}"


def test_robots_txt(client, db, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/nl/zoeken/", "/en/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_closes_a_staging_copy(client, db, site_tree, settings):
    settings.SEARCH_ENGINES_MAY_INDEX = False
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /" in lines
    assert "Disallow: /admin/" not in lines


def test_robots_txt_takes_no_posts(client, db):
    assert client.post("/robots.txt").status_code == 405


def organization_data(client, home):
    soup = get_soup(client, home.url)
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.mark.parametrize(
    ("language", "name"), [("nl", "Gemeente Leiden"), ("en", "Municipality of Leiden")]
)
def test_the_home_page_names_the_organisation(client, db, site_tree, language, name):
    home = site_tree["HomePage"][language]
    data = organization_data(client, home)
    assert data["@context"] == "https://schema.org"
    organization, website = data["@graph"]
    assert organization["@type"] == "GovernmentOrganization"
    assert organization["name"] == name
    # The same organisation in both languages.
    assert organization["url"] == site_tree["HomePage"]["nl"].get_full_url()
    assert organization["@id"] == "http://localhost/nl/#organization"
    assert website["url"] == home.get_full_url()
    assert organization["logo"] == "http://localhost/static/img/logo.svg"
    assert "sameAs" not in organization
    assert website["@type"] == "WebSite"
    assert website["publisher"] == {"@id": organization["@id"]}
    assert website["inLanguage"] == language
    assert finders.find("img/logo.svg")


def test_other_pages_carry_no_organisation(client, db, site_tree):
    soup = get_soup(client, site_tree["StandardPage"]["nl"].url)
    assert soup.select('script[type="application/ld+json"]') == []


def test_a_description_cannot_break_out_of_the_script(client, db, site_tree):
    home = site_tree["HomePage"]["nl"]
    home.search_description = "Leiden </script><script>alert(1)</script>"
    home.save_revision().publish()
    content = client.get(home.url).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert organization_data(client, home)["@graph"][1]["description"] == (
        "Leiden </script><script>alert(1)</script>"
    )


def test_the_site_address_comes_from_the_site(client, db, site_tree):
    """Behind a proxy the request's host may differ; the addresses follow the Site."""
    page = site_tree["NewsPage"]["en"]
    path = page.url
    Site.objects.update(hostname="stad.example", port=443)
    cache.clear()  # Wagtail caches the site root paths
    try:
        soup = get_soup(client, path)
        robots = client.get("/robots.txt").content.decode()
    finally:
        cache.clear()
    assert canonical(soup) == f"https://stad.example{path}"
    assert "Sitemap: https://stad.example/sitemap.xml" in robots
