"""Calendar files as a calendar app reads them: fetched from the real URLs, parsed with icalendar.

The clock is fixed at Thursday 1 October 2026, 10:00 in Leiden. Summer time ends on Sunday
25 October 2026, between the two Thursdays of the weekly lecture.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.models import Locale

from stad.events.models import EventPage
from stad.events.models.occurrence import whole_days
from tests import factories
from tests.scaffolding import count_queries, dutch_home, module_fixture, translate_page

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=LEIDEN)


def at(month, day, hour, minute=0):
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=LEIDEN)


def hours(start, length=2, **fields):
    return (start, start + datetime.timedelta(hours=length), fields)


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def build_tree():
    with time_machine.travel(NOW, tick=False):
        english = Locale.objects.get(language_code="en")
        home = dutch_home()
        agenda = factories.EventIndexPageFactory(parent=home, slug="agenda")
        festival = factories.FestivalPageFactory(
            parent=agenda,
            title="Dagen van Kunst en Wetenschap",
            slug="dagen",
            start_date=datetime.date(2026, 10, 23),
            end_date=datetime.date(2026, 10, 24),
        )
        museum = factories.VenueFactory(
            name="Museum Boerhaave",
            street="Lange Sint Agnietenstraat 10",
            postcode="2312 WC",
            latitude="52.161440",
            longitude="4.489060",
        )

        def event(parent=agenda, **fields):
            page = factories.EventPageFactory(parent=parent, **fields)
            page.save_revision().publish()
            return page

        weekly = event(
            title="Donderdagavondlezing",
            slug="donderdag",
            introduction="Elke donderdag een lezing over het heelal.",
            venue=museum,
            dates=[
                hours(at(10, 22, 20)),
                hours(at(10, 29, 20)),
                hours(at(11, 5, 20), status="cancelled"),
            ],
        )
        exhibition = event(
            title="Tentoonstelling Sterrenkijkers",
            slug="tentoonstelling",
            dates=[(*whole_days(at(10, 10, 0), at(10, 12, 0)), {"all_day": True})],
        )
        moved = event(
            title="Verplaatste lezing",
            slug="verplaatst",
            dates=[hours(at(10, 15, 19), status="postponed", previous_start=at(10, 8, 19))],
        )
        webinar = event(
            title="Webinar",
            slug="webinar",
            venue=None,
            online_url="https://example.org/live",
            dates=[hours(at(10, 20, 19))],
        )
        session = event(
            parent=festival, title="Festivalsessie", slug="sessie", dates=[hours(at(10, 23, 14))]
        )
        recent = event(title="Vorige maand", slug="vorige-maand", dates=[hours(at(9, 20, 20))])
        old = event(title="Lang geleden", slug="lang-geleden", dates=[hours(at(6, 1, 20))])

        translated = {}
        for page in (home, agenda, festival, weekly):
            translated[page.slug] = translate_page(page, english)
        return {
            "agenda": agenda,
            "festival": festival,
            "weekly": weekly,
            "exhibition": exhibition,
            "moved": moved,
            "webinar": webinar,
            "session": session,
            "recent": recent,
            "old": old,
            "english agenda": translated["agenda"],
            "english weekly": translated["donderdag"],
        }


tree = module_fixture(build_tree)


def fetch(client, page):
    response = client.get(page.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.events}


def test_calendar_has_the_headers_calendar_apps_need(client, db, tree):
    response = client.get(tree["weekly"].url + "ical/")
    assert response["Content-Disposition"] == 'inline; filename="donderdag.ics"'
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//Stad van ontdekkingen//Agenda//NL"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "Donderdagavondlezing"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Amsterdam"
    # The same address names the same calendar on every download.
    assert (
        Calendar.from_ical(client.get(tree["weekly"].url + "ical/").content)["UID"]
        == calendar["UID"]
    )


def test_weekly_dates_keep_their_local_time_across_the_end_of_summer_time(client, db, tree):
    calendar = fetch(client, tree["weekly"])
    (zone,) = calendar.timezones
    assert zone["TZID"] == "Europe/Amsterdam"
    # The zone's rules must include the change on 25 October 2026 from +02:00 to +01:00.
    changes = {(sub["DTSTART"].dt, sub["TZOFFSETTO"].td) for sub in zone.walk("STANDARD")}
    assert (datetime.datetime(2026, 10, 25, 3, 0), datetime.timedelta(hours=1)) in changes

    first, second, _cancelled = sorted(calendar.events, key=lambda event: event.start)
    for event, day in ((first, 22), (second, 29)):
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert event["DTEND"].params["TZID"] == "Europe/Amsterdam"
        assert event.start.astimezone(LEIDEN) == at(10, day, 20)
        assert event.end.astimezone(LEIDEN) == at(10, day, 22)
    # Same wall time, different UTC time: the DST change is in the data, not papered over.
    assert first.start.astimezone(datetime.UTC).hour == 18
    assert second.start.astimezone(datetime.UTC).hour == 19


def test_each_date_is_an_event_with_its_page_details(client, db, tree):
    weekly = EventPage.objects.get(pk=tree["weekly"].pk)  # as published, with its timestamps
    calendar = fetch(client, weekly)
    events = sorted(calendar.events, key=lambda event: event.start)
    assert len(events) == 3
    url = weekly.get_full_url()
    occurrences = weekly.dates()
    for event, occurrence in zip(events, occurrences, strict=True):
        assert event["UID"] == str(occurrence.uid)
        assert event["SEQUENCE"] == 0
        assert event["URL"] == url
        assert event["LOCATION"] == "Museum Boerhaave, Lange Sint Agnietenstraat 10, 2312 WC Leiden"
        assert event["GEO"].latitude == pytest.approx(52.16144)
        assert event["GEO"].longitude == pytest.approx(4.48906)
        assert event["DTSTAMP"].dt == NOW.astimezone(datetime.UTC)
        assert event["LAST-MODIFIED"].dt == weekly.last_published_at
        description = str(event["DESCRIPTION"])
        assert description.startswith("Elke donderdag een lezing over het heelal.")
        assert description.endswith(url)
    assert [str(event["STATUS"]) for event in events] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert str(events[0]["SUMMARY"]) == "Donderdagavondlezing"


def test_cancelled_date_says_so_in_its_title_in_the_feed_language(client, db, tree):
    # Compared with the catalogue rather than a fixed text, so this holds before and after
    # the Dutch translation of the prefix is added.
    with translation.override("nl"):
        dutch_title = gettext("Cancelled: {title}").format(title="Donderdagavondlezing")
    dutch = by_summary(fetch(client, tree["weekly"]))
    assert dutch[dutch_title]["STATUS"] == "CANCELLED"
    english = tree["english weekly"]
    calendar = by_summary(fetch(client, english))
    assert calendar[f"Cancelled: {english.title}"]["STATUS"] == "CANCELLED"


def test_moved_date_tells_when_it_was_planned_first(client, db, tree):
    (event,) = fetch(client, tree["moved"]).events
    assert event.start.astimezone(LEIDEN) == at(10, 15, 19)
    assert event["STATUS"] == "CONFIRMED"
    assert "8 oktober 2026 19:00" in str(event["DESCRIPTION"])


def test_online_event_gives_its_link_as_location(client, db, tree):
    (event,) = fetch(client, tree["webinar"]).events
    assert event["LOCATION"] == "https://example.org/live"
    assert "GEO" not in event


def test_whole_day_dates_are_dates_with_an_exclusive_end(client, db, tree):
    (event,) = fetch(client, tree["exhibition"]).events
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.start == datetime.date(2026, 10, 10)
    assert event["DTEND"].dt == datetime.date(2026, 10, 13)  # the day after the last day


def test_uids_are_the_same_in_the_english_translation(client, db, tree):
    dutch = sorted(fetch(client, tree["weekly"]).events, key=lambda event: event.start)
    english = sorted(fetch(client, tree["english weekly"]).events, key=lambda event: event.start)
    assert [event["UID"] for event in english] == [event["UID"] for event in dutch]
    assert english[0]["URL"] == tree["english weekly"].get_full_url()
    assert english[0]["URL"] != dutch[0]["URL"]


def test_edit_without_schedule_change_keeps_uid_and_sequence(client, db, tree):
    before = {event["UID"]: event["SEQUENCE"] for event in fetch(client, tree["weekly"]).events}
    page = tree["weekly"].specific_class.objects.get(pk=tree["weekly"].pk)
    page.title = "Donderdagavondlezing over sterren"
    page.save_revision().publish()
    after = {event["UID"]: event["SEQUENCE"] for event in fetch(client, page).events}
    assert after == before


def test_schedule_change_raises_the_sequence_of_that_date_only(client, db, tree):
    page = tree["weekly"].specific_class.objects.get(pk=tree["weekly"].pk)
    before = {str(event["UID"]): event for event in fetch(client, page).events}
    dates = list(page.occurrences.all())
    moved = dates[1]
    moved.start, moved.end = at(10, 29, 21), at(10, 29, 23)
    # Assigning the list puts the dates in the page's in-memory cluster, so the revision
    # carries the change and publishing writes it.
    page.occurrences = dates
    page.save_revision().publish()

    after = {str(event["UID"]): event for event in fetch(client, page).events}
    assert after.keys() == before.keys()
    assert after[str(moved.uid)]["SEQUENCE"] == 1
    assert after[str(moved.uid)].start.astimezone(LEIDEN) == at(10, 29, 21)
    for uid in after.keys() - {str(moved.uid)}:
        assert after[uid]["SEQUENCE"] == 0


def test_festival_feed_has_its_sessions(client, db, tree):
    calendar = fetch(client, tree["festival"])
    assert calendar["X-WR-CALNAME"] == "Dagen van Kunst en Wetenschap"
    assert list(by_summary(calendar)) == ["Festivalsessie"]
    assert len(calendar.timezones) == 1


def test_agenda_feed_has_this_languages_recent_and_coming_dates(client, db, tree):
    dutch = fetch(client, tree["agenda"])
    titles = {str(event["SUMMARY"]) for event in dutch.events}
    assert "Vorige maand" in titles  # ten days ago: kept so late changes still reach people
    assert "Lang geleden" not in titles
    assert {"Donderdagavondlezing", "Festivalsessie", "Tentoonstelling Sterrenkijkers"} <= titles
    assert not any(title.startswith("English") for title in titles)
    assert dutch["X-WR-CALNAME"]  # a name even while the agenda has no filters

    english = fetch(client, tree["english agenda"])
    english_weekly = tree["english weekly"]
    assert {str(event["SUMMARY"]) for event in english.events} == {
        english_weekly.title,
        f"Cancelled: {english_weekly.title}",
    }
    assert {str(event["URL"]) for event in english.events} == {english_weekly.get_full_url()}


def test_agenda_feed_queries_do_not_grow_with_its_dates(client, db, tree):
    url = tree["agenda"].url + "ical/"
    few, _ = count_queries(client, url)
    for number in range(3):
        page = factories.EventPageFactory(
            parent=tree["agenda"], dates=[hours(at(11, 10 + number, 20)) for _ in range(2)]
        )
        page.save_revision().publish()
    many, response = count_queries(client, url)
    assert len(Calendar.from_ical(response.content).events) > 12
    assert many == few
