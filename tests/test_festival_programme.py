"""A festival's programme shows one day at a time, so it stays light with hundreds of sessions.

The festival runs Friday 23 to Sunday 25 October 2026; the clock is fixed at 1 October 2026,
10:00 in Leiden unless a test moves it.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from stad.events import festival_programme
from tests import factories
from tests.scaffolding import count_queries, dutch_home, translate_page

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=LEIDEN)


def at(day, hour, minute=0):
    return datetime.datetime(2026, 10, day, hour, minute, tzinfo=LEIDEN)


def session(parent, title, *starts):
    page = factories.EventPageFactory(
        parent=parent,
        title=title,
        dates=[(start, start + datetime.timedelta(hours=1)) for start in starts],
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def festival(db):
    with time_machine.travel(NOW, tick=False):
        agenda = factories.EventIndexPageFactory(parent=dutch_home(), slug="agenda")
        festival = factories.FestivalPageFactory(
            parent=agenda,
            slug="dagen",
            start_date=datetime.date(2026, 10, 23),
            end_date=datetime.date(2026, 10, 25),
        )
        session(festival, "Openingslezing", at(23, 20))
        # Half past midnight is still the night of Friday, but it starts on Saturday.
        session(festival, "Nachtwandeling", at(24, 0, 30))
        session(festival, "Proefjes voor kinderen", at(24, 14), at(25, 14))
        yield festival


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def programme(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(id="programme").parent


def card_titles(section):
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def day_links(section):
    return section.select("nav.programme-days a")


def test_the_first_coming_day_is_shown_with_links_to_every_day(client, festival):
    section = programme(client, festival.url)
    assert card_titles(section) == ["Openingslezing"]
    links = day_links(section)
    assert [link.time["datetime"] for link in links] == ["2026-10-23", "2026-10-24", "2026-10-25"]
    assert [link.get("aria-current") for link in links] == ["date", None, None]
    assert section.select_one("h3.programme__day time")["datetime"] == "2026-10-23"
    # The cards sit under the day's heading.
    assert all(title.name == "h4" for title in section.select(".card__title"))

    saturday = client.get(festival.url + links[1]["href"])
    section = BeautifulSoup(saturday.content, "html.parser").find(id="programme").parent
    assert card_titles(section) == ["Nachtwandeling", "Proefjes voor kinderen"]
    assert [link.get("aria-current") for link in day_links(section)] == [None, "date", None]


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (at(24, 9), ["Nachtwandeling", "Proefjes voor kinderen"]),  # today
        (at(25, 20), ["Proefjes voor kinderen"]),  # today, after the day's last session
        (at(28, 9), ["Openingslezing"]),  # over: from the start
    ],
)
def test_the_default_day_is_today_or_else_the_first(client, festival, moment, shown):
    with time_machine.travel(moment, tick=False):
        assert card_titles(programme(client, festival.url)) == shown


def test_day_links_and_counts_are_in_the_page_language(client, festival):
    english = Locale.objects.get(language_code="en")
    agenda = festival.get_parent()
    for page in (agenda.get_parent(), agenda, festival, *festival.get_children()):
        translate_page(page.specific, english)
    english = festival.get_translation(english)
    section = programme(client, english.url)
    assert day_links(section)[1].get_text(" ", strip=True) == "Saturday 24 October (2 sessions)"
    assert section.select_one("nav.programme-days")["aria-label"] == "Days of the programme"
    dutch = programme(client, festival.url)
    assert day_links(dutch)[1].get_text(" ", strip=True) == "zaterdag 24 oktober (2 sessies)"


@pytest.mark.parametrize(
    "query",
    ["?day=gisteren", "?day=2026-02-30", "?day=2026-10-26", "?day=", "?page=9", "?page=x"],
)
def test_a_bad_day_or_page_is_a_404(client, festival, query):
    assert client.get(festival.url + query).status_code == 404


def test_cards_and_queries_stay_bounded_as_sessions_grow(client, festival, monkeypatch):
    monkeypatch.setattr(festival_programme, "PER_PAGE", 4)
    day = "?day=2026-10-24"
    session(festival, "Lezing", *[at(24, 10, minute) for minute in range(4)])
    few, response = count_queries(client, festival.url + day)
    section = BeautifulSoup(response.content, "html.parser").find(id="programme").parent
    assert len(card_titles(section)) == 4

    session(festival, "Werkgroep", *[at(24, 16, minute) for minute in range(40)])
    for number in range(10):
        session(festival, f"Rondleiding {number}", at(24, 11, number), at(25, 11, number))
    many, response = count_queries(client, festival.url + day)
    section = BeautifulSoup(response.content, "html.parser").find(id="programme").parent
    assert len(card_titles(section)) == 4
    assert many == few
    # The next page keeps the day.
    next_page = section.select_one("a[rel=next]")["href"]
    assert "day=2026-10-24" in next_page
    assert "page=2" in next_page


def programme_figure_queries(queries):
    """The queries that count the sessions per day, read the venues' keys or count a day."""
    sql = [query["sql"] for query in queries]
    return [
        item
        for item in sql
        if '"sessions"' in item or '"event__venue"' in item or "COUNT(*)" in item
    ]


def test_with_the_page_cache_the_next_day_built_neither_counts_nor_reads_venues_again(
    builds_every_visit, page_cache, festival
):
    first = programme(builds_every_visit, festival.url)
    with CaptureQueriesContext(connection) as queries:
        second = programme(builds_every_visit, festival.url + "?day=2026-10-24")
    assert programme_figure_queries(queries) == []
    assert card_titles(second) == ["Nachtwandeling", "Proefjes voor kinderen"]
    assert [link.get_text(" ", strip=True) for link in day_links(second)] == [
        link.get_text(" ", strip=True) for link in day_links(first)
    ]


def test_without_the_page_cache_every_day_built_counts_again(builds_every_visit, festival):
    programme(builds_every_visit, festival.url)
    with CaptureQueriesContext(connection) as queries:
        programme(builds_every_visit, festival.url + "?day=2026-10-24")
    # The days and the venues; the day's sessions are counted with the days, not again.
    assert len(programme_figure_queries(queries)) == 2


def test_a_published_session_shows_in_the_days_and_venues_of_the_next_day_built(
    builds_every_visit, page_cache, festival, publish
):
    programme(builds_every_visit, festival.url)
    venue = factories.VenueFactory(name="Hortus botanicus", live=True)
    added = session(festival, "Slotconcert", at(26, 20))
    added.venue = venue
    publish(added)
    section = programme(builds_every_visit, festival.url + "?day=2026-10-26")
    assert card_titles(section) == ["Slotconcert"]
    assert [link.time["datetime"] for link in day_links(section)][-1] == "2026-10-26"
    assert "Hortus botanicus" in section.parent.get_text()
