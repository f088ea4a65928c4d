"""The agenda's figures kept between the pages built in one generation of the page cache
(``stad.core.page_cache.kept``, ``AgendaFilters.count_options``): the next page of a list
neither counts nor sorts the dates again, and whatever an editor publishes, or the clock ending
a date, shows in the counts, the list and the filters of the next page built."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stad.core.page_cache.kept import slot_end
from stad.events import filters
from tests import factories
from tests.scaffolding import sql_of_visit

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2027, 3, 10, 12, 0, tzinfo=datetime.UTC)


def add_event(agenda, title, start, publish, **fields):
    event = factories.EventPageFactory(
        parent=agenda, title=title, dates=[(start, start + datetime.timedelta(hours=2))], **fields
    )
    return publish(event)


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def found(html):
    """The number the agenda says it found."""
    return int(re.search(r'class="agenda__count" id="results">\s*(\d+)', html).group(1))


def aggregates_and_key_lists(sql):
    counts = [item for item in sql if "FILTER (WHERE" in item]
    keys = [item for item in sql if item.startswith('SELECT "events_eventoccurrence"."id" AS')]
    return counts, keys


@pytest.fixture
def agenda_of_25(site_tree, publish):
    agenda = site_tree["EventIndexPage"]["nl"]
    first = timezone.now() + datetime.timedelta(days=2)
    for day in range(25):
        add_event(agenda, f"Lezing {day:02d}", first + datetime.timedelta(days=day), publish)
    return agenda


def test_the_next_page_of_the_list_neither_counts_nor_sorts_the_dates_again(
    builds_every_visit, page_cache, agenda_of_25
):
    total = found(visit(builds_every_visit, agenda_of_25.url))
    assert total >= 25  # the site's own events and these
    sql, second = sql_of_visit(builds_every_visit, agenda_of_25.url + "?page=2")
    assert aggregates_and_key_lists(sql) == ([], [])
    assert found(second) == total
    shown = re.findall(r">(Lezing \d\d)</a>", second)
    assert shown[-5:] == [f"Lezing {day:02d}" for day in range(20, 25)]


def test_without_the_page_cache_every_page_counts_and_sorts(builds_every_visit, agenda_of_25):
    visit(builds_every_visit, agenda_of_25.url)
    sql, _html = sql_of_visit(builds_every_visit, agenda_of_25.url + "?page=2")
    counts, keys = aggregates_and_key_lists(sql)
    assert len(counts) == 1 and len(keys) == 1


def test_a_published_event_shows_in_the_count_and_the_list_of_the_next_page_built(
    builds_every_visit, page_cache, agenda_of_25, publish
):
    total = found(visit(builds_every_visit, agenda_of_25.url))
    free = found(visit(builds_every_visit, agenda_of_25.url + "?free=1"))
    soonest = timezone.now() + datetime.timedelta(minutes=30)
    add_event(agenda_of_25, "Lezing vooraf", soonest, publish, is_free=True)
    html = visit(builds_every_visit, agenda_of_25.url + "?page=1")
    assert found(html) == total + 1
    assert re.findall(r">(Lezing [^<]+)</a>", html)[0] == "Lezing vooraf"
    assert found(visit(builds_every_visit, agenda_of_25.url + "?free=1&page=1")) == free + 1


def test_a_published_theme_and_festival_show_in_the_filters_of_the_next_page_built(
    builds_every_visit, page_cache, site_tree, agenda_of_25, publish
):
    before = visit(builds_every_visit, agenda_of_25.url)
    assert "Water en klimaat" not in before
    assert "Festival van het Licht" not in before
    publish(
        factories.ThemePageFactory(
            parent=site_tree["ThemeIndexPage"]["nl"], title="Water en klimaat"
        )
    )
    publish(factories.FestivalPageFactory(parent=agenda_of_25, title="Festival van het Licht"))
    after = visit(builds_every_visit, agenda_of_25.url + "?page=2")
    assert "Water en klimaat" in after
    assert "Festival van het Licht" in after


def test_a_date_that_ends_leaves_the_kept_count_with_the_time_slot(
    builds_every_visit, page_cache, site_tree, publish
):
    """Kept figures end with their time slot of ``PAGE_CACHE_SECONDS`` (five minutes), as pages
    do: with Redis, which expires entries by its own clock, nothing else would end them."""
    agenda = site_tree["EventIndexPage"]["nl"]
    name = f"agenda-figures:{agenda.pk}:upcoming:{NOW.date().isoformat()}:"
    ends = datetime.datetime.fromtimestamp(slot_end(name, NOW.timestamp()), tz=datetime.UTC)
    visited = ends - datetime.timedelta(seconds=60)
    with time_machine.travel(visited, tick=False):
        add_event(
            agenda, "Lezing straks", ends - datetime.timedelta(minutes=120, seconds=30), publish
        )
        add_event(agenda, "Lezing morgen", NOW + datetime.timedelta(days=1), publish)
        before = visit(builds_every_visit, agenda.url)
    assert "Lezing straks" in before  # it ends 30 s before the slot does
    # 30 s into the next slot, 90 s after the figures were kept: the date has ended.
    with time_machine.travel(ends + datetime.timedelta(seconds=30), tick=False):
        html = visit(builds_every_visit, agenda.url + "?page=1")
    assert found(html) == found(before) - 1
    assert "Lezing straks" not in html


def test_a_warm_agenda_built_again_reads_no_rows_or_pictures_for_its_cards(
    builds_every_visit, page_cache, agenda_of_25
):
    first = visit(builds_every_visit, agenda_of_25.url)
    with CaptureQueriesContext(connection) as queries:
        again = visit(builds_every_visit, agenda_of_25.url + "?utm_source=nieuwsbrief")
    read = " ".join(query["sql"] for query in queries)
    assert "wagtailimages_rendition" not in read
    assert '"events_eventoccurrence"."start"' not in read  # no date's row
    cards = re.compile(r'<ul class="card-list">.*?</ul>', re.S)
    assert cards.findall(again) == cards.findall(first)


def venue_count(html, venue):
    found = re.search(rf'<option value="{venue.pk}"[^>]*>{re.escape(venue.name)} \((\d+)\)', html)
    return int(found.group(1)) if found else None


def test_the_venues_of_the_filter_are_read_once_per_generation(
    builds_every_visit, page_cache, site_tree, publish, django_capture_on_commit_callbacks
):
    """The venue filter's options are shared by every agenda page built in a generation; a
    venue an editor publishes or takes offline changes them on the next page built."""
    agenda = site_tree["EventIndexPage"]["nl"]
    soon = timezone.now() + datetime.timedelta(days=2)
    aula = factories.VenueFactory(name="Aula")
    add_event(agenda, "Lezing in de aula", soon, publish, venue=aula)
    assert venue_count(visit(builds_every_visit, agenda.url), aula) == 1
    sql, html = sql_of_visit(builds_every_visit, agenda.url + "?page=1")
    assert venue_count(html, aula) == 1
    assert not [item for item in sql if 'FROM "events_venue"' in item]

    hortus = factories.VenueFactory(name="Hortus")  # new since the venues were remembered
    add_event(agenda, "Rondleiding in de hortus", soon, publish, venue=hortus)
    with django_capture_on_commit_callbacks(execute=True):
        aula.unpublish()
    html = visit(builds_every_visit, agenda.url + "?page=1&x=2")
    assert venue_count(html, hortus) == 1
    assert venue_count(html, aula) is None


def test_kept_counts_stay_with_their_option_when_the_options_change(
    builds_every_visit, page_cache, site_tree, publish, monkeypatch
):
    """Counts are kept by filter and option, not by position: when the options offered change
    within a generation (code deployed with other filters), none shows another's count."""
    agenda = site_tree["EventIndexPage"]["nl"]
    first, second = factories.VenueFactory(name="Aula"), factories.VenueFactory(name="Bibliotheek")
    soon = timezone.now() + datetime.timedelta(days=2)
    add_event(agenda, "Lezing in de aula", soon, publish, venue=first)
    for day in range(2):
        add_event(
            agenda, f"Lezing {day}", soon + datetime.timedelta(days=day), publish, venue=second
        )
    html = visit(builds_every_visit, agenda.url)
    assert (venue_count(html, first), venue_count(html, second)) == (1, 2)
    # Options offered by other code, in the same generation (a deploy with other filters).
    offered = filters.venue_choices
    monkeypatch.setattr(
        filters,
        "venue_choices",
        lambda *args: [venue for venue in offered(*args) if venue.pk != first.pk],
    )
    html = visit(builds_every_visit, agenda.url + "?page=1")
    assert venue_count(html, first) is None
    assert venue_count(html, second) == 2


def test_a_page_built_from_kept_figures_is_kept_no_longer_than_they_are(
    builds_every_visit, page_cache, site_tree, publish
):
    """Figures kept near the start of their slot and a page built from them near its end: the
    page must not outlive the slot, or an ended date would show for two slots."""
    agenda = site_tree["EventIndexPage"]["nl"]
    name = f"agenda-figures:{agenda.pk}:upcoming:{NOW.date().isoformat()}:"
    ends = datetime.datetime.fromtimestamp(slot_end(name, NOW.timestamp()), tz=datetime.UTC)
    kept_at = ends - datetime.timedelta(seconds=290)
    with time_machine.travel(kept_at, tick=False):
        add_event(agenda, "Lezing straks", kept_at - datetime.timedelta(minutes=100), publish)
        assert "Lezing straks" in visit(builds_every_visit, agenda.url)  # ends in 20 minutes
    built_at = ends - datetime.timedelta(seconds=5)
    client = Client()  # anonymous: its pages are stored in the page cache
    with time_machine.travel(built_at, tick=False):
        response = client.get(agenda.url)
    assert response["X-Page-Cache"] == "miss"
    assert "s-maxage=5" in response["Cache-Control"]
    with time_machine.travel(ends + datetime.timedelta(minutes=21), tick=False):
        again = client.get(agenda.url)
    assert again["X-Page-Cache"] == "miss"
    assert "Lezing straks" not in again.content.decode()
