"""An event's festival: the live, public festival page it sits under, the same everywhere.

Cards in the agenda, on the home page and on theme pages, the event page, its schema.org data
and the API name the festival only when a visitor can open it.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from stad.events.models import EventOccurrence, EventPage, attach_festivals
from tests import factories
from tests.scaffolding import sql_of_visit


@pytest.fixture
def festival_event(db, site_tree):
    """A festival in the Dutch agenda with one event under it, linked to the test theme."""
    agenda = site_tree["EventIndexPage"]["nl"]
    festival = factories.FestivalPageFactory(parent=agenda, title="Letterlijk Leiden")
    event = factories.EventPageFactory(parent=festival, title="Voorleesavond in de Hortus")
    event.theme_links.create(theme=site_tree["ThemePage"]["nl"])
    event.save_revision().publish()
    return festival, EventPage.objects.get(pk=event.pk)


def hide(festival, how):
    if how == "unpublished":
        festival.unpublish()
    else:
        PageViewRestriction.objects.create(page=festival, restriction_type="login")


def links_to(html, page):
    """Whether the page links to ``page`` outside its breadcrumbs (the page tree as it is)."""
    soup = BeautifulSoup(html, "html.parser")
    for breadcrumbs in soup.select("nav.breadcrumbs"):
        breadcrumbs.decompose()
    return bool(soup.select(f'a[href="{page.url}"]'))


def super_event(html):
    soup = BeautifulSoup(html, "html.parser")
    data = [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]
    events = [item for block in data for item in (block if isinstance(block, list) else [block])]
    return [item.get("superEvent") for item in events if item.get("@type") == "Event"]


def test_a_visible_festival_is_named_on_cards_the_event_page_json_ld_and_api(
    client, festival_event, site_tree
):
    festival, event = festival_event
    agenda = site_tree["EventIndexPage"]["nl"]
    assert links_to(client.get(agenda.url).content.decode(), festival)
    assert links_to(client.get(site_tree["HomePage"]["nl"].url).content.decode(), festival)
    assert links_to(client.get(site_tree["ThemePage"]["nl"].url).content.decode(), festival)
    page = client.get(event.url).content.decode()
    assert links_to(page, festival)
    assert super_event(page)[0]["name"] == "Letterlijk Leiden"
    api = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert api["festival"]["id"] == festival.pk
    listing = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "festival"})
    by_id = {item["id"]: item for item in listing.json()["items"]}
    assert by_id[event.pk]["festival"]["id"] == festival.pk


@pytest.mark.parametrize("how", ["unpublished", "private"])
def test_an_event_under_a_hidden_festival_does_not_link_to_it(
    client, festival_event, site_tree, how
):
    festival, event = festival_event
    hide(festival, how)
    agenda = site_tree["EventIndexPage"]["nl"]
    if how == "unpublished":  # the event itself is still public and listed
        listing = client.get(agenda.url).content.decode()
        assert event.title in listing
        assert not links_to(listing, festival)
        assert not links_to(client.get(site_tree["ThemePage"]["nl"].url).content.decode(), festival)
        assert client.get(f"/api/v2/pages/{event.pk}/").json()["festival"] is None
    else:  # a private festival makes its events private: seen by a signed-in editor only
        user = get_user_model().objects.create_user("lid", "lid@example.org", "x")
        client.force_login(user)
    page = client.get(event.url)
    assert page.status_code == 200
    assert event.title in page.content.decode()
    assert not links_to(page.content.decode(), festival)
    assert super_event(page.content.decode()) == [None]


def test_festivals_are_attached_to_a_whole_list_in_a_fixed_number_of_queries(
    festival_event, site_tree
):
    festival, event = festival_event
    alone = factories.EventPageFactory(parent=site_tree["EventIndexPage"]["nl"])
    more = [factories.EventPageFactory(parent=festival) for _ in range(4)]

    def attach(events):
        dates = list(EventOccurrence.objects.filter(event__in=events).for_cards())
        with CaptureQueriesContext(connection) as queries:
            attach_festivals(dates)
            festivals = {item.event.pk: item.event.festival for item in dates}
        return festivals, len(queries)

    festivals, few = attach([event, alone])
    assert festivals == {event.pk: festival, alone.pk: None}
    festivals, many = attach([event, alone, *more])
    assert many == few <= 2  # the festivals, and the view restrictions that hide some
    assert {festivals[page.pk] for page in more} == {festival}


def test_an_event_on_its_own_has_no_festival(site_tree):
    event = EventPage.objects.get(pk=site_tree["EventPage"]["nl"].pk)
    assert event.festival == site_tree["FestivalPage"]["nl"]
    alone = factories.EventPageFactory(parent=site_tree["EventIndexPage"]["nl"])
    assert EventPage.objects.get(pk=alone.pk).festival is None


def test_breadcrumbs_leave_out_an_unpublished_festival(client, festival_event, site_tree):
    # (Under a private festival the event is private too: a visitor sees the login form.)
    festival, event = festival_event
    hide(festival, "unpublished")
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    crumbs = [link["href"] for link in soup.select("nav.breadcrumbs a")]
    assert crumbs == [site_tree["EventIndexPage"]["nl"].url]


def test_breadcrumbs_lead_through_a_visible_festival(client, festival_event, site_tree):
    festival, event = festival_event
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    crumbs = [link["href"] for link in soup.select("nav.breadcrumbs a")]
    assert crumbs == [site_tree["EventIndexPage"]["nl"].url, festival.url]


def test_an_event_page_built_again_reads_no_festival_and_shows_its_change_at_once(
    builds_every_visit, page_cache, festival_event, publish, django_capture_on_commit_callbacks
):
    """With the page cache on, the festivals are facts every event page built in a generation
    shares (``remembered_festival``); a festival renamed or taken offline shows on the next."""
    festival, event = festival_event
    builds_every_visit.get(event.url)
    sql, html = sql_of_visit(builds_every_visit, event.url + "?x=1")
    assert links_to(html, festival)
    assert super_event(html)[0]["name"] == "Letterlijk Leiden"
    assert not [query for query in sql if 'FROM "events_festivalpage"' in query]

    festival.title = "Letterlijk Leiden 2027"
    publish(festival)
    _sql, html = sql_of_visit(builds_every_visit, event.url + "?x=2")
    assert super_event(html)[0]["name"] == "Letterlijk Leiden 2027"
    with django_capture_on_commit_callbacks(execute=True):
        festival.unpublish()
    _sql, html = sql_of_visit(builds_every_visit, event.url + "?x=3")
    assert not links_to(html, festival)
    assert super_event(html) == [None]
