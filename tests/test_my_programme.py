"""Mijn programma: a visitor's own selection of dates, carried in the address only.

The festival runs Friday 23 to Sunday 25 October 2026; the clock is fixed at 1 October 2026,
10:00 in Leiden. One session was held on 20 September, so it is past.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.http import QueryDict
from icalendar import Calendar
from wagtail.models import Locale

from stad.core.page_cache.middleware import HARMLESS_VARY
from stad.events import my_programme
from stad.events.models import EventOccurrence, Status
from tests import factories
from tests.scaffolding import count_queries, dutch_home, translate_page

LEIDEN = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 1, 10, 0, tzinfo=LEIDEN)


def at(month, day, hour, minute=0):
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=LEIDEN)


def event(parent, title, start, hours=1, **fields):
    page = factories.EventPageFactory(
        parent=parent,
        title=title,
        dates=[(start, start + datetime.timedelta(hours=hours), fields)],
    )
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def fixed_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def agenda(db):
    home = dutch_home()
    agenda = factories.EventIndexPageFactory(parent=home, slug="agenda", show_in_menus=True)
    festival = factories.FestivalPageFactory(
        parent=agenda,
        slug="dagen",
        start_date=datetime.date(2026, 10, 23),
        end_date=datetime.date(2026, 10, 25),
    )
    event(festival, "Openingslezing", at(10, 23, 20))
    event(festival, "Debat", at(10, 23, 20, 30), hours=2)  # overlaps the opening lecture
    event(festival, "Proefjes", at(10, 24, 14), status=Status.CANCELLED)
    # Moved from Saturday to Sunday morning.
    event(festival, "Wandeling", at(10, 25, 10), status=Status.POSTPONED,
          previous_start=at(10, 24, 10))  # fmt: skip
    event(agenda, "Terugblik", at(9, 20, 20))
    factories.EventPageFactory(parent=agenda, title="Geheim", live=False)
    return agenda


def date_of(title):
    return EventOccurrence.objects.get(event__title=title)


def ids(*titles):
    return ",".join(str(date_of(title).pk) for title in titles)


def programme_url(agenda, *titles):
    return f"{agenda.url}mijn-programma/?d={ids(*titles)}"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def items(page):
    return {
        item.select_one(".programme-item__title").get_text(strip=True): item
        for item in page.select(".programme-item")
    }


ALL = ("Openingslezing", "Debat", "Proefjes", "Wandeling", "Terugblik")


def test_the_chosen_dates_are_grouped_by_day_in_order(client, agenda):
    page = soup(client.get(programme_url(agenda, "Wandeling", "Debat", *ALL)))
    assert page.h1.get_text(strip=True) == "Mijn programma"
    # A printable view: the print stylesheet leaves out everything but the programme.
    (printed,) = page.select('link[rel=stylesheet][media="print"]')
    assert printed["href"].endswith("css/print.css")
    days = page.select(".my-programme__day")
    assert [day.h2.time["datetime"] for day in days] == [
        "2026-09-20", "2026-10-23", "2026-10-24", "2026-10-25",
    ]  # fmt: skip
    titles = [[title.get_text(strip=True) for title in day.select("h3")] for day in days]
    assert titles == [["Terugblik"], ["Openingslezing", "Debat"], ["Proefjes"], ["Wandeling"]]
    assert days[1].h2.get_text(strip=True) == "vrijdag 23 oktober 2026"


def test_overlapping_cancelled_moved_and_past_dates_are_flagged(client, agenda):
    shown = items(soup(client.get(programme_url(agenda, *ALL))))
    overlapping = {title for title, item in shown.items() if item.select(".status--overlap")}
    assert overlapping == {"Openingslezing", "Debat"}
    assert "Debat" in shown["Openingslezing"].select_one(".programme-item__overlap").get_text()
    overlap = shown["Openingslezing"].select_one(".programme-item__overlap")
    assert overlap.get_text(" ", strip=True) == "Overlapt met Debat"  # one sentence to translate
    assert "programme-item--cancelled" in shown["Proefjes"]["class"]
    assert shown["Proefjes"].select_one(".status--cancelled").get_text(strip=True) == "Geannuleerd"
    moved = shown["Wandeling"].select_one(".programme-item__meta").get_text(" ", strip=True)
    assert "zondag 25 oktober 2026, 10:00" in moved
    assert "zaterdag 24 oktober 2026" in moved  # when it was planned first
    past = {title for title, item in shown.items() if "programme-item--past" in item["class"]}
    assert past == {"Terugblik"}


def test_a_cancelled_date_overlaps_nothing(client, agenda):
    event(agenda, "Ook om half negen", at(10, 24, 14, 30))
    shown = items(soup(client.get(programme_url(agenda, "Proefjes", "Ook om half negen"))))
    assert not any(item.select(".status--overlap") for item in shown.values())


def test_the_english_programme_has_its_own_address(client, agenda):
    english = Locale.objects.get(language_code="en")
    home = agenda.get_parent().specific
    translate_page(home, english)
    english_agenda = translate_page(agenda, english)
    festival = agenda.get_children().get(slug="dagen").specific
    translate_page(festival, english)
    lecture = translate_page(date_of("Openingslezing").event, english)
    dutch_id = date_of("Openingslezing").pk
    english_date = lecture.occurrences.get()
    assert english_date.uid == date_of("Openingslezing").uid

    debate = date_of("Debat").pk  # its event has no English page
    url = f"{english_agenda.url}my-programme/?d={english_date.pk},{dutch_id},{debate}"
    page = soup(client.get(url, follow=True))
    assert page.h1.get_text(strip=True) == "My programme"
    assert page.html["lang"] == "en"
    assert list(items(page)) == [lecture.title]
    # The Dutch date of the lecture is its English date here; the debate is not in English.
    assert "1 date you chose is no longer available" in page.select_one(".notice").get_text()
    # Each language's words: the other language's address leads to the right one.
    wrong = client.get(f"{english_agenda.url}mijn-programma/?d={english_date.pk}")
    assert wrong.status_code == 301
    assert wrong["Location"] == f"{english_agenda.url}my-programme/?d={english_date.pk}"
    assert client.get(f"{agenda.url}my-programme/").status_code == 301
    # The English event page adds to the English programme, in English.
    (toggle,) = toggles(soup(client.get(lecture.url)))
    assert toggle["href"] == f"{english_agenda.url}my-programme/?d={english_date.pk}"
    assert toggle.get_text(strip=True).startswith("Add to my programme")


def calendar(client, agenda, *titles):
    response = client.get(f"{agenda.url}mijn-programma/ical/?d={ids(*titles)}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_the_calendar_holds_every_chosen_date_with_the_agendas_uids(client, agenda):
    chosen = calendar(client, agenda, *ALL)
    assert len(chosen.walk("VTIMEZONE")) == 1
    uids = {str(item["UID"]) for item in chosen.events}
    assert uids == {str(date_of(title).uid) for title in ALL}
    # The same entries as the agenda's own feed: a calendar that has both updates one entry.
    feed = Calendar.from_ical(client.get(agenda.url + "ical/").content)
    in_feed = {str(item["UID"]): item for item in feed.events}
    for item in chosen.events:
        same = in_feed[str(item["UID"])]
        assert item["SEQUENCE"] == same["SEQUENCE"]
        assert item.start == same.start
        assert str(item["SUMMARY"]) == str(same["SUMMARY"])
    cancelled = next(item for item in chosen.events if "Proefjes" in str(item["SUMMARY"]))
    assert cancelled["STATUS"] == "CANCELLED"
    assert str(chosen["X-WR-CALNAME"]) == "Mijn programma"


def test_a_moved_date_raises_the_sequence_in_the_programmes_calendar(client, agenda):
    page = date_of("Debat").event
    moved = page.occurrences.get()
    moved.previous_start, moved.status = moved.start, Status.POSTPONED
    moved.start += datetime.timedelta(days=1)
    moved.end += datetime.timedelta(days=1)
    page.occurrences = [moved]
    page.save_revision().publish()
    (entry,) = calendar(client, agenda, "Debat").events
    assert entry["SEQUENCE"] == 1
    assert entry.start.astimezone(LEIDEN) == at(10, 24, 20, 30)


def test_the_programme_sets_no_cookie_and_varies_on_nothing_of_the_visitor(client, agenda):
    festival = agenda.get_children().get(slug="dagen")
    for url in (
        programme_url(agenda, *ALL),
        f"{agenda.url}mijn-programma/ical/?d={ids(*ALL)}",
        f"{agenda.url}mijn-programma/",
        festival.url + f"?d={ids('Debat')}",
        date_of("Debat").event.url,
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, url
        # What every page says (a cookie would only matter if the visitor had a session).
        varies = {name.strip().lower() for name in response.get("Vary", "").split(",")}
        assert varies <= HARMLESS_VARY, url
    assert not client.cookies


def test_the_programme_is_kept_by_the_page_cache(client, agenda, page_cache):
    url = programme_url(agenda, *ALL)
    first = client.get(url)
    second = client.get(url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    other = client.get(programme_url(agenda, "Debat"))
    assert other["X-Page-Cache"] == "miss"
    assert list(items(soup(other))) == ["Debat"]


def test_an_empty_programme_says_how_to_fill_it(client, agenda):
    page = soup(client.get(f"{agenda.url}mijn-programma/"))
    assert "Je programma is nog leeg" in page.select_one(".my-programme").get_text()
    assert not page.select(".my-programme__actions")


@pytest.mark.parametrize(
    "query",
    ["d=abc", "d=-1", "d=99999999999999999999", "d=1e3", "d=%00", "d=<script>", "d=,,,",
     "d=²", "d=12&d=x&d=", "d=" + "9" * 3000, "e=1"],
)  # fmt: skip
def test_an_unreadable_address_gives_a_page_not_an_error(client, agenda, query):
    page = soup(client.get(f"{agenda.url}mijn-programma/?{query}"))
    assert page.h1.get_text(strip=True) == "Mijn programma"
    calendar_response = client.get(f"{agenda.url}mijn-programma/ical/?{query}")
    assert calendar_response.status_code == 200


def test_unknown_unpublished_and_private_dates_are_listed_as_unavailable(client, agenda):
    secret = EventOccurrence.objects.get(event__title="Geheim")
    hidden = date_of("Terugblik").event
    hidden.view_restrictions.create(restriction_type="login")
    query = f"{ids('Debat')},{secret.pk},{date_of('Terugblik').pk},999999,oops"
    page = soup(client.get(f"{agenda.url}mijn-programma/?d={query}"))
    assert list(items(page)) == ["Debat"]
    notice = page.select_one(".notice").get_text(" ", strip=True)
    assert "3 datums die je koos staan niet meer in de agenda" in notice
    assert "kon niet worden gelezen" in notice
    entries = calendar(client, agenda, "Debat").events
    response = client.get(f"{agenda.url}mijn-programma/ical/?d={query}")
    assert len(Calendar.from_ical(response.content).events) == len(entries) == 1


def test_a_programme_holds_at_most_200_dates(client, agenda):
    chosen = ids("Debat")
    query = ",".join([chosen, *(str(number) for number in range(10**6, 10**6 + 250))])
    page = soup(client.get(f"{agenda.url}mijn-programma/?d={query}"))
    assert list(items(page)) == ["Debat"]
    notice = page.select_one(".notice").get_text(" ", strip=True)
    assert "hoogstens 200 datums: 51 meer zijn weggelaten" in notice
    assert len(my_programme.read_selection(QueryDict(f"d={query}")).ids) == my_programme.MAX_DATES


def test_queries_stay_the_same_however_many_dates_are_chosen(client, agenda):
    few, response = count_queries(client, programme_url(agenda, "Debat", "Proefjes"))
    assert len(items(soup(response))) == 2
    festival = agenda.get_children().get(slug="dagen")
    for number in range(40):
        event(festival, f"Sessie {number}", at(10, 24, 9) + datetime.timedelta(minutes=number))
    many_titles = ["Debat", "Proefjes", *(f"Sessie {number}" for number in range(40))]
    many, response = count_queries(client, programme_url(agenda, *many_titles))
    assert len(items(soup(response))) == 42
    assert many == few
    few_calendar, _response = count_queries(
        client, f"{agenda.url}mijn-programma/ical/?d={ids('Debat')}"
    )
    many_calendar, _response = count_queries(
        client, f"{agenda.url}mijn-programma/ical/?d={ids(*many_titles)}"
    )
    assert many_calendar == few_calendar


# --- the controls on event and festival pages --------------------------------------------


def toggles(page):
    return page.select("a[data-programme-toggle]")


def test_an_event_page_links_its_date_into_the_programme(client, agenda):
    debate = date_of("Debat")
    page = soup(client.get(debate.event.url))
    (toggle,) = toggles(page)
    assert toggle["href"] == f"{agenda.url}mijn-programma/?d={debate.pk}"
    assert toggle.get_text(strip=True).startswith("Zet in mijn programma")
    # A selection that the address carries goes on in the link.
    page = soup(client.get(f"{debate.event.url}?d={ids('Proefjes')}"))
    (toggle,) = toggles(page)
    assert toggle["href"] == f"{agenda.url}mijn-programma/?d={ids('Proefjes', 'Debat')}"
    assert page.select_one("a[data-programme-link]")["href"].endswith(f"?d={ids('Proefjes')}")
    # A chosen date offers to remove it.
    page = soup(client.get(f"{debate.event.url}?d={ids('Proefjes', 'Debat')}"))
    (toggle,) = toggles(page)
    assert toggle["href"] == f"{agenda.url}mijn-programma/?d={ids('Proefjes')}"
    assert toggle.get_text(strip=True).startswith("Haal uit mijn programma")
    # A past date cannot be added.
    assert not toggles(soup(client.get(date_of("Terugblik").event.url)))


def test_every_date_of_a_series_has_its_own_control(client, agenda):
    series = factories.EventPageFactory(
        parent=agenda,
        title="Reeks",
        dates=[(at(11, day, 20), at(11, day, 22)) for day in (2, 9, 16)],
    )
    series.save_revision().publish()
    links = toggles(soup(client.get(series.url)))
    wanted = [f"{agenda.url}mijn-programma/?d={item.pk}" for item in series.occurrences.all()]
    assert [link["href"] for link in links] == wanted


def test_each_festival_session_has_a_control_that_keeps_the_selection(client, agenda):
    festival = agenda.get_children().get(slug="dagen")
    page = soup(client.get(f"{festival.url}?d={ids('Wandeling')}"))
    links = toggles(page)
    assert [link["data-programme-toggle"] for link in links] == [
        str(date_of("Openingslezing").pk),
        str(date_of("Debat").pk),
    ]
    assert links[0]["href"] == (
        f"{agenda.url}mijn-programma/?d={ids('Wandeling', 'Openingslezing')}"
    )
    # The links to the other days keep the selection.
    day = page.select("nav.programme-days a")[1]["href"]
    assert f"d={ids('Wandeling')}" in day
    page = soup(client.get(festival.url + day))
    saturday = [link["data-programme-toggle"] for link in toggles(page)]
    assert saturday == [str(date_of("Proefjes").pk)]


def test_the_programme_links_back_with_the_selection(client, agenda):
    page = soup(client.get(programme_url(agenda, "Debat", "Proefjes")))
    debate = items(page)["Debat"]
    assert debate.select_one("h3 a")["href"].endswith(f"?d={ids('Debat', 'Proefjes')}")
    festival = debate.select_one(".programme-item__festival a")["href"]
    assert festival == f"{agenda.url}dagen/?d={ids('Debat', 'Proefjes')}"
    remove = debate.select_one("a[data-programme-remove]")
    assert remove["href"] == f"?d={ids('Proefjes')}"
    assert page.select_one("a[data-programme-share]")["href"] == f"?d={ids('Debat', 'Proefjes')}"


def test_a_programme_follows_the_visitor_into_the_other_language(client, agenda):
    """A Dutch link opened in the English programme shows the English dates, and the language
    switcher takes the programme along instead of leaving it behind."""
    english = Locale.objects.get(language_code="en")
    translate_page(agenda.get_parent().specific, english)
    english_agenda = translate_page(agenda, english)
    translate_page(agenda.get_children().get(slug="dagen").specific, english)
    lecture = translate_page(date_of("Openingslezing").event, english).occurrences.get()
    walk = translate_page(date_of("Wandeling").event, english).occurrences.get()

    dutch = f"d={ids('Wandeling', 'Openingslezing')}"
    response = client.get(f"{english_agenda.url}my-programme/?{dutch}")
    assert response.status_code == 302  # not permanent: translations come and go
    english_address = f"{english_agenda.url}my-programme/?d={walk.pk},{lecture.pk}"
    assert response["Location"] == english_address
    english_page = soup(client.get(english_address))
    assert not english_page.select(".notice")
    switch = {link["hreflang"]: link["href"] for link in english_page.select("a[hreflang]")}
    assert switch["nl"] == f"{agenda.url}mijn-programma/?d={walk.pk},{lecture.pk}"
    back = client.get(switch["nl"])
    assert back["Location"] == f"{agenda.url}mijn-programma/?{dutch}"


def test_session_cards_pair_each_card_with_its_own_date_when_one_has_gone(rf, agenda):
    """Sessions given as stand-ins (``ReadWhenDrawn``, as lists read only when drawn) are read
    for their toggles; a date deleted since it was listed is left out rather than shifting
    every toggle onto the next card (or failing the page)."""
    from django.template import Context, Template

    from stad.core.card_cache import ReadWhenDrawn

    opening, debate = date_of("Openingslezing"), date_of("Debat")
    keys = [opening.pk, 999_999, debate.pk]
    sessions = ReadWhenDrawn(
        EventOccurrence,
        keys,
        lambda wanted: EventOccurrence.objects.filter(pk__in=wanted).order_by("start"),
    )
    request = rf.get(agenda.get_children().get(slug="dagen").url)
    html = Template("{% load event_tags %}{% session_cards sessions %}").render(
        Context({"request": request, "sessions": sessions})
    )
    page = BeautifulSoup(html, "html.parser")
    pairs = [
        (item.select_one(".card__title, h3").get_text(strip=True),
         item.select_one("a[data-programme-toggle]")["data-programme-toggle"])
        for item in page.select("li.card-list__with-toggle")
    ]  # fmt: skip
    assert pairs == [("Openingslezing", str(opening.pk)), ("Debat", str(debate.pk))]
