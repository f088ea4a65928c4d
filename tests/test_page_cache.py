"""The anonymous page cache: visitors get stored pages, editors' changes show at once, and
nothing personal is ever stored or served from it."""

import datetime
import json

import pytest
import time_machine
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageViewRestriction
from wagtail_factories import ImageFactory

from stad.core.models import NewsPage
from stad.core.page_cache import generation
from stad.core.page_cache.middleware import cache_key
from stad.editorial.roles import EDITOR
from tests import factories
from tests.scaffolding import (
    DATABASE_QUEUE,
    member,
    refresh_search_index,
    run_task_worker,
    sync_translations,
    translate_with_localize,
)

pytestmark = pytest.mark.django_db

SECONDS = 300  # what the page_cache fixture (tests/conftest.py) sets


def visit(client, url, **headers):
    response = client.get(url, **headers)
    body = response.content.decode() if not response.streaming else ""
    return response, body


def state(response):
    return response.get("X-Page-Cache")


@pytest.fixture
def event(site_tree, django_capture_on_commit_callbacks):
    """A Dutch event with an English translation, in the festival; both published."""
    festival = site_tree["FestivalPage"]["nl"]
    event = factories.EventPageFactory(parent=festival, title="Lezing over sterren")
    event.save_revision().publish()
    translation = translate_with_localize(event, site_tree["HomePage"]["en"].locale)
    translation.title = "Lecture on stars"
    translation.save_revision().publish()
    return {"nl": Page.objects.get(pk=event.pk).specific, "en": translation}


def showing(site_tree, language):
    """Addresses in ``language`` whose content lists the festival's events."""
    return [
        site_tree["HomePage"][language].url,
        site_tree["EventIndexPage"][language].url,
        site_tree["FestivalPage"][language].url,
    ]


def test_the_second_visit_is_served_from_the_cache_without_a_query(client, site_tree, page_cache):
    url = site_tree["NewsIndexPage"]["nl"].url
    first, body = visit(client, url)
    assert state(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second, again = visit(client, url)
    assert state(second) == "hit"
    assert again == body
    assert len(queries) == 0
    directives = {d.strip() for d in second["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", f"s-maxage={SECONDS}"}


def test_the_query_string_and_the_language_are_part_of_the_key(client, site_tree, page_cache):
    dutch, english = site_tree["EventIndexPage"]["nl"].url, site_tree["EventIndexPage"]["en"].url
    visit(client, dutch)
    assert state(visit(client, english)[0]) == "miss"
    assert state(visit(client, dutch + "?price=free")[0]) == "miss"
    assert state(visit(client, dutch + "?price=free")[0]) == "hit"


def test_a_matching_etag_gets_304_from_the_cache(client, site_tree, page_cache):
    url = site_tree["NewsPage"]["nl"].url
    etag = visit(client, url)[0]["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response, _body = visit(client, url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(queries) == 0  # answered from the cache


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_a_publish_shows_on_every_page_that_lists_it_in_both_languages(
    client, site_tree, page_cache, event, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    period = f"?from={today}&to={today + datetime.timedelta(days=30)}"  # a filtered agenda
    pages = {}
    for language in ("nl", "en"):
        agenda = site_tree["EventIndexPage"][language].url
        pages[language] = [
            *showing(site_tree, language),
            event[language].url,
            agenda + period,
            agenda + "ical/",
            f"/api/v2/pages/?type=events.EventPage&locale={language}",
        ]
    for language, urls in pages.items():
        for url in urls:
            assert event[language].title in visit(client, url)[1], url
            assert state(visit(client, url)[0]) == "hit", url

    with django_capture_on_commit_callbacks(execute=True):
        publish_title(event["nl"], "Lezing over kometen")
        publish_title(event["en"], "Lecture on comets")

    for language, title in (("nl", "Lezing over kometen"), ("en", "Lecture on comets")):
        for url in pages[language]:
            response, body = visit(client, url)
            assert state(response) == "miss", url
            assert title in body, url


def test_a_publish_shows_in_search_results_and_feeds(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    news_index = site_tree["NewsIndexPage"]["nl"]
    search = "/nl/zoeken/?q=meteorietregen"
    feed = news_index.url + "feed/"
    assert "Meteorietregen" not in visit(client, search)[1]
    assert "Meteorietregen" not in visit(client, feed)[1]
    assert "meteorietregen" not in visit(client, "/sitemap.xml")[1]
    with django_capture_on_commit_callbacks(execute=True):
        page = factories.NewsPageFactory(parent=news_index, title="Meteorietregen boven Leiden")
    refresh_search_index(NewsPage)
    assert "Meteorietregen" in visit(client, search)[1]
    assert "Meteorietregen" in visit(client, feed)[1]
    assert page.full_url in visit(client, "/sitemap.xml")[1]


def test_unpublish_move_and_delete_show_at_once(
    client, site_tree, page_cache, event, django_capture_on_commit_callbacks
):
    festival_url = site_tree["FestivalPage"]["nl"].url
    event_url = event["nl"].url
    assert "Lezing over sterren" in visit(client, festival_url)[1]
    with django_capture_on_commit_callbacks(execute=True):
        event["nl"].move(site_tree["EventIndexPage"]["nl"], pos="last-child")
    assert "Lezing over sterren" not in visit(client, festival_url)[1]
    # Wagtail leaves a redirect from the old address to the new one.
    moved_to = visit(client, event_url)[0]
    assert moved_to.status_code == 301
    assert moved_to["Location"] == Page.objects.get(pk=event["nl"].pk).url

    agenda_url = site_tree["EventIndexPage"]["nl"].url
    assert "Lezing over sterren" in visit(client, agenda_url)[1]
    assert state(visit(client, moved_to["Location"])[0]) == "miss"  # stored at its new address
    moved = Page.objects.get(pk=event["nl"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        moved.unpublish()
    assert "Lezing over sterren" not in visit(client, agenda_url)[1]
    assert visit(client, moved_to["Location"])[0].status_code == 404

    english_url = event["en"].url
    english_lists = showing(site_tree, "en")
    assert visit(client, english_url)[0].status_code == 200
    for url in english_lists:
        assert "Lecture on stars" in visit(client, url)[1], url
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=event["en"].pk).delete()
    assert visit(client, english_url)[0].status_code == 404
    for url in english_lists:
        assert "Lecture on stars" not in visit(client, url)[1], url


def test_reordering_shows_at_once(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    home = site_tree["HomePage"]["nl"]
    menu = home.get_children().live().in_menu()
    first, last = menu.first(), menu.last()
    before = visit(client, home.url)[1]
    assert before.index(f'href="{first.url}"') < before.index(f'href="{last.url}"')
    with django_capture_on_commit_callbacks(execute=True):
        last.move(first, pos="left")
    after = visit(client, home.url)[1]
    assert after.index(f'href="{last.url}"') < after.index(f'href="{first.url}"')


def test_a_snippet_change_shows_on_the_pages_that_use_it(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    event = site_tree["EventPage"]["nl"]
    venue = event.venue
    # The event names its venue; the agenda offers it in its venue filter.
    showing_venue = [event.url, site_tree["EventIndexPage"]["nl"].url]
    for url in showing_venue:
        assert venue.name in visit(client, url)[1], url
    with django_capture_on_commit_callbacks(execute=True):
        venue.name = "Sterrewacht Leiden"
        venue.save_revision().publish()
    for url in showing_venue:
        response, body = visit(client, url)
        assert "Sterrewacht Leiden" in body, url
        assert state(response) == "miss", url


def test_a_translation_sync_shows_on_the_english_pages(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    news_index = site_tree["NewsIndexPage"]["nl"]
    page = factories.NewsPageFactory(parent=news_index, title="Bericht")
    english = translate_with_localize(page, site_tree["HomePage"]["en"].locale)
    english_index = site_tree["NewsIndexPage"]["en"].url
    assert "Bericht" in visit(client, english.url)[1]
    assert "Bericht" in visit(client, english_index)[1]

    publish_title(page, "Bericht, bijgewerkt")
    with django_capture_on_commit_callbacks(execute=True):
        sync_translations(page)
    # The new title is not translated yet, so it reaches the English page in Dutch.
    assert "Bericht, bijgewerkt" in visit(client, english.url)[1]
    assert "Bericht, bijgewerkt" in visit(client, english_index)[1]


def test_a_draft_leaves_the_cache_alone(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    page = site_tree["NewsPage"]["nl"]
    visit(client, page.url)
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Nog niet gepubliceerd"
        page.save_revision()
    response, body = visit(client, page.url)
    assert state(response) == "hit"
    assert "Nog niet gepubliceerd" not in body


def test_signed_in_editors_are_never_served_from_or_stored_in_the_cache(
    client, site_tree, page_cache, roles
):
    url = site_tree["NewsPage"]["nl"].url
    assert state(visit(client, url)[0]) == "miss"  # an anonymous visit stores the page
    client.force_login(member(EDITOR, roles))
    response, editor_body = visit(client, url)
    assert state(response) is None
    assert "wagtail-userbar" in editor_body  # built for the editor, not the stored page
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"]

    client.logout()
    client.cookies.clear()
    response, body = visit(client, url)
    assert state(response) == "hit"  # the anonymous page, not the editor's
    assert "wagtail-userbar" not in body


def test_the_admin_and_previews_are_never_cached(client, site_tree, page_cache, admin_user):
    client.force_login(admin_user)
    page = site_tree["NewsPage"]["nl"]
    preview = f"/admin/pages/{page.pk}/edit/preview/"
    response = client.get(preview, {"mode": ""})
    assert state(response) is None
    assert "no-store" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    # Signed out, the admin login screen is not stored either.
    client.get("/admin/login/")
    assert state(client.get("/admin/login/")) is None


@pytest.mark.parametrize("restriction_type", ["password", "login"])
def test_private_and_password_protected_pages_are_never_stored(
    client, site_tree, page_cache, restriction_type
):
    page = site_tree["StandardPage"]["nl"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="geheim"
    )
    for _ in range(2):
        response = client.get(page.url)
        assert state(response) is None
        assert "no-store" in response["Cache-Control"]


def test_a_visitor_who_entered_a_page_password_is_not_served_the_cache(
    client, site_tree, page_cache
):
    page = site_tree["StandardPage"]["nl"]
    public = site_tree["NewsPage"]["nl"].url
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="geheim"
    )
    assert state(visit(client, public)[0]) == "miss"  # stored for anonymous visitors
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "geheim", "return_url": page.url},
    )
    assert response.status_code == 302
    response, body = visit(client, page.url)
    assert page.title in body
    assert state(response) is None
    assert "no-store" in response["Cache-Control"]
    # With the session that holds the password, even a public page is built for them.
    response, _body = visit(client, public)
    assert state(response) is None
    assert "no-store" in response["Cache-Control"]


def test_posts_are_never_cached(client, site_tree, page_cache):
    url = site_tree["NewsPage"]["nl"].url
    client.post(url)
    assert state(client.get(url)) == "miss"


def test_a_date_that_has_passed_leaves_the_agenda_without_a_publish(client, site_tree, page_cache):
    now = timezone.now()
    factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"],
        title="Zonsondergang op de Burcht",
        dates=[(now - datetime.timedelta(hours=1), now + datetime.timedelta(minutes=2))],
    ).save_revision().publish()
    agenda = site_tree["EventIndexPage"]["nl"].url
    # The agenda, its "today" preset and the home page's "coming up".
    upcoming = [agenda, agenda + "?when=today", site_tree["HomePage"]["nl"].url]
    for url in upcoming:
        assert "Zonsondergang op de Burcht" in visit(client, url)[1], url
    with time_machine.travel(now + datetime.timedelta(seconds=SECONDS + 60)):
        for url in upcoming:
            response, body = visit(client, url)
            assert state(response) == "miss", url
            assert "Zonsondergang op de Burcht" not in body, url


def test_the_language_redirect_varies_on_accept_language_and_is_not_stored(
    client, site_tree, page_cache
):
    for language in ("en", "nl", "en"):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"
        assert "Accept-Language" in response["Vary"]
        assert state(response) is None


def test_api_answers_in_the_browsers_language_are_kept_apart(client, site_tree, page_cache):
    url = "/api/v2/pages/?type=events.EventPage&locale=nl"
    client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert state(client.get(url, HTTP_ACCEPT_LANGUAGE="en")) == "miss"
    assert state(client.get(url, HTTP_ACCEPT_LANGUAGE="en")) == "hit"


def test_a_stored_answer_keeps_only_what_a_hit_sends(client, site_tree, page_cache):
    """An API answer's serialised data stays out of the store; the hit is the same answer."""
    url = "/api/v2/pages/?type=events.EventPage&locale=nl"
    miss = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    _token, stored = generation.page_cache().get(
        cache_key(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip"))
    )
    assert type(stored) is HttpResponse
    assert not hasattr(stored, "data")
    hit = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert state(miss) == "miss" and state(hit) == "hit"
    assert hit.content == miss.content == stored.content
    assert hit["Content-Encoding"] == "gzip"
    assert {k: v for k, v in hit.items() if k != "X-Page-Cache"} == {
        k: v for k, v in miss.items() if k != "X-Page-Cache"
    }


def test_search_results_follow_the_index_that_the_worker_updates(
    client, site_tree, page_cache, monkeypatch, django_capture_on_commit_callbacks
):
    """In production the search index is updated by the background worker, after the publish
    renewed the cache: a search in between must not keep the old results."""
    search = "/nl/zoeken/?q=planetarium"
    with override_settings(TASKS=DATABASE_QUEUE):
        with django_capture_on_commit_callbacks(execute=True):
            factories.NewsPageFactory(
                parent=site_tree["NewsIndexPage"]["nl"], title="Planetarium op het Rapenburg"
            )
        assert "op het Rapenburg" not in visit(client, search)[1]  # not indexed yet
        assert state(visit(client, search)[0]) == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            run_task_worker(monkeypatch)
        refresh_search_index(NewsPage)
        assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    response, body = visit(client, search)
    assert state(response) == "miss"
    assert "op het Rapenburg" in body


def listed(response):
    return {item["id"] for item in json.loads(response.content)["items"]}


def test_the_apis_picture_list_follows_the_reference_index_that_the_worker_updates(
    client, site_tree, page_cache, monkeypatch, django_capture_on_commit_callbacks
):
    """The API lists a picture once a live page uses it, which Wagtail's reference index says;
    in production the worker updates that index after the publish renewed the cache."""
    picture = ImageFactory()
    url = "/api/v2/images/"
    with override_settings(TASKS=DATABASE_QUEUE):
        with django_capture_on_commit_callbacks(execute=True):
            factories.StandardPageFactory(
                parent=site_tree["HomePage"]["nl"],
                body=[("figure", {"image": picture, "caption": ""})],
            )
        response = visit(client, url)[0]
        assert picture.pk not in listed(response)  # the index is not updated yet
        assert state(visit(client, url)[0]) == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            run_task_worker(monkeypatch)
    response = visit(client, url)[0]
    assert state(response) == "miss"
    assert picture.pk in listed(response)


def test_an_unknown_host_gets_a_400_not_a_cached_page(client, site_tree, page_cache, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    url = site_tree["NewsPage"]["nl"].url
    visit(client, url)
    response = client.get(url, HTTP_HOST="elders.example")
    assert response.status_code == 400
    assert state(response) is None


def test_without_the_page_cache_anonymous_answers_still_say_how_to_cache_them(client, site_tree):
    """PAGE_CACHE_SECONDS=0 (the test default): every anonymous page says "ask again"."""
    for url in (site_tree["HomePage"]["nl"].url, "/api/v2/pages/", "/nl/zoeken/?q=leiden"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "no-cache", url
