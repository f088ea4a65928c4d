"""Mijn programma in a real browser: sessions of a festival chosen with and without JavaScript,
kept through a reload, the same programme from the shared link in a fresh browser, its .ics
download, and no axe violations on the programme page in either language."""

import datetime
from pathlib import Path
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect
from wagtail.models import Locale

from stad.events.models import EventIndexPage, EventOccurrence
from tests import factories
from tests.browser.test_accessibility import describe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ADD = "Zet in mijn programma"
REMOVE = "Haal uit mijn programma"


@pytest.fixture
def festival(site):
    """A Dutch festival tomorrow with three sessions, added to the demo (whose dates move with
    the clock, so its own festivals may have none left to choose today)."""
    agenda = EventIndexPage.objects.live().get(locale__language_code="nl")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    festival = factories.FestivalPageFactory(
        parent=agenda, title="Proeffestival", start_date=tomorrow, end_date=tomorrow
    )
    festival.save_revision().publish()
    for hour, title in ((10, "Ochtendlezing"), (11, "Debat"), (14, "Rondleiding")):
        start = datetime.datetime.combine(
            tomorrow, datetime.time(hour), tzinfo=timezone.get_current_timezone()
        )
        session = factories.EventPageFactory(
            parent=festival, title=title, dates=[(start, start + datetime.timedelta(hours=1))]
        )
        session.save_revision().publish()
    return urljoin(site, festival.url)


def session_titles(page):
    return page.locator(".programme-item__title").all_inner_texts()


def sessions(page, toggle="button.programme-toggle"):
    """The sessions on the festival page open in ``page`` that can still be chosen."""
    return page.locator(".card-list > li").filter(has=page.locator(toggle))


def chosen_titles(page, count, toggle="button.programme-toggle"):
    """The titles of the first ``count`` sessions that can be chosen."""
    cards = sessions(page, toggle)
    return [cards.nth(index).locator(".card__title").inner_text() for index in range(count)]


def test_sessions_chosen_with_javascript_stay_and_can_be_shared(festival, page, browser):
    page.goto(festival)
    titles = chosen_titles(page, 2)
    toggles = sessions(page).locator("button.programme-toggle")
    live = page.locator("[data-programme-live]")
    for index in range(2):
        expect(toggles.nth(index)).to_contain_text(ADD)
        toggles.nth(index).click()
        expect(toggles.nth(index)).to_contain_text(REMOVE)
        # Said to screen readers, politely.
        expect(live).to_contain_text("Toegevoegd aan je programma")
    assert live.get_attribute("aria-live") == "polite"
    # The button is reached and used with the keyboard like any button.
    toggles.nth(1).focus()
    page.keyboard.press("Enter")
    expect(toggles.nth(1)).to_contain_text(ADD)
    expect(live).to_contain_text("Uit je programma gehaald")
    page.keyboard.press("Space")
    expect(toggles.nth(1)).to_contain_text(REMOVE)

    page.reload()
    toggles = sessions(page).locator("button.programme-toggle")
    expect(toggles.nth(0)).to_contain_text(REMOVE)
    expect(toggles.nth(1)).to_contain_text(REMOVE)
    # Nothing of it went to the server as a cookie.
    assert page.context.cookies() == []

    page.locator("a[data-programme-link]").click()
    page.wait_for_url("**/mijn-programma/?d=*")
    assert sorted(session_titles(page)) == sorted(titles)
    shared = page.url
    page.reload()
    assert sorted(session_titles(page)) == sorted(titles)

    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        other.goto(shared)
        assert sorted(session_titles(other)) == sorted(titles)
    finally:
        fresh.close()

    with page.expect_download() as download:
        page.locator(".my-programme__actions a[download]").click()
    calendar = Calendar.from_ical(Path(download.value.path()).read_bytes())
    assert len(calendar.walk("VTIMEZONE")) == 1
    ids = [int(item) for item in shared.split("d=")[1].split(",")]
    uids = {str(item.uid) for item in EventOccurrence.objects.filter(pk__in=ids)}
    assert {str(event["UID"]) for event in calendar.events} == uids
    assert len(calendar.events) == 2

    # Removing a date on the programme page removes it from what the browser keeps.
    page.locator("a[data-programme-remove]").first.click()
    expect(page.locator(".programme-item")).to_have_count(1)
    page.goto(festival)
    states = page.locator("button.programme-toggle").all_inner_texts()
    assert sum(REMOVE in state for state in states) == 1
    # The programme's address without a selection (a bookmark) shows the kept one.
    page.goto(urljoin(festival, "../mijn-programma/"))
    page.wait_for_url("**/mijn-programma/?d=*")
    expect(page.locator(".programme-item")).to_have_count(1)


@pytest.fixture
def page_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_sessions_chosen_without_javascript(festival, page_without_javascript, browser):
    page = page_without_javascript
    page.goto(festival)
    titles = chosen_titles(page, 2, "a.programme-toggle")
    page.locator("a.programme-toggle").first.click()
    page.wait_for_url("**/mijn-programma/?d=*")
    assert session_titles(page) == titles[:1]

    # Back to the festival, which carries the selection into its links.
    page.locator(".programme-item__festival a").first.click()
    toggles = sessions(page, "a.programme-toggle").locator("a.programme-toggle")
    expect(toggles.nth(0)).to_contain_text(REMOVE)
    expect(toggles.nth(1)).to_contain_text(ADD)
    toggles.nth(1).click()
    page.wait_for_url("**/mijn-programma/?d=*,*")
    assert sorted(session_titles(page)) == sorted(titles)
    page.reload()
    assert sorted(session_titles(page)) == sorted(titles)
    assert page.context.cookies() == []

    fresh = browser.new_context(java_script_enabled=False)
    try:
        other = fresh.new_page()
        other.goto(page.url)
        assert sorted(session_titles(other)) == sorted(titles)
    finally:
        fresh.close()


def programme_address(site, language):
    """The programme page with a few dates to come, a past one, one moved or cancelled if the
    demo has them, and an id that is no date: every state of the page."""
    locale = Locale.objects.get(language_code=language)
    dates = EventOccurrence.objects.filter(
        event__locale=locale, event__live=True, event__alias_of__isnull=True
    )
    now = timezone.now()
    chosen = list(dates.filter(end__gte=now).order_by("start").values_list("pk", flat=True)[:4])
    chosen += list(dates.filter(end__lt=now).values_list("pk", flat=True)[:1])
    chosen += list(dates.exclude(status="scheduled").values_list("pk", flat=True)[:2])
    route = {"nl": "mijn-programma", "en": "my-programme"}[language]
    agenda = EventIndexPage.objects.live().get(locale=locale).url
    return urljoin(site, f"{agenda}{route}/?d={','.join(map(str, chosen))},999999")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_programme_page_has_no_axe_violations(site, page, language):
    url = programme_address(site, language)
    response = page.goto(url)
    assert response.status == 200, url
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator(".programme-item").first).to_be_visible()
    expect(page.locator(".notice")).to_be_visible()
    results = Axe().run(page)
    report = describe("programme", url, results)
    assert results.violations_count == 0, report
    # The event pages and festival pages with their controls, too.
    page.locator(".programme-item__title a").first.click()
    results = Axe().run(page)
    assert results.violations_count == 0, describe("event", page.url, results)
