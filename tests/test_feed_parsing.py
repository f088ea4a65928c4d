"""Reading feeds without a server: the iCalendar and schema.org parsers of the agenda sources."""

import datetime
import json

import pytest
from django.utils import translation

from stad.events.sources.feed_events import FeedError
from stad.events.sources.ical_feed import read_ical
from stad.events.sources.jsonld_feed import read_jsonld

WINDOW = (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))


@pytest.fixture(autouse=True)
def in_dutch():
    """The messages are the editors' (Dutch, as the import stores them)."""
    with translation.override("nl"):
        yield


def local(value):
    return value.strftime("%Y-%m-%d %H:%M %z")


def test_a_json_feed_with_a_graph_whole_days_and_times_without_an_offset():
    feed = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "ExhibitionEvent",
                "@id": "#expo",
                "name": "Tentoonstelling",
                "startDate": "2027-03-01",
                "endDate": "2027-03-03",
                "location": {"@type": "Place", "name": "Museum", "address": "Steenstraat 1"},
                "offers": [{"price": "0"}],
            },
            {
                "@type": "Event",
                "@id": "#lecture",
                "name": "Lezing",
                "startDate": "2027-07-01T20:00",
            },
            {"@type": "Organization", "@id": "#org", "name": "Not an event"},
            {"@type": "Event", "name": "No identity", "startDate": "2027-07-01T20:00"},
            {"@type": "Event", "@id": "#past", "name": "Long ago", "startDate": "2020-01-01"},
        ],
    }
    events = {event.key: event for event in read_jsonld(json.dumps(feed).encode(), WINDOW)}
    assert set(events) == {"#expo", "#lecture"}
    (expo,) = events["#expo"].dates
    assert expo.all_day and (local(expo.start), local(expo.end)) == (
        "2027-03-01 00:00 +0100",
        "2027-03-03 23:59 +0100",
    )
    assert events["#expo"].is_free and events["#expo"].place.street == "Steenstraat 1"
    (lecture,) = events["#lecture"].dates
    # No offset: Dutch time; no end: two hours, for the reviewer to check.
    assert (local(lecture.start), local(lecture.end)) == (
        "2027-07-01 20:00 +0200",
        "2027-07-01 22:00 +0200",
    )
    assert events["#lecture"].is_free is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>No data here</body></html>", "Geen schema.org-gegevens"),
        (b'<script type="application/ld+json">{"@type": "Event",</script>', "Ongeldige JSON-LD"),
        (b"{not json", "Ongeldige JSON-LD"),
    ],
)
def test_pages_without_usable_json_ld(content, message):
    with pytest.raises(FeedError, match=message):
        read_jsonld(content, WINDOW)


def test_an_ical_event_in_floating_time_and_without_an_end():
    calendar = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//NL\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
        b"DTSTAMP:20270101T000000Z\r\nSUMMARY:Open avond\r\nDTSTART:20270610T193000\r\n"
        b"LOCATION:Stadhuis\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = read_ical(calendar, WINDOW)
    (date,) = event.dates
    assert (local(date.start), local(date.end)) == (
        "2027-06-10 19:30 +0200",
        "2027-06-10 21:30 +0200",
    )
    assert event.place.name == "Stadhuis" and not event.place.street


@pytest.mark.parametrize("content", [b"", b"not a calendar at all", b"BEGIN:VCALENDAR\r\n"])
def test_what_is_not_an_icalendar_file(content):
    with pytest.raises(FeedError, match="Geen geldig iCalendar-bestand"):
        read_ical(content, WINDOW)
