"""Dates in the admin as Dutch editors type them; anything else is refused with a message."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from stad.core.dutch_dates import DutchDateField, DutchDateTimeField, DutchTimeField
from stad.events.models import EventPage
from tests.test_admin import add_event, event_form

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
NEW_EVENT_SLUG = "science-cafe-stad-als-laboratorium"  # the slug event_form posts


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def new_event_dates():
    event = EventPage.objects.get(slug=NEW_EVENT_SLUG, locale__language_code="nl")
    return [(item.start, item.end) for item in event.occurrences.all()]


def errors_on_the_first_date(response):
    return response.context["form"].formsets["occurrences"].forms[0].errors


@pytest.mark.parametrize("start", ["10-02-2031 20:00", "10-02-2031 20.00", "2031-02-10 20:00"])
def test_a_typed_date_is_stored_as_dutch_time(editor_client, site_tree, start):
    data = event_form(site_tree, [(start, "10-02-2031 22.00", "scheduled", "")])
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 302, response.context["form"].errors
    assert new_event_dates() == [
        (
            datetime.datetime(2031, 2, 10, 20, 0, tzinfo=AMSTERDAM),
            datetime.datetime(2031, 2, 10, 22, 0, tzinfo=AMSTERDAM),
        )
    ]


def test_a_whole_day_may_be_typed_without_a_time(editor_client, site_tree):
    data = event_form(site_tree, [("10-02-2031", "12-02-2031", "scheduled", "")])
    data["occurrences-0-all_day"] = "on"
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 302, response.context["form"].errors
    [(start, end)] = new_event_dates()
    assert timezone.localtime(start).date() == datetime.date(2031, 2, 10)
    assert timezone.localtime(end).date() == datetime.date(2031, 2, 12)


CLOCK_CHANGE = (
    "30-03-2031 02:30 valt in het uur waarin de klok wordt verzet, dus die tijd bestaat niet of "
    "twee keer; kies een tijd ervoor of erna."
)
FORMAT = "Vul een datum en tijd in als 10-02-2027 20:00 (dag-maand-jaar uur:minuten)."


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (
            "31-02-2031 20:00",
            "De datum of tijd 31-02-2031 20:00 bestaat niet; kijk de dag, de maand en de tijd na.",
        ),
        (
            "10-02-2031 25:00",
            "De datum of tijd 10-02-2031 25:00 bestaat niet; kijk de dag, de maand en de tijd na.",
        ),
        ("10 februari 2031", FORMAT),
        # An English-language admin would read this as 2 October without these fields.
        ("10/02/2031 20:00", FORMAT),
        ("20:00", FORMAT),
        ("30-03-2031 02:30", CLOCK_CHANGE),
    ],
)
def test_anything_else_is_refused_with_a_dutch_message(editor_client, site_tree, start, message):
    data = event_form(site_tree, [(start, "10-02-2031 22:00", "scheduled", "")])
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 200
    assert errors_on_the_first_date(response)["start"] == [message]
    assert not EventPage.objects.filter(slug=NEW_EVENT_SLUG).exists()


def test_an_editor_working_in_english_types_the_same_dates(editor, editor_client, site_tree):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    good = event_form(site_tree, [("10-02-2031 20:00", "10-02-2031 22:00", "scheduled", "")])
    assert add_event(editor_client, site_tree, good).status_code == 302
    assert new_event_dates()[0][0] == datetime.datetime(2031, 2, 10, 20, 0, tzinfo=AMSTERDAM)

    EventPage.objects.filter(slug=NEW_EVENT_SLUG).delete()
    bad = event_form(site_tree, [("02/10/2031 20:00", "10-02-2031 22:00", "scheduled", "")])
    response = add_event(editor_client, site_tree, bad)
    assert response.status_code == 200
    english = "Enter a date and time as 10-02-2027 20:00 (day-month-year hour:minutes)."
    assert english in response.content.decode()


def test_the_edit_form_shows_a_stored_date_the_dutch_way(editor_client, site_tree):
    event = site_tree["EventPage"]["nl"]
    first = event.occurrences.first()
    page = Page.objects.get(pk=event.pk)
    page.go_live_at = datetime.datetime(2031, 2, 10, 9, 5, tzinfo=AMSTERDAM)
    page.save(update_fields=["go_live_at"])

    response = editor_client.get(f"/admin/pages/{event.pk}/edit/")
    html = BeautifulSoup(response.content, "html.parser")
    start = html.find("input", attrs={"name": "occurrences-0-start"})
    assert start["value"] == timezone.localtime(first.start).strftime("%d-%m-%Y %H:%M")
    assert start["placeholder"] == "dd-mm-jjjj uu:mm"
    go_live = html.find("input", attrs={"name": "go_live_at"})
    assert go_live["value"] == "10-02-2031 09:05"
    assert go_live["placeholder"] == "dd-mm-jjjj uu:mm"
    # The picker is told the same format, so a date chosen in its calendar reads the same.
    assert '"format": "d-m-Y H:i"' in response.content.decode()


def test_the_admin_keeps_the_picker_from_replacing_typed_dates(editor_client, site_tree):
    html = editor_client.get("/admin/").content.decode()
    picker = html.index("wagtailadmin/js/vendor/jquery.datetimepicker.js")
    assert html.index("js/admin/keep-typed-dates.js") > picker


def date_fields(form_class):
    """(name, form field) of every date and time field of an admin form and its inline forms."""
    for name, field in form_class.base_fields.items():
        if isinstance(field, forms.DateField | forms.DateTimeField | forms.TimeField):
            yield name, field
    for formset in getattr(form_class, "formsets", {}).values():
        yield from date_fields(formset.form)


def admin_forms():
    """(model label, form class) of every page type and snippet, as the admin builds them."""
    for model in apps.get_models():
        if issubclass(model, Page) and model._meta.app_label != "wagtailcore":
            yield model._meta.label, model.get_edit_handler().get_form_class()
    for model in get_snippet_models():
        yield model._meta.label, model.snippet_viewset.get_edit_handler().get_form_class()


def test_every_date_field_in_the_admin_takes_dutch_dates():
    dutch = (DutchDateField, DutchDateTimeField, DutchTimeField)
    fields = {
        (label, name): isinstance(field, dutch)
        for label, form_class in admin_forms()
        for name, field in date_fields(form_class)
    }
    # Our own fields, an inline date and Wagtail's go-live date. (Our snippets have no date
    # fields today; they are in the loop for the day one gets one.)
    for expected in [
        ("events.EventPage", "start"),
        ("events.FestivalPage", "start_date"),
        ("home.NewsPage", "date"),
        ("events.EventPage", "go_live_at"),
    ]:
        assert expected in fields
    assert [name for name, is_dutch in fields.items() if not is_dutch] == []


@pytest.mark.parametrize(
    ("field", "typed", "value"),
    [
        (DutchDateField(), "10-02-2031", datetime.date(2031, 2, 10)),
        (DutchDateField(), "2031-02-10", datetime.date(2031, 2, 10)),
        (DutchTimeField(), "20.00", datetime.time(20, 0)),
        (DutchTimeField(), " 9:05 ", datetime.time(9, 5)),
    ],
)
def test_dates_and_times_alone(field, typed, value):
    assert field.clean(typed) == value


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        (DutchDateField(), "31-02-2031", "De datum 31-02-2031 bestaat niet;"),
        (DutchDateField(), "10 februari 2031", "Vul een datum in als 10-02-2027 (dag-maand-jaar)."),
        (DutchDateField(), "10-02-31", "Vul een datum in als 10-02-2027 (dag-maand-jaar)."),
        (DutchTimeField(), "24:00", "De tijd 24:00 bestaat niet;"),
        (DutchTimeField(), "acht uur", "Vul een tijd in als 20:00 (uur:minuten)."),
    ],
)
def test_dates_and_times_alone_are_refused_with_a_dutch_message(field, typed, message):
    with pytest.raises(forms.ValidationError) as refused:
        field.clean(typed)
    assert refused.value.messages[0].startswith(message)


def test_wagtails_date_filters_read_the_dates_the_admin_shows_in_english_too(editor, client):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    history = "/admin/reports/site-history/"
    good = client.get(history, {"timestamp_from": "10-02-2031", "timestamp_to": "12-02-2031"})
    assert good.context["filters"].form.errors == {}
    bad = client.get(history, {"timestamp_from": "02/10/2031"})
    assert "timestamp" in bad.context["filters"].form.errors
