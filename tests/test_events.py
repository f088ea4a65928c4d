"""What event pages and their dates tell a visitor, and what editors are stopped from saving."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from stad.events.models import EventOccurrence, EventPage, Status


def amsterdam(*args):
    return timezone.make_aware(datetime.datetime(*args))


@pytest.mark.parametrize(
    ("start", "end", "time_only"),
    [
        (amsterdam(2026, 12, 3, 19), amsterdam(2026, 12, 3, 22), True),
        (amsterdam(2026, 12, 3, 19), amsterdam(2026, 12, 4, 0), True),  # a night programme
        (amsterdam(2026, 12, 3, 19), amsterdam(2026, 12, 4, 6), True),
        (amsterdam(2026, 12, 3, 19), amsterdam(2026, 12, 4, 10), False),
        (amsterdam(2026, 12, 3, 10), amsterdam(2026, 12, 5, 17), False),
    ],
)
def test_end_shows_a_date_only_when_it_is_another_day(start, end, time_only):
    assert EventOccurrence(start=start, end=end).ends_the_same_day_or_night is time_only


def test_an_all_day_date_runs_from_midnight_to_the_end_of_its_last_day():
    occurrence = EventOccurrence(
        start=amsterdam(2026, 12, 5, 14, 30), end=amsterdam(2026, 12, 6, 9), all_day=True
    )
    occurrence.clean()
    assert (occurrence.local_start.date(), occurrence.local_start.time()) == (
        datetime.date(2026, 12, 5),
        datetime.time(0, 0),
    )
    assert (occurrence.local_end.date(), occurrence.local_end.time()) == (
        datetime.date(2026, 12, 6),
        datetime.time(23, 59),
    )


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"end": amsterdam(2026, 12, 3, 18)}, "end"),
        ({"end": amsterdam(2026, 12, 3, 19)}, "end"),
        ({"status": Status.POSTPONED}, "previous_start"),
        ({"previous_start": amsterdam(2026, 11, 3, 19)}, "previous_start"),
    ],
)
def test_dates_that_make_no_sense_are_refused_with_a_message(fields, field_in_error):
    values = {"start": amsterdam(2026, 12, 3, 19), "end": amsterdam(2026, 12, 3, 21)} | fields
    with pytest.raises(ValidationError) as error:
        EventOccurrence(**values).clean()
    assert field_in_error in error.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"venue": None, "online_url": ""}, "venue"),
        ({"is_free": True, "price": 5}, "price"),
        ({"is_free": False, "price": None}, "price"),
    ],
)
def test_events_without_a_place_or_with_a_muddled_price_are_refused(
    db, site_tree, fields, field_in_error
):
    event = EventPage.objects.get(pk=site_tree["EventPage"]["nl"].pk)
    for name, value in fields.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field_in_error in error.value.message_dict


def test_agenda_leads_to_festivals_and_events_link_to_theirs(client, db, site_tree):
    agenda = client.get(site_tree["EventIndexPage"]["en"].url).content.decode()
    festival_url = site_tree["FestivalPage"]["en"].url
    assert agenda.count(f'href="{festival_url}"') >= 2  # its own card, and on its event's card
    assert site_tree["EventPage"]["en"].url in agenda


def test_past_events_are_in_the_archive_not_in_the_agenda(client, db, site_tree):
    event = site_tree["EventPage"]["nl"]
    event.occurrences.update(start=amsterdam(2020, 5, 1, 20), end=amsterdam(2020, 5, 1, 22))
    agenda = site_tree["EventIndexPage"]["nl"]
    assert event.url not in client.get(agenda.url).content.decode()
    past = client.get(agenda.url + "past/").content.decode()
    assert event.url in past
    assert "Deze activiteit is al geweest." in client.get(event.url).content.decode()


def test_event_page_says_what_a_visitor_needs_to_decide(client, db, site_tree):
    event = site_tree["EventPage"]["en"]
    dutch = site_tree["EventPage"]["nl"]
    EventPage.objects.filter(pk__in=[event.pk, dutch.pk]).update(
        spoken_language="en",
        is_free=False,
        price="7.50",
        for_families=True,
        wheelchair_access=True,
        sign_language=True,
    )
    content = client.get(event.url).content.decode()
    # The spoken language is said with the label of its SpokenLanguage choice.
    spoken = 'fact--language">English<'
    for text in (spoken, "€ 7.50", "Families and children", "Wheelchair accessible"):
        assert text in content
    assert "Sign language interpreter" in content
    # Amounts are written the way each language writes them.
    assert "€ 7,50" in client.get(dutch.url).content.decode()
