"""schema.org Event data on event pages, read back the way a search engine reads it."""

import datetime
import json
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from wagtail_factories import ImageFactory

from tests import factories
from tests.scaffolding import dutch_home, module_fixture

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=LEIDEN)
SCHEMA = "https://schema.org/"


def at(month, day, hour):
    return datetime.datetime(2026, month, day, hour, tzinfo=LEIDEN)


def hours(start, length=2, **fields):
    return (start, start + datetime.timedelta(hours=length), fields)


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def build_tree():
    with time_machine.travel(NOW, tick=False):
        home = dutch_home(hostname="stad.example", port=443)
        agenda = factories.EventIndexPageFactory(parent=home, slug="agenda")
        festival = factories.FestivalPageFactory(
            parent=agenda,
            title="Days of Arts & Science",
            slug="days",
            start_date=datetime.date(2026, 10, 22),
            end_date=datetime.date(2026, 10, 25),
        )
        venue = factories.VenueFactory(
            name="Naturalis",
            street="Darwinweg 2",
            postcode="2333 CR",
            latitude="52.165000",
            longitude="4.473300",
        )
        partner = factories.PartnerFactory(
            name="Universiteit Leiden", website="https://www.universiteitleiden.nl/"
        )
        session = factories.EventPageFactory(
            parent=festival,
            title="Brave New World",
            slug="brave-new-world",
            introduction="Sprekers over de toekomst.",
            venue=venue,
            online_url="https://stream.example/bnw",
            spoken_language="en",
            is_free=False,
            price="12.50",
            ticket_url="https://tickets.example/bnw",
            for_students=True,
            listing_image=ImageFactory(),
            dates=[
                hours(at(10, 22, 13)),
                hours(at(10, 24, 13), status="postponed", previous_start=at(10, 23, 13)),
                hours(at(10, 25, 13), status="sold_out"),
                hours(at(10, 26, 13), status="cancelled"),
            ],
        )
        session.partner_links.create(partner=partner)
        online = factories.EventPageFactory(
            parent=agenda,
            title="Vraag het Leiden </script><script>alert(1)</script>",
            slug="online",
            venue=None,
            online_url="https://live.example/vraag",
            spoken_language="none",
            dates=[hours(at(11, 3, 20))],
        )
        bilingual = factories.EventPageFactory(
            parent=agenda, slug="tweetalig", spoken_language="nl_en", dates=[hours(at(11, 4, 20))]
        )
        for page in (session, online, bilingual):
            page.save_revision().publish()
        return {"session": session, "online": online, "bilingual": bilingual, "festival": festival}


tree = module_fixture(build_tree)


def json_ld(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    scripts = BeautifulSoup(response.content, "html.parser").select(
        'script[type="application/ld+json"]'
    )
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    return data if isinstance(data, list) else [data]


def test_a_festival_session_describes_each_date(client, db, tree):
    events = json_ld(client, tree["session"])
    assert len(events) == 4
    first = events[0]
    assert first["@context"] == "https://schema.org"
    assert first["@type"] == "Event"
    assert first["name"] == "Brave New World"
    assert first["description"] == "Sprekers over de toekomst."
    assert first["url"] == "https://stad.example/nl/agenda/days/brave-new-world/"
    assert first["startDate"] == "2026-10-22T13:00:00+02:00"
    assert first["endDate"] == "2026-10-22T15:00:00+02:00"
    assert first["eventStatus"] == SCHEMA + "EventScheduled"
    assert first["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    place, virtual = first["location"]
    assert place["@type"] == "Place"
    assert place["name"] == "Naturalis"
    assert place["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Darwinweg 2",
        "postalCode": "2333 CR",
        "addressLocality": "Leiden",
        "addressCountry": "NL",
    }
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 52.165, "longitude": 4.4733}
    assert virtual == {"@type": "VirtualLocation", "url": "https://stream.example/bnw"}
    assert first["offers"] == {
        "@type": "Offer",
        "price": "12.50",
        "priceCurrency": "EUR",
        "url": "https://tickets.example/bnw",
        "availability": SCHEMA + "InStock",
    }
    assert first["isAccessibleForFree"] is False
    assert first["organizer"] == [
        {
            "@type": "Organization",
            "name": "Universiteit Leiden",
            "url": "https://www.universiteitleiden.nl/",
        }
    ]
    assert first["inLanguage"] == "en"
    assert first["superEvent"] == {
        "@type": "Event",
        "name": "Days of Arts & Science",
        "url": "https://stad.example/nl/agenda/days/",
        "startDate": "2026-10-22",
        "endDate": "2026-10-25",
    }
    assert first["image"].startswith("https://stad.example/media/images/")
    assert first["audience"] == [{"@type": "Audience", "audienceType": "Studenten"}]


def test_moved_sold_out_and_cancelled_dates_say_so(client, db, tree):
    _first, moved, sold_out, cancelled = json_ld(client, tree["session"])
    assert moved["eventStatus"] == SCHEMA + "EventRescheduled"
    assert moved["previousStartDate"] == "2026-10-23T13:00:00+02:00"
    assert moved["startDate"] == "2026-10-24T13:00:00+02:00"
    assert sold_out["eventStatus"] == SCHEMA + "EventScheduled"
    assert sold_out["offers"]["availability"] == SCHEMA + "SoldOut"
    # After summer time ends the offset follows: 26 October is winter time.
    assert cancelled["startDate"] == "2026-10-26T13:00:00+01:00"
    assert cancelled["eventStatus"] == SCHEMA + "EventCancelled"
    assert "offers" not in cancelled


def test_an_online_free_event_without_speech(client, db, tree):
    (event,) = json_ld(client, tree["online"])
    assert event["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert event["location"] == {"@type": "VirtualLocation", "url": "https://live.example/vraag"}
    assert event["isAccessibleForFree"] is True
    assert event["offers"]["price"] == "0"
    assert "inLanguage" not in event
    assert "superEvent" not in event


def test_a_bilingual_event_names_both_languages(client, db, tree):
    (event,) = json_ld(client, tree["bilingual"])
    assert event["inLanguage"] == ["nl", "en"]
    assert event["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"


def test_a_title_cannot_break_out_of_the_script(client, db, tree):
    content = client.get(tree["online"].url).content.decode()
    assert "<script>alert(1)</script>" not in content
    (event,) = json_ld(client, tree["online"])
    assert event["name"] == "Vraag het Leiden </script><script>alert(1)</script>"
