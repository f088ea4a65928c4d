"""What the agenda and event pages tell a visitor about dates and festivals."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventPage


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
    assert EventPage(start=start, end=end).ends_the_same_day_or_night is time_only


def test_agenda_leads_to_festivals_and_events_link_to_theirs(client, db, site_tree):
    agenda = client.get(site_tree["EventIndexPage"]["en"].url).content.decode()
    festival_url = site_tree["FestivalPage"]["en"].url
    assert agenda.count(f'href="{festival_url}"') >= 2  # its own card, and on its event's card
    assert site_tree["EventPage"]["en"].url in agenda


def test_past_events_are_in_the_archive_not_in_the_agenda(client, db, site_tree):
    event = site_tree["EventPage"]["nl"]
    event.start, event.end = amsterdam(2020, 5, 1, 20), amsterdam(2020, 5, 1, 22)
    event.save_revision().publish()
    agenda = site_tree["EventIndexPage"]["nl"]
    assert event.url not in client.get(agenda.url).content.decode()
    past = client.get(agenda.url + "past/").content.decode()
    assert event.url in past
    assert "Deze activiteit is al geweest." in client.get(event.url).content.decode()
