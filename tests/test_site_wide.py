"""What every page shows alike (``stad.core.site_wide``): worked out once per generation of the
page cache, so a page built afresh does not read it again, and an editor's change to the
footer, the menu or a translation shows on the next page built."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories
from tests.scaffolding import translate_with_localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def chrome(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return factories.SiteChromeFactory()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_page_built_after_another_reads_no_chrome_menu_or_feeds(
    builds_every_visit, site_tree, page_cache, chrome
):
    html(builds_every_visit, site_tree["NewsPage"]["nl"].url)
    with CaptureQueriesContext(connection) as queries:
        page = html(builds_every_visit, site_tree["StandardPage"]["nl"].url)
    assert chrome.footer_text in page
    assert site_tree["NewsIndexPage"]["nl"].title in page  # in the menu
    read = " ".join(query["sql"] for query in queries)
    assert "home_sitechrome" not in read


def test_without_the_page_cache_every_page_reads_them(builds_every_visit, site_tree, chrome):
    html(builds_every_visit, site_tree["NewsPage"]["nl"].url)
    with CaptureQueriesContext(connection) as queries:
        html(builds_every_visit, site_tree["StandardPage"]["nl"].url)
    assert "home_sitechrome" in " ".join(query["sql"] for query in queries)


def test_a_published_footer_shows_on_the_next_page_built(
    builds_every_visit, site_tree, page_cache, chrome, django_capture_on_commit_callbacks
):
    urls = [site_tree["NewsPage"]["nl"].url, site_tree["StandardPage"]["nl"].url]
    for url in urls:
        assert chrome.footer_text in html(builds_every_visit, url)
    with django_capture_on_commit_callbacks(execute=True):
        chrome.footer_text = "Een nieuwe voettekst."
        chrome.save_revision().publish()
    for url in urls:
        assert "Een nieuwe voettekst." in html(builds_every_visit, url), url


def test_a_renamed_menu_page_shows_in_the_menu_of_every_page(
    builds_every_visit, site_tree, page_cache, django_capture_on_commit_callbacks
):
    news_index = site_tree["NewsIndexPage"]["nl"]
    other = site_tree["StandardPage"]["nl"].url
    assert news_index.title in html(builds_every_visit, other)
    with django_capture_on_commit_callbacks(execute=True):
        news_index.title = "Berichten uit de stad"
        news_index.save_revision().publish()
    assert "Berichten uit de stad" in html(builds_every_visit, other)


def test_the_current_menu_item_is_marked_only_on_its_own_pages(
    builds_every_visit, site_tree, page_cache
):
    news_index = site_tree["NewsIndexPage"]["nl"]
    link = f'<a href="{news_index.url}" aria-current="page">'
    assert link in html(builds_every_visit, news_index.url)
    elsewhere = html(builds_every_visit, site_tree["StandardPage"]["nl"].url)
    assert f'<a href="{news_index.url}">' in elsewhere
    assert link not in elsewhere


def test_a_published_translation_shows_in_the_language_switcher(
    builds_every_visit, site_tree, page_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = factories.NewsPageFactory(parent=site_tree["NewsIndexPage"]["nl"], title="Bericht")
        page.save_revision().publish()
    english_index = site_tree["NewsIndexPage"]["en"]
    before = html(builds_every_visit, page.url)
    assert 'hreflang="en" lang="en">English' in before
    assert f'href="{english_index.url}" hreflang="en"' in before  # the nearest translation

    with django_capture_on_commit_callbacks(execute=True):
        english = translate_with_localize(page, english_index.locale)
        english.title = "Message"
        english.save_revision().publish()
    after = html(builds_every_visit, page.url)
    assert f'href="{english.url}" hreflang="en"' in after


def test_the_home_page_built_again_reads_no_lists_and_shows_what_is_published_next(
    builds_every_visit, site_tree, page_cache, django_capture_on_commit_callbacks
):
    home = site_tree["HomePage"]["nl"].url
    first = html(builds_every_visit, home)
    with CaptureQueriesContext(connection) as queries:
        again = html(builds_every_visit, home + "?utm_source=nieuwsbrief")
    read = " ".join(query["sql"] for query in queries)
    assert "events_eventoccurrence" not in read
    assert "home_newspage" not in read
    assert again.count('class="section"') == first.count('class="section"') > 0
    with django_capture_on_commit_callbacks(execute=True):
        news = factories.NewsPageFactory(
            parent=site_tree["NewsIndexPage"]["nl"], title="Nieuw onderzoekscentrum geopend"
        )
        news.save_revision().publish()
    assert "Nieuw onderzoekscentrum geopend" in html(builds_every_visit, home)


def test_a_published_theme_is_offered_by_the_next_search(
    builds_every_visit, site_tree, page_cache, django_capture_on_commit_callbacks
):
    search = "/nl/zoeken/?q=leiden"
    assert "Water en klimaat" not in html(builds_every_visit, search)
    with django_capture_on_commit_callbacks(execute=True):
        theme = factories.ThemePageFactory(
            parent=site_tree["ThemeIndexPage"]["nl"], title="Water en klimaat"
        )
        theme.save_revision().publish()
    assert "Water en klimaat" in html(builds_every_visit, search + "&type=")


def test_a_page_put_behind_a_password_asks_for_it_on_the_next_visit(
    builds_every_visit, site_tree, page_cache, django_capture_on_commit_callbacks
):
    """Whether the site holds any view restriction is kept per generation (``BasePage``'s
    ``get_view_restrictions``): a new restriction must still hold at once."""
    page = site_tree["StandardPage"]["nl"]
    assert page.title in html(builds_every_visit, page.url)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    asked = builds_every_visit.get(page.url + "?opnieuw=1").content.decode()
    assert 'name="password"' in asked


def test_the_home_page_is_kept_no_longer_than_its_remembered_sections(site_tree, page_cache):
    """The sections hold upcoming dates: a home page built from them ends with their slot."""
    boundary = datetime.datetime(2027, 1, 1, 12, 0, tzinfo=datetime.UTC)  # a multiple of 300 s
    with time_machine.travel(boundary - datetime.timedelta(seconds=10), tick=False):
        response = Client().get(site_tree["HomePage"]["nl"].url)
    assert response["X-Page-Cache"] == "miss"
    assert "s-maxage=10" in response["Cache-Control"]


def programme_link(page_html):
    return BeautifulSoup(page_html, "html.parser").select_one("a[data-programme-link]")["href"]


def test_the_programme_link_is_worked_out_once_per_generation(
    builds_every_visit, site_tree, page_cache, publish, monkeypatch
):
    """Agenda and event pages link to Mijn programma; finding it reads the pages under the home
    page (a query that grows with the site), so a page built afresh uses the address kept
    since the last change, and a renamed agenda shows on the next page built."""
    from stad.events import my_programme

    found = []
    find = my_programme.find_programme_url
    monkeypatch.setattr(
        my_programme, "find_programme_url", lambda request: found.append(1) or find(request)
    )
    agenda = site_tree["EventIndexPage"]["nl"]
    assert programme_link(html(builds_every_visit, agenda.url)).startswith(agenda.url)
    html(builds_every_visit, f"{agenda.url}?campagne=1")  # built afresh: another address
    assert len(found) == 1

    agenda.slug = "activiteiten"
    publish(agenda)
    agenda.refresh_from_db()
    assert programme_link(html(builds_every_visit, agenda.url)) == (f"{agenda.url}mijn-programma/")
    assert len(found) == 2
