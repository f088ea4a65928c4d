"""A page the page cache builds starts routing from the site and home page the generation
remembers (``stad.core.site_of_request``), and a changed site or home page shows on the next
page built."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def site_queries(queries):
    return [query["sql"] for query in queries if '"wagtailcore_site"' in query["sql"]]


def routing_queries(queries):
    """Queries for the site, the locale or the home page (Wagtail's start of routing)."""
    tables = ('FROM "wagtailcore_site"', 'FROM "wagtailcore_locale"', 'FROM "home_homepage"')
    return [query["sql"] for query in queries if any(table in query["sql"] for table in tables)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_page_built_again_does_not_look_up_its_site_or_home(
    client, site_tree, page_cache, language
):
    url = site_tree["EventPage"][language].url
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "?utm_source=nieuwsbrief")  # a new address: built again
    assert again["X-Page-Cache"] == "miss"
    assert site_tree["EventPage"][language].title in again.content.decode()
    assert routing_queries(queries) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_home_page_built_from_remembered_fields_shows_all_of_itself(
    client, site_tree, page_cache, language
):
    url = site_tree["HomePage"][language].url
    first = client.get(url)
    again = client.get(url + "?utm_source=nieuwsbrief")
    assert again["X-Page-Cache"] == "miss"
    assert again.content == first.content  # its body, read when the page itself is shown


def header_and_switcher(html):
    """The header's link to the home page and the language switcher's links."""
    soup = BeautifulSoup(html, "html.parser")
    # The switcher keeps the search's own parameters: the campaign tag is left out here.
    return [
        link["href"].replace("&utm_source=nieuwsbrief", "")
        for link in soup.select("header a[href]")
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_search_built_again_does_not_look_up_its_site_or_home(
    client, site_tree, page_cache, language
):
    """Search is not a page, but its header, menu and switcher need the site and the home
    page of its language: from the remembered facts too, the same as looked up."""
    with translation.override(language):
        url = reverse("search") + "?q=leiden"
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url + "&utm_source=nieuwsbrief")
    assert again["X-Page-Cache"] == "miss"
    # (The search itself reads the locale of its language.)
    looked_up = [sql for sql in routing_queries(queries) if 'FROM "wagtailcore_locale"' not in sql]
    assert looked_up == []
    assert header_and_switcher(again.content) == header_and_switcher(first.content)
    assert site_tree["HomePage"][language].url in header_and_switcher(again.content)


def test_without_the_page_cache_the_site_is_looked_up_each_time(client, site_tree):
    url = site_tree["EventPage"]["nl"].url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(site_queries(queries)) == 1


def title_of(response):
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_a_changed_site_shows_on_the_next_page_built(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    home, festival = site_tree["HomePage"]["nl"], site_tree["FestivalPage"]["nl"]
    site = Site.objects.get(is_default_site=True)
    assert title_of(client.get("/nl/")) == home.title
    with django_capture_on_commit_callbacks(execute=True):
        site.root_page = festival  # an editor points the site at another page
        site.save()
    assert title_of(client.get("/nl/")) == festival.title


def test_each_host_gets_its_own_site(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    home, festival = site_tree["HomePage"]["nl"], site_tree["FestivalPage"]["nl"]
    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.create(hostname="wetenschap.example", port=80, root_page=festival)
    assert title_of(client.get("/nl/")) == home.title
    assert title_of(client.get("/nl/", HTTP_HOST="wetenschap.example")) == festival.title
    assert title_of(client.get("/nl/")) == home.title
