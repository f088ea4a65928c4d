"""An event page reads its dates once per request: the facts, the list of dates, the calendar
button and the schema.org data share them, and so its queries do not grow with its dates."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stad.events.models import EventPage
from tests import factories


def event_with_dates(site_tree, count):
    now = timezone.now()
    starts = [now + datetime.timedelta(days=7 * week - 14) for week in range(count)]
    event = factories.EventPageFactory(
        parent=site_tree["FestivalPage"]["nl"],
        dates=[(start, start + datetime.timedelta(hours=2)) for start in starts],
    )
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def render(client, page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries]


def reading(table, queries):
    return [sql for sql in queries if sql.startswith("SELECT") and f'FROM "{table}"' in sql]


@pytest.mark.django_db
def test_the_dates_and_the_festival_are_read_once(client, site_tree):
    event = event_with_dates(site_tree, 5)
    response, queries = render(client, event)
    html = response.content.decode()
    assert "application/ld+json" in html and "date-list" in html  # all the users are there
    assert len(reading("events_eventoccurrence", queries)) == 1
    # Routing passes the festival on the way to the event; the event's festival is read once.
    assert len(reading("events_festivalpage", queries)) == 2


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_number_of_dates(client, site_tree):
    _response, few = render(client, event_with_dates(site_tree, 3))
    _response, many = render(client, event_with_dates(site_tree, 8))
    assert len(many) == len(few)
