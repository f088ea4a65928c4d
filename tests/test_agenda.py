"""The agenda as a visitor uses it: every filter alone and combined, counts, archive, bad input.

The clock is fixed at Wednesday 2 December 2026, 10:00 in Leiden, so "this weekend" and
"this month" mean known days.
"""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.http import QueryDict
from wagtail.models import Locale

from stad.events.filters import AgendaFilters
from tests import factories
from tests.scaffolding import dutch_home, module_fixture

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=LEIDEN)


def at(day, hour, minute=0):
    return datetime.datetime(2026, 12, 1, hour, minute, tzinfo=LEIDEN) + datetime.timedelta(
        days=day - 1
    )


def hours(start, length=2):
    return (start, start + datetime.timedelta(hours=length))


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def build_agenda():
    with time_machine.travel(NOW, tick=False):
        home = dutch_home()
        themes = factories.ThemeIndexPageFactory(parent=home)
        nature = factories.ThemePageFactory(parent=themes, title="Biodiversiteit", slug="bio")
        heritage = factories.ThemePageFactory(parent=themes, title="Erfgoed", slug="erfgoed")
        agenda = factories.EventIndexPageFactory(parent=home)
        festival = factories.FestivalPageFactory(
            parent=agenda,
            title="Days of Arts & Science",
            slug="days",
            start_date=datetime.date(2026, 12, 5),
            end_date=datetime.date(2026, 12, 8),
        )
        naturalis = factories.VenueFactory(name="Naturalis")
        church = factories.VenueFactory(name="Pieterskerk")

        def event(title, parent=agenda, themes=(), **fields):
            page = factories.EventPageFactory(parent=parent, title=title, **fields)
            for theme in themes:
                page.theme_links.create(theme=theme)
            page.save_revision().publish()
            return page

        event(
            "Lezing vandaag",
            dates=[hours(at(2, 20))],
            venue=naturalis,
            themes=[nature],
            for_general_public=True,
            is_free=False,
            price="7.50",
        )
        event(
            "Webinar morgen",
            dates=[hours(at(3, 19))],
            venue=None,
            online_url="https://example.org/live",
            spoken_language="nl_en",
            for_students=True,
        )
        event(
            "Kinderochtend",
            parent=festival,
            dates=[hours(at(5, 10))],
            venue=church,
            spoken_language="none",
            for_families=True,
            wheelchair_access=True,
        )
        event(
            "English talk",
            parent=festival,
            dates=[hours(at(6, 15))],
            venue=church,
            themes=[heritage],
            spoken_language="en",
            for_researchers=True,
            hearing_loop=True,
        )
        event(
            "Reeks",
            dates=[hours(at(9, 20)), (*hours(at(16, 20)), {"status": "cancelled"})],
            venue=church,
            for_general_public=True,
        )
        event(
            "Volgend jaar",
            dates=[hours(at(45, 9), 8)],  # 14 January 2027
            venue=naturalis,
            themes=[nature],
            for_professionals=True,
            is_free=False,
            price="25",
        )
        event("Al geweest", dates=[hours(at(-10, 20))], venue=naturalis, themes=[nature])
        return {"agenda": agenda, "naturalis": naturalis, "church": church}


tree = module_fixture(build_agenda)


def visit(client, tree, query="", past=False):
    url = tree["agenda"].url + ("past/" if past else "") + (f"?{query}" if query else "")
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def titles(response):
    results = BeautifulSoup(response.content, "html.parser").select(".agenda__dates .card__title")
    return [title.get_text(strip=True) for title in results]


def notices(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(strip=True) for item in soup.select(".notice li")]


def option_label(response, name, value):
    soup = BeautifulSoup(response.content, "html.parser")
    if name == "free":
        return soup.select_one('label[for="filter-free"]').get_text(strip=True)
    return soup.select_one(f'select[name="{name}"] option[value="{value}"]').get_text(strip=True)


UPCOMING = [
    "Lezing vandaag",
    "Webinar morgen",
    "Kinderochtend",
    "English talk",
    "Reeks",
    "Reeks",
    "Volgend jaar",
]


def test_agenda_lists_upcoming_dates_in_order_with_a_series_at_each_date(client, db, tree):
    response = visit(client, tree)
    assert titles(response) == UPCOMING
    assert "7 activiteiten gevonden" in response.content.decode()
    assert notices(response) == []


def test_a_cancelled_date_stays_listed_and_says_so(client, db, tree):
    soup = BeautifulSoup(visit(client, tree).content, "html.parser")
    cancelled = soup.select(".card--cancelled .card__title")
    assert [title.get_text(strip=True) for title in cancelled] == ["Reeks"]
    assert "Geannuleerd" in soup.select_one(".card--cancelled").get_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("when=today", ["Lezing vandaag"]),
        ("when=tomorrow", ["Webinar morgen"]),
        ("when=weekend", ["Kinderochtend", "English talk"]),
        ("when=week", ["Lezing vandaag", "Webinar morgen", "Kinderochtend", "English talk"]),
        ("when=month", UPCOMING[:-1]),
        ("from=2026-12-05&to=2026-12-09", ["Kinderochtend", "English talk", "Reeks"]),
        ("from=2026-12-10", ["Reeks", "Volgend jaar"]),
        ("to=2026-12-03", ["Lezing vandaag", "Webinar morgen"]),
        ("theme=bio", ["Lezing vandaag", "Volgend jaar"]),
        ("theme=erfgoed", ["English talk"]),
        ("festival=days", ["Kinderochtend", "English talk"]),
        ("audience=families", ["Kinderochtend"]),
        ("audience=everyone", ["Lezing vandaag", "Reeks", "Reeks"]),
        ("audience=students", ["Webinar morgen"]),
        ("language=en", ["Webinar morgen", "Kinderochtend", "English talk"]),
        ("language=nl", ["Lezing vandaag", "Webinar morgen", "Reeks", "Reeks", "Volgend jaar"]),
        ("free=1", ["Webinar morgen", "Kinderochtend", "English talk", "Reeks", "Reeks"]),
        ("access=wheelchair", ["Kinderochtend"]),
        ("access=hearing-loop", ["English talk"]),
        ("access=sign-language", []),
    ],
)
def test_each_filter_alone(client, db, tree, query, expected):
    response = visit(client, tree, query)
    assert titles(response) == expected
    assert notices(response) == []


def test_venue_filter(client, db, tree):
    naturalis = tree["naturalis"].pk
    assert titles(visit(client, tree, f"venue={naturalis}")) == ["Lezing vandaag", "Volgend jaar"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("festival=days&language=en", ["Kinderochtend", "English talk"]),
        ("festival=days&language=en&access=hearing-loop", ["English talk"]),
        ("when=weekend&audience=families&free=1", ["Kinderochtend"]),
        ("theme=bio&free=1", []),
        ("when=month&language=en&free=1", ["Webinar morgen", "Kinderochtend", "English talk"]),
        ("from=2026-12-01&to=2026-12-31&theme=bio", ["Lezing vandaag"]),
        ("when=today&from=2026-12-05", []),
    ],
)
def test_filters_combine(client, db, tree, query, expected):
    assert titles(visit(client, tree, query)) == expected


def test_each_option_counts_what_it_would_give_with_the_other_filters(client, db, tree):
    response = visit(client, tree, "festival=days")
    # The other filters count within the festival...
    assert (
        option_label(response, "language", "en")
        == "Engelsvriendelijk (in het Engels of zonder taal) (2)"
    )
    assert option_label(response, "audience", "families").endswith("(1)")
    assert option_label(response, "free", "1").endswith("(2)")
    assert option_label(response, "when", "weekend").endswith("(2)")
    # ...and the festival filter counts as if no festival were chosen.
    assert option_label(response, "festival", "days").endswith("(2)")
    soup = BeautifulSoup(response.content, "html.parser")
    any_theme = soup.select_one('select[name="theme"] option[value=""]').get_text(strip=True)
    assert any_theme == "Alle thema’s (2)"


def test_an_option_that_would_give_nothing_cannot_be_chosen(client, db, tree):
    soup = BeautifulSoup(visit(client, tree, "festival=days").content, "html.parser")
    assert soup.select_one('select[name="theme"] option[value="bio"]').has_attr("disabled")
    assert not soup.select_one('select[name="theme"] option[value="erfgoed"]').has_attr("disabled")


def test_the_form_keeps_its_state_and_each_filter_can_be_removed(client, db, tree):
    response = visit(client, tree, "festival=days&language=en")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('select[name="festival"] option[selected]')["value"] == "days"
    assert soup.select_one('select[name="language"] option[selected]')["value"] == "en"
    chips = {chip.get_text(" ", strip=True): chip["href"] for chip in soup.select(".chip")}
    assert sorted(chips.values()) == ["?festival=days", "?language=en"]


def test_english_agenda_offers_the_language_filter_first(db, tree):
    agenda = tree["agenda"]
    order = {}
    for code in ("en", "nl"):
        # As its translation would be: the filters only read the agenda's locale.
        agenda.locale = Locale.objects.get(language_code=code)
        filters = AgendaFilters(QueryDict(), agenda, agenda.get_dates(), showing_past=False)
        order[code] = [item.name for item in filters.filters][:2]
    assert order == {"en": ["language", "when"], "nl": ["when", "language"]}


def test_no_results_explain_themselves_and_offer_to_clear(client, db, tree):
    soup = BeautifulSoup(visit(client, tree, "theme=bio&free=1").content, "html.parser")
    empty = soup.select_one(".empty")
    assert "Geen activiteiten" in empty.get_text()
    assert empty.select_one("a")["href"] == tree["agenda"].url


def test_archive_shows_past_dates_newest_first_and_takes_filters(client, db, tree):
    assert titles(visit(client, tree, past=True)) == ["Al geweest"]
    assert titles(visit(client, tree, "theme=bio", past=True)) == ["Al geweest"]
    assert titles(visit(client, tree, "theme=erfgoed", past=True)) == []


def test_tabs_carry_filters_but_not_the_period(client, db, tree):
    soup = BeautifulSoup(visit(client, tree, "theme=bio&when=today").content, "html.parser")
    past_link = soup.select(".tabs a")[1]["href"]
    assert past_link == tree["agenda"].url + "past/?theme=bio"


def test_pagination_keeps_the_filters(client, db, tree):
    agenda = tree["agenda"]
    for number in range(20):
        factories.EventPageFactory(
            parent=agenda, title=f"Extra {number}", dates=[hours(at(20, 10))], for_families=True
        )
    first = BeautifulSoup(visit(client, tree, "audience=families").content, "html.parser")
    assert first.select_one('a[rel="next"]')["href"] == "?audience=families&page=2"
    second = visit(client, tree, "audience=families&page=2")
    assert len(titles(second)) == 1


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("when=yesterday", "deze agenda kent geen periode “yesterday”"),
        (
            "theme=<script>alert(1)</script>",
            "deze agenda kent geen thema “<script>alert(1)</script>”",
        ),
        ("venue=999999", "deze agenda kent geen locatie “999999”"),
        ("venue=abc", "deze agenda kent geen locatie “abc”"),
        ("audience=", None),
        ("from=2026-13-45", "“2026-13-45” is geen bruikbare datum"),
        ("from=99999-01-01", "“99999-01-01” is geen bruikbare datum"),
        ("to=0001-01-01", "“0001-01-01” is geen bruikbare datum"),
        ("from=yesterday", "“yesterday” is geen bruikbare datum"),
        ("theme=" + "x" * 10_000, "de waarde voor thema in de link is te lang"),
        ("festival=%00", "deze agenda kent geen festival of reeks"),
        ("free=yes", "deze agenda kent geen prijs “yes”"),
    ],
)
def test_bad_input_shows_the_agenda_with_a_short_explanation(client, db, tree, query, notice):
    response = visit(client, tree, query)
    found = notices(response)
    if notice is None:
        assert found == []
    else:
        assert any(notice in item for item in found), found
    assert titles(response) == UPCOMING  # the bad filter is left out, nothing else changes
    assert "<script>alert" not in response.content.decode()


def test_dates_the_wrong_way_round_are_swapped(client, db, tree):
    response = visit(client, tree, "from=2026-12-06&to=2026-12-05")
    assert titles(response) == ["Kinderochtend", "English talk"]
    assert any("omgedraaid" in notice for notice in notices(response))


def test_two_values_for_one_filter_use_the_first_and_say_so(client, db, tree):
    response = visit(client, tree, "theme=bio&theme=erfgoed")
    assert titles(response) == ["Lezing vandaag", "Volgend jaar"]
    assert any("Er kan maar één thema tegelijk" in notice for notice in notices(response))


def test_the_same_value_twice_is_no_problem(client, db, tree):
    response = visit(client, tree, "theme=bio&theme=bio")
    assert titles(response) == ["Lezing vandaag", "Volgend jaar"]
    assert notices(response) == []


@pytest.mark.parametrize("page", ["99", "0", "-1", "abc", "9" * 400])
def test_a_page_past_the_end_or_not_a_page_is_a_404(client, db, tree, page):
    response = client.get(tree["agenda"].url + f"?page={page}")
    assert response.status_code == 404


def test_unknown_parameters_are_ignored(client, db, tree):
    response = visit(client, tree, "utm_source=nieuwsbrief&fbclid=abc")
    assert titles(response) == UPCOMING
    assert notices(response) == []


def test_event_page_shows_every_date_with_its_status(client, db, tree):
    series = tree["agenda"].get_children().get(title="Reeks")
    content = client.get(series.url).content.decode()
    soup = BeautifulSoup(content, "html.parser")
    items = [
        re.sub(r"\s+", " ", item.get_text(" ", strip=True)) for item in soup.select(".date-list li")
    ]
    assert len(items) == 2
    assert "woensdag 9 december 2026, 20:00 – 22:00" in items[0]
    assert "Geannuleerd" in items[1]
