"""Partners' feeds imported for review (issue 18, part A): `manage.py import_events` against a
local HTTP server serving the fixture feeds of tests/fixtures/feeds/."""

import datetime
import io
import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry

from stad.editorial.roles import EDITOR, MODERATOR, REVIEW, TRANSLATOR
from stad.events.models import EventPage, Status, Venue
from stad.events.sources.models import EventSource, FeedFormat, ImportedEvent
from stad.programmes.models import Partner
from tests.scaffolding import member
from tests.servers import FixtureServer

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
DUTCH_TIME = ZoneInfo("Europe/Amsterdam")
# A day in September 2027, before every date of the fixture feeds.
TODAY = datetime.datetime(2027, 9, 15, 12, tzinfo=DUTCH_TIME)


def feed(name, content_type="text/calendar", **headers):
    return 200, {"Content-Type": content_type, **headers}, (FEEDS / name).read_bytes()


@pytest.fixture
def clock():
    with time_machine.travel(TODAY, tick=True):
        yield


@pytest.fixture
def server():
    with FixtureServer({"/agenda.ics": feed("partner.ics")}) as running:
        yield running


@pytest.fixture
def source(roles, site_tree, server, clock):
    source = EventSource.objects.create(
        name="Science Café Leiden",
        partner=Partner.objects.get(locale=Locale.get_default()),
        feed_url=server.url("/agenda.ics"),
        for_general_public=True,
    )
    source.themes.add(site_tree["ThemePage"]["nl"])
    return source


def import_events(*arguments):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_events", *arguments, stdout=out, stderr=err)
    return out.getvalue()


def imported(source, key):
    return ImportedEvent.objects.get(source=source, key=key).page


def draft(page):
    """The page as the reviewer sees it: its latest revision."""
    return EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def local_dates(page):
    return [
        (timezone_local(item.start), timezone_local(item.end), item.all_day, item.status)
        for item in sorted(draft(page).occurrences.all(), key=lambda item: item.start)
    ]


def on_28_october(page):
    (found,) = (
        item for item in page.occurrences.all() if "2027-10-28" in timezone_local(item.start)
    )
    return found


def timezone_local(value):
    return value.astimezone(DUTCH_TIME).strftime("%Y-%m-%d %H:%M %z")


LECTURE, OPEN_DAY, WEBINAR = (
    "weekly-lecture@sciencecafe.example",
    "open-day@sciencecafe.example",
    "webinar@sciencecafe.example",
)


def test_new_events_become_drafts_in_review_with_their_dates_in_dutch_time(source):
    assert "3 nieuw, 0 gewijzigd, 0 geannuleerd" in import_events()

    lecture = imported(source, LECTURE)
    # Weekly at 20:00 Dutch time across the end of summer time (31 October 2027): the offset
    # changes, the hour does not. The EXDATE (21 October) is left out; the cancelled instance
    # (4 November) is there, cancelled.
    assert local_dates(lecture) == [
        ("2027-10-14 20:00 +0200", "2027-10-14 21:30 +0200", False, Status.SCHEDULED),
        ("2027-10-28 20:00 +0200", "2027-10-28 21:30 +0200", False, Status.SCHEDULED),
        ("2027-11-04 20:00 +0100", "2027-11-04 21:30 +0100", False, Status.CANCELLED),
        ("2027-11-11 20:00 +0100", "2027-11-11 21:30 +0100", False, Status.SCHEDULED),
    ]
    # A whole-day event of two days, as the agenda stores one: 00:00 on the first day to 23:59
    # on the last.
    assert local_dates(imported(source, OPEN_DAY)) == [
        ("2027-11-20 00:00 +0100", "2027-11-21 23:59 +0100", True, Status.SCHEDULED)
    ]
    # Noon in New York is 18:00 in Leiden; a link as its place makes it an online event.
    webinar = imported(source, WEBINAR)
    assert local_dates(webinar)[0][:2] == ("2027-12-01 18:00 +0100", "2027-12-01 19:00 +0100")
    assert webinar.online_url == "https://meet.example/webinar" and webinar.venue is None

    assert lecture.title == "Wetenschapscollege"
    assert lecture.ticket_url == "https://sciencecafe.example/college"
    assert "haar werk" in lecture.introduction and "haar werk" in str(lecture.body)
    assert lecture.get_parent().specific_class.__name__ == "EventIndexPage"
    assert lecture.locale == Locale.get_default()
    assert [link.partner for link in lecture.partner_links.all()] == [source.partner]
    assert lecture.theme_links.count() == 1 and lecture.for_general_public
    # A place the site did not know: a new venue, itself a draft for review.
    venue = lecture.venue
    assert (venue.name, venue.street, venue.postcode, venue.city) == (
        "Naturalis",
        "Darwinweg 2",
        "2333 CR",
        "Leiden",
    )
    assert not venue.live and venue.current_workflow_state.workflow.name == REVIEW

    for page in (lecture, webinar, imported(source, OPEN_DAY)):
        assert not page.live
        state = page.current_workflow_state
        assert state.status == state.STATUS_IN_PROGRESS and state.workflow.name == REVIEW
    source.refresh_from_db()
    assert (source.new_count, source.changed_count, source.last_error) == (3, 0, "")


def test_nothing_is_public_before_review_and_the_reviewer_finds_it(source, client, roles):
    import_events()
    lecture = imported(source, LECTURE)
    assert client.get(lecture.url or f"/nl/agenda/{lecture.slug}/").status_code == 404
    agenda = lecture.get_parent()
    assert client.get(agenda.url).status_code == 200
    assert "Wetenschapscollege" not in client.get(agenda.url).content.decode()

    # Nor in English: no live copy in any language.
    assert not EventPage.objects.filter(translation_key=lecture.translation_key).live().exists()

    client.force_login(member(MODERATOR, roles))
    assert "Wetenschapscollege" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_second_run_creates_nothing(source):
    import_events()
    pages, revisions = EventPage.objects.count(), lecture_revisions(source)
    assert "0 nieuw, 0 gewijzigd, 0 geannuleerd" in import_events()
    assert EventPage.objects.count() == pages
    assert lecture_revisions(source) == revisions
    assert Venue.objects.filter(name="Naturalis").count() == 1


def lecture_revisions(source):
    return imported(source, LECTURE).revisions.count()


def test_a_changed_feed_gives_a_revision_for_review_that_lists_the_changes(source, server, roles):
    import_events()
    lecture = imported(source, LECTURE)
    uids = {item.start: item.uid for item in draft(lecture).occurrences.all()}
    server.routes["/agenda.ics"] = feed("partner-changed.ics")

    assert "0 nieuw, 2 gewijzigd, 2 geannuleerd" in import_events()

    changed = draft(lecture)
    assert changed.title == "Wetenschapscollege Leiden"
    # 28 October moved to 21:00 (the same date, so the same UID); 11 November left the feed
    # and is cancelled, not deleted.
    assert local_dates(lecture) == [
        ("2027-10-14 20:00 +0200", "2027-10-14 21:30 +0200", False, Status.SCHEDULED),
        ("2027-10-28 21:00 +0200", "2027-10-28 22:30 +0200", False, Status.SCHEDULED),
        ("2027-11-04 20:00 +0100", "2027-11-04 21:30 +0100", False, Status.CANCELLED),
        ("2027-11-11 20:00 +0100", "2027-11-11 21:30 +0100", False, Status.CANCELLED),
    ]
    moved = on_28_october(changed)
    assert moved.uid == uids[datetime.datetime(2027, 10, 28, 18, tzinfo=datetime.UTC)]
    # The webinar is gone from the feed: its date is cancelled, the page stays.
    assert local_dates(imported(source, WEBINAR))[0][3] == Status.CANCELLED

    note = ImportedEvent.objects.get(source=source, key=LECTURE).change_note
    assert "Titel: Wetenschapscollege → Wetenschapscollege Leiden" in note
    assert "Tijd gewijzigd: 28-10-2027 20:00 → 28-10-2027 21:00" in note
    assert "geannuleerd: 11-11-2027 20:00" in note
    entry = PageLogEntry.objects.filter(page=lecture, action="event_sources.changed").get()
    assert "Wetenschapscollege Leiden" in entry.comment
    assert not EventPage.objects.get(pk=lecture.pk).live

    # The reviewer reads the changes above the form.
    client = Client()
    client.force_login(member(MODERATOR, roles))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lecture.pk]), follow=True)
    assert "Titel: Wetenschapscollege → Wetenschapscollege Leiden" in edit.content.decode()


def test_an_editors_own_change_is_kept_and_the_feeds_value_shown(source, server, editor):
    import_events()
    lecture = imported(source, LECTURE)
    edited = draft(lecture)
    edited.title = "Wetenschapscollege in Naturalis"
    edited.save_revision(user=editor)
    server.routes["/agenda.ics"] = feed("partner-changed.ics")

    import_events()

    assert draft(lecture).title == "Wetenschapscollege in Naturalis"
    note = ImportedEvent.objects.get(source=source, key=LECTURE).change_note
    assert "met de hand gewijzigd in Wetenschapscollege in Naturalis" in note
    assert "de bron zegt nu Wetenschapscollege Leiden (niet overgenomen)" in note


def test_a_published_event_stays_as_approved_until_its_change_is_approved(source, server, client):
    import_events()
    lecture = imported(source, LECTURE)
    lecture.current_workflow_state.cancel()
    lecture.get_latest_revision().publish()
    server.routes["/agenda.ics"] = feed("partner-changed.ics")

    import_events()

    live = EventPage.objects.get(pk=lecture.pk)
    assert live.live and live.title == "Wetenschapscollege"
    assert live.has_unpublished_changes and live.current_workflow_state is not None
    assert "Wetenschapscollege Leiden" not in client.get(live.url).content.decode()
    # Visitors may have seen 28 October at 20:00: the draft shows it as moved.
    moved = on_28_october(draft(live))
    assert moved.status == Status.POSTPONED
    assert timezone_local(moved.previous_start) == "2027-10-28 20:00 +0200"


def test_schema_org_events_on_a_web_page(source, server):
    Venue.objects.create(
        locale=Locale.get_default(), name="Naturalis", street="Darwinweg 2", postcode="2333 CR"
    )
    server.routes["/agenda/"] = feed("partner-events.html", "text/html; charset=utf-8")
    source.feed_url, source.feed_format = server.url("/agenda/"), FeedFormat.JSONLD
    source.save()
    venues = Venue.objects.count()

    assert "3 nieuw" in import_events()

    night = imported(source, "https://naturalis.example/agenda/nacht-van-de-dino")
    # The Place matched the venue the site knows, by name and address: no new venue.
    assert night.venue.street == "Darwinweg 2" and Venue.objects.count() == venues
    assert (night.is_free, night.price) == (False, Decimal("17.50"))
    assert local_dates(night)[0][:2] == ("2027-10-09 19:00 +0200", "2027-10-09 23:00 +0200")
    webinar = imported(source, "https://naturalis.example/agenda/webinar-biodiversiteit")
    assert webinar.online_url == "https://naturalis.example/live" and webinar.is_free
    assert local_dates(webinar)[0][0] == "2027-10-12 18:00 +0200"
    beetles = imported(source, "https://naturalis.example/agenda/lezing-afgelast")
    assert local_dates(beetles)[0][3] == Status.CANCELLED


def test_an_event_listed_twice_is_imported_once(source, server):
    page = (FEEDS / "partner-events.html").read_bytes()
    twice = page.replace(
        b"</head>", page[page.index(b"<script") : page.index(b"</head>")] + b"</head>"
    )
    server.routes["/agenda/"] = (200, {"Content-Type": "text/html"}, twice)
    source.feed_url, source.feed_format = server.url("/agenda/"), FeedFormat.JSONLD
    source.save()

    assert "3 nieuw" in import_events()


def test_events_the_import_cannot_use_are_left_out_and_named(source, server):
    events = [
        {"@type": "Event", "@id": "#" + "x" * 600, "name": "Te lang", "startDate": "2027-10-01"},
        {"@type": "Event", "@id": "#ok", "name": "Goed", "startDate": "2027-10-02"},
    ]
    for item in events:
        item["location"] = {"@type": "VirtualLocation", "url": "https://example.org/live"}
    # Nowhere: an event page needs a venue or an online link.
    events.append(
        {"@type": "Event", "@id": "#nowhere", "name": "Nergens", "startDate": "2027-10-03"}
    )
    server.routes["/events.json"] = (200, {}, json.dumps(events).encode())
    source.feed_url, source.feed_format = server.url("/events.json"), FeedFormat.JSONLD
    source.save()

    assert "1 nieuw" in import_events()

    source.refresh_from_db()
    assert "'Te lang' overgeslagen: de kenmerkende code is langer dan 500" in source.last_error
    assert "'Nergens' overgeslagen: geen plaats en geen online link in de bron" in source.last_error
    assert list(ImportedEvent.objects.values_list("key", flat=True)) == ["#ok"]


BAD_FEEDS = {
    "malformed": (feed("malformed.ics"), "Geen geldig iCalendar-bestand"),
    "oversized": ((200, {}, b"BEGIN:VCALENDAR\r\n" + b"X" * 300_000), "groter dan"),
    "empty": ((200, {}, b""), "De bron is leeg"),
    "no events": ((200, {}, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), "geen komende"),
    "server error": ((500, {}, b"oops"), "HTTP-status 500"),
}


@pytest.mark.parametrize("kind", BAD_FEEDS)
@override_settings(EVENT_FEED_MAX_BYTES=100_000)
def test_a_bad_feed_changes_nothing_and_says_why(source, server, kind, admin_client):
    import_events()
    lecture = imported(source, LECTURE)
    revisions = lecture.revisions.count()
    answer, message = BAD_FEEDS[kind]
    server.routes["/agenda.ics"] = answer

    with pytest.raises(CommandError):
        err = io.StringIO()
        try:
            call_command("import_events", stdout=io.StringIO(), stderr=err)
        finally:
            assert message in err.getvalue()

    assert lecture.revisions.count() == revisions
    assert draft(lecture).title == "Wetenschapscollege"
    source.refresh_from_db()
    assert message in source.last_error
    assert source.new_count == 3  # the last import that worked
    listing = admin_client.get(reverse("wagtailsnippets_event_sources_eventsource:list"))
    assert message in listing.content.decode()


def test_an_unchanged_feed_is_not_read_again(source, server):
    server.routes["/agenda.ics"] = feed("partner.ics", ETag='"v1"')
    import_events()
    revisions = lecture_revisions(source)

    assert "Niet gewijzigd" in import_events()

    assert server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert lecture_revisions(source) == revisions
    source.refresh_from_db()
    assert source.etag == '"v1"' and source.new_count == 3


def test_an_event_that_comes_back_gets_its_dates_back(source, server):
    import_events()
    server.routes["/agenda.ics"] = feed("partner-changed.ics")
    import_events()
    assert local_dates(imported(source, WEBINAR))[0][3] == Status.CANCELLED
    server.routes["/agenda.ics"] = feed("partner.ics")

    import_events()

    assert local_dates(imported(source, WEBINAR))[0][3] == Status.SCHEDULED
    assert local_dates(imported(source, LECTURE))[3][3] == Status.SCHEDULED  # 11 November
    note = ImportedEvent.objects.get(source=source, key=WEBINAR).change_note
    assert "Weer in de bron: 01-12-2027 18:00" in note


def test_one_source_by_id_and_inactive_sources_left_alone(source):
    source.is_active = False
    source.save()
    assert import_events() == ""
    assert not ImportedEvent.objects.exists()
    assert "3 nieuw" in import_events("--source", str(source.pk))
    with pytest.raises(CommandError):
        import_events("--source", "999999")


def test_internal_addresses_are_refused_unless_allowed(source):
    with override_settings(EVENT_FEED_ALLOWED_HOSTS=[]), pytest.raises(CommandError):
        import_events()
    source.refresh_from_db()
    assert "intern adres" in source.last_error
    assert not ImportedEvent.objects.exists()


def test_editors_and_final_editors_manage_sources_translators_do_not(roles, site_tree, client):
    listing = reverse("wagtailsnippets_event_sources_eventsource:list")
    partner = Partner.objects.get(locale=Locale.get_default())
    client.force_login(member(EDITOR, roles))
    assert client.get(listing).status_code == 200
    response = client.post(
        reverse("wagtailsnippets_event_sources_eventsource:add"),
        {
            "name": "Naturalis, agenda",
            "partner": partner.pk,
            "feed_url": "https://naturalis.example/agenda.ics",
            "feed_format": "ical",
            "is_active": "on",
            "spoken_language": "nl",
            "themes": [site_tree["ThemePage"]["nl"].pk],
            "for_families": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = EventSource.objects.get(name="Naturalis, agenda")
    assert created.for_families and created.themes.count() == 1

    client.force_login(member(MODERATOR, roles))
    assert client.get(listing).status_code == 200
    client.force_login(member(TRANSLATOR, roles))
    assert client.get(listing).status_code != 200


def test_new_cancelled_and_hand_changed_dates_of_a_series(source, server, editor):
    import_events()
    lecture = imported(source, LECTURE)
    edited = draft(lecture)
    on_28_october(edited).end += datetime.timedelta(minutes=30)  # an editor's own correction
    edited.save_revision(user=editor)
    # The series runs two weeks longer, 14 October is cancelled, 28 October moves to 21:00.
    ics = (FEEDS / "partner-changed.ics").read_text().replace("COUNT=4", "COUNT=6")
    cancelled = (
        "BEGIN:VEVENT\r\nUID:weekly-lecture@sciencecafe.example\r\n"
        "RECURRENCE-ID;TZID=Europe/Amsterdam:20271014T200000\r\nDTSTAMP:20270902T120000Z\r\n"
        "SUMMARY:Wetenschapscollege Leiden\r\nSTATUS:CANCELLED\r\n"
        "DTSTART;TZID=Europe/Amsterdam:20271014T200000\r\n"
        "DTEND;TZID=Europe/Amsterdam:20271014T213000\r\nEND:VEVENT\r\n"
    )
    ics = ics.replace("BEGIN:VEVENT\nUID:open-day", cancelled + "BEGIN:VEVENT\nUID:open-day")
    server.routes["/agenda.ics"] = (200, {}, ics.encode())

    import_events()

    assert [(start[:10], status) for start, _end, _all_day, status in local_dates(lecture)] == [
        ("2027-10-14", Status.CANCELLED),
        ("2027-10-28", Status.SCHEDULED),
        ("2027-11-04", Status.CANCELLED),
        ("2027-11-11", Status.SCHEDULED),
        ("2027-11-18", Status.SCHEDULED),
    ]
    # The editor's end time stays, and so does the start the source moved.
    assert local_dates(lecture)[1][:2] == ("2027-10-28 20:00 +0200", "2027-10-28 22:00 +0200")
    note = ImportedEvent.objects.get(source=source, key=LECTURE).change_note
    assert "Geannuleerd: 14-10-2027 20:00" in note
    assert "Nieuwe datum: 18-11-2027 20:00" in note
    assert "Datum 28-10-2027 20:00: met de hand gewijzigd; de bron zegt nu 28-10-2027 21:00" in note


def test_an_import_with_nothing_new_leaves_the_page_cache_alone(
    source, server, page_cache, django_capture_on_commit_callbacks
):
    """A source and its import status are editors' bookkeeping, which no visitor sees: the
    hourly run must not make every page of the site be built afresh when nothing changed,
    while new drafts do not either (nothing public changes before review)."""
    from stad.core.page_cache import generation

    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        import_events()
        import_events()
    assert EventSource.objects.get(pk=source.pk).last_run_at is not None
    assert generation.current() == before
