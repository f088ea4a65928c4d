"""A publish tells the cache in front of the site (Varnish, Nginx, a CDN) every address that
shows the page, in both languages; here a local HTTP server records the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Page

from config import services
from tests import factories
from tests.scaffolding import sync_translations, translate_with_localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def purges(settings):
    """The PURGE requests a local receiver gets, as (host, path), while it is configured as
    the site's caching proxy."""
    received = []

    class Receiver(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    settings.WAGTAILFRONTENDCACHE = services.frontend_cache({"FRONTEND_CACHE_PURGE_URL": location})
    yield received
    server.shutdown()
    server.server_close()


def paths(received):
    return {path for _host, path in received}


def test_a_publish_purges_the_page_its_lists_and_feeds_in_both_languages(
    site_tree, purges, django_capture_on_commit_callbacks
):
    festival = site_tree["FestivalPage"]["nl"]
    event = factories.EventPageFactory(parent=festival, title="Sterrenkijken")
    english = translate_with_localize(event, site_tree["HomePage"]["en"].locale)
    purges.clear()

    with django_capture_on_commit_callbacks(execute=True):
        event.title = "Sterrenkijken in de Hortus"
        event.save_revision().publish()

    expected = {event.url, english.url, "/sitemap.xml"}
    for kind in ("FestivalPage", "EventIndexPage", "HomePage"):
        for language in ("nl", "en"):
            expected.add(site_tree[kind][language].url)
    # The agenda's archive and calendar file list the event too.
    for agenda in site_tree["EventIndexPage"].values():
        expected |= {agenda.url + "past/", agenda.url + "ical/"}
    assert expected <= paths(purges)
    assert {host for host, _path in purges} == {"localhost"}
    # Nothing unrelated: not the news or the themes.
    assert site_tree["NewsIndexPage"]["nl"].url not in paths(purges)


def test_news_purges_its_feeds(site_tree, purges, django_capture_on_commit_callbacks):
    news_index = site_tree["NewsIndexPage"]["nl"]
    with django_capture_on_commit_callbacks(execute=True):
        factories.NewsPageFactory(parent=news_index).save_revision().publish()
    assert {news_index.url + "feed/", news_index.url + "feed/atom/"} <= paths(purges)


def test_unpublish_and_move_purge_the_old_places(
    site_tree, purges, django_capture_on_commit_callbacks
):
    event = site_tree["EventPage"]["nl"]
    old_url = event.url
    festival_url = site_tree["FestivalPage"]["nl"].url
    with django_capture_on_commit_callbacks(execute=True):
        event.move(site_tree["EventIndexPage"]["nl"], pos="last-child")
    assert {old_url, festival_url, Page.objects.get(pk=event.pk).url} <= paths(purges)

    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=event.pk).unpublish()
    assert site_tree["EventIndexPage"]["nl"].url in paths(purges)


def test_a_translation_sync_purges_the_english_page_and_its_lists(
    site_tree, purges, django_capture_on_commit_callbacks
):
    news_index = site_tree["NewsIndexPage"]["nl"]
    page = factories.NewsPageFactory(parent=news_index, title="Bericht")
    english = translate_with_localize(page, site_tree["HomePage"]["en"].locale)
    page.title = "Bericht, bijgewerkt"
    page.save_revision().publish()
    purges.clear()

    with django_capture_on_commit_callbacks(execute=True):
        sync_translations(page)

    english_index = site_tree["NewsIndexPage"]["en"].url
    expected = {english.url, english_index, english_index + "feed/"}
    assert expected <= paths(purges)


def test_a_deleted_page_purges_its_address_and_the_lists_that_showed_it(
    site_tree, purges, django_capture_on_commit_callbacks
):
    english = site_tree["EventPage"]["en"]
    gone = english.url
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=english.pk).delete()
    expected = {gone, site_tree["FestivalPage"]["en"].url, site_tree["EventIndexPage"]["en"].url}
    assert expected <= paths(purges)


def test_a_changed_venue_purges_the_events_held_there(
    site_tree, purges, django_capture_on_commit_callbacks
):
    event = site_tree["EventPage"]["nl"]
    venue = event.venue
    with django_capture_on_commit_callbacks(execute=True):
        venue.name = "Pieterskerk"
        venue.save_revision().publish()
    assert event.url in paths(purges)


def test_without_a_configured_cache_nothing_is_sent(
    site_tree, purges, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}  # the receiver still listens; nobody tells it anything
    with django_capture_on_commit_callbacks(execute=True):
        page = site_tree["NewsPage"]["nl"]
        page.save_revision().publish()
    assert purges == []


def test_cloudflare_needs_both_its_settings():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_ZONE_ID"):
        services.frontend_cache({"CLOUDFLARE_BEARER_TOKEN": "token"})
    backends = services.frontend_cache(
        {"CLOUDFLARE_BEARER_TOKEN": "token", "CLOUDFLARE_ZONE_ID": "zone"}
    )
    assert backends["cloudflare"]["ZONEID"] == "zone"
