"""In Chromium, the admin's date picker keeps what an editor typed, and the server says what is
wrong with it (issue 17: "10 februari 2027" used to become the current date and time)."""

import re
from urllib.parse import urljoin

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.users.models import UserProfile

from stad.events.models import EventPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, site):
    """A superuser's session in the browser, with the admin in Dutch (else Chromium's
    Accept-Language picks English)."""
    user = get_user_model().objects.create_superuser("datum-editor", "datum@example.org", None)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": site}])


def open_first_date(page, site):
    event = EventPage.objects.filter(locale__language_code="nl").order_by("pk").first()
    page.goto(urljoin(site, f"/admin/pages/{event.pk}/edit/"))
    return page.locator("input[name='occurrences-0-start']")


@pytest.mark.parametrize("typed", ["10-02-2031 20.00", "10 februari 2031", "31-02-2031 20:00"])
def test_a_typed_date_stays_as_typed_when_the_field_loses_focus(site, page, typed):
    sign_in(page, site)
    start = open_first_date(page, site)
    start.click()  # opens the picker, as an editor's click does
    start.fill(typed)
    page.keyboard.press("Tab")
    page.locator("input[name='occurrences-0-end']").click()
    page.wait_for_timeout(300)  # the picker's blur handler ran (it replaced the value at once)
    assert start.input_value() == typed


def test_a_date_chosen_in_the_calendar_reads_the_dutch_way(site, page):
    sign_in(page, site)
    start = open_first_date(page, site)
    start.click()
    days = page.locator(".xdsoft_datetimepicker:visible .xdsoft_date:not(.xdsoft_disabled)")
    days.nth(10).click()
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", start.input_value())


def test_a_date_in_words_is_refused_on_saving_with_a_dutch_message(site, page):
    sign_in(page, site)
    start = open_first_date(page, site)
    start.fill("10 februari 2031")
    page.keyboard.press("Tab")
    page.locator("form#page-edit-form button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    message = "Vul een datum en tijd in als 10-02-2027 20:00 (dag-maand-jaar uur:minuten)."
    assert page.get_by_text(message).is_visible()
    assert page.locator("input[name='occurrences-0-start']").input_value() == "10 februari 2031"
