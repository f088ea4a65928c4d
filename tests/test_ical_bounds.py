"""Every calendar feed is bounded: 30 days back to 12 months ahead, at most ``MAX_ENTRIES``
dates (the soonest), and its text is valid iCalendar however long or odd an event's texts are.

The clock is fixed at Thursday 1 October 2026, 10:00 in Leiden.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from icalendar import Calendar

from stad.events import ical
from tests import factories
from tests.scaffolding import count_queries, dutch_home

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=LEIDEN)


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def agenda(db):
    return factories.EventIndexPageFactory(parent=dutch_home(), slug="agenda")


def days_from_now(days, hour=20):
    start = (NOW + datetime.timedelta(days=days)).replace(hour=hour)
    return (start, start + datetime.timedelta(hours=2))


def published_event(parent, **fields):
    page = factories.EventPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return page


def feed(client, page):
    response = client.get(page.url + "ical/")
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def starts(calendar):
    return sorted(event.start.astimezone(LEIDEN) for event in calendar.events)


def test_feeds_hold_thirty_days_back_to_twelve_months_ahead(client, agenda):
    festival = factories.FestivalPageFactory(parent=agenda, slug="festival")
    for parent in (agenda, festival):
        published_event(
            parent,
            dates=[days_from_now(days) for days in (-60, -20, 100, 360, 370, 800)],
        )
    event = published_event(agenda, dates=[days_from_now(days) for days in (-45, 5, 400)])
    kept = [days_from_now(days)[0] for days in (-20, 100, 360)]
    assert starts(feed(client, festival)) == kept
    assert starts(feed(client, event)) == [days_from_now(5)[0]]
    # The agenda holds the festival's session and the one on its own.
    agenda_starts = starts(feed(client, agenda))
    assert agenda_starts == sorted([*kept, *kept, days_from_now(5)[0]])


def test_a_feed_with_more_dates_than_the_cap_keeps_the_soonest(client, agenda, monkeypatch):
    monkeypatch.setattr(ical, "MAX_ENTRIES", 4)
    published_event(agenda, dates=[days_from_now(days) for days in (40, 3, 20, -10)])
    published_event(agenda, dates=[days_from_now(days) for days in (1, 90, 2)])
    assert starts(feed(client, agenda)) == [days_from_now(days)[0] for days in (-10, 1, 2, 3)]


def test_an_event_with_hundreds_of_dates_lists_each_once_with_its_own_uid(client, agenda):
    event = published_event(agenda, dates=[days_from_now(days, hour=19) for days in range(300)])
    calendar = feed(client, event)
    uids = [str(item["UID"]) for item in calendar.events]
    assert sorted(uids) == sorted(str(item.uid) for item in event.dates())
    assert starts(calendar) == [item.start for item in event.dates()]
    # One VTIMEZONE for the two years the dates span.
    (zone,) = calendar.timezones
    assert zone["TZID"] == "Europe/Amsterdam"


def test_feed_queries_do_not_grow_with_the_dates_of_an_event_or_festival(client, agenda):
    festival = factories.FestivalPageFactory(parent=agenda, slug="festival")
    event = published_event(festival, dates=[days_from_now(days) for days in (1, 2)])
    urls = [event.url + "ical/", festival.url + "ical/", agenda.url + "ical/"]
    few = [count_queries(client, url)[0] for url in urls]
    for number in range(20):
        published_event(festival, dates=[days_from_now(number), days_from_now(number + 30)])
    event = published_event(festival, dates=[days_from_now(days) for days in range(40)])
    urls[0] = event.url + "ical/"
    many = [count_queries(client, url)[0] for url in urls]
    assert many == few
    assert len(feed(client, festival).events) == 2 + 40 + 40


def test_texts_are_escaped_and_long_lines_folded(client, agenda):
    title = "Lezing; over kaas, wijn en \\ backslashes"
    introduction = "Een avond in het Académiegebouw 🎓 " * 8 + "\nTweede regel, met komma."
    venue = factories.VenueFactory(name="Café ’t Keizertje", street="Kaasmarkt 1, achterom")
    event = published_event(
        agenda, title=title, introduction=introduction, venue=venue, dates=[days_from_now(3)]
    )
    content = event.url + "ical/"
    raw = client.get(content).content
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
    (item,) = Calendar.from_ical(raw).events
    assert str(item["SUMMARY"]) == title
    assert str(item["DESCRIPTION"]).startswith(introduction)
    assert str(item["LOCATION"]).startswith("Café ’t Keizertje, Kaasmarkt 1, achterom, ")
    assert str(item["URL"]) == event.get_full_url()
