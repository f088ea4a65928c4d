"""Dates and times in the admin as Dutch editors type them: ``10-02-2027 20:00`` or ``20.00``.

Wagtail's date widgets show values in ``WAGTAIL_DATE_FORMAT`` and friends (set to day-month-year
in the settings), but Django parses with the formats of the admin's language: an editor who works
in English would have ``10-02-2027`` refused and ``10/02/2027`` read as 2 October, and a value no
format matches gets Django's "Enter a valid date/time." without saying what is expected. These
form fields accept the same few formats in every language and say which one when they refuse.

``register()`` (run by the core app's ``ready()``) makes every DateField, DateTimeField and
TimeField of a Wagtail admin form use them: pages, snippets, inline dates and the go-live and
expiry dates Wagtail adds. That the date picker no longer replaces a value it cannot read is the
admin script ``static/js/admin/keep-typed-dates.js`` (see ``wagtail_hooks.py``).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Day-month-year first (what the widgets show); year-month-day too, because it cannot be misread
# and is what dates copied from other systems and Wagtail's own default look like.
DATE_INPUT_FORMATS = ["%d-%m-%Y", "%Y-%m-%d"]
TIME_INPUT_FORMATS = ["%H:%M", "%H.%M"]
# A date alone is midnight, as in Django: "for a whole-day event, the last day is enough".
DATETIME_INPUT_FORMATS = [
    f"{date} {time}" for date in DATE_INPUT_FORMATS for time in TIME_INPUT_FORMATS
] + DATE_INPUT_FORMATS

# What a value in one of those formats looks like, whether or not such a day or hour exists:
# text of this shape that does not parse is an impossible date (31-02) or time (25:00).
_DATE_SHAPE = r"(\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})"
_TIME_SHAPE = r"\d{1,2}[:.]\d{1,2}"


class DutchTemporalMixin:
    """Parses typed text only with ``input_formats`` (Django's DateTimeField also tries ISO 8601
    in any variant first), and tells an impossible date from text in another format."""

    dutch_input_formats = []
    shape = None
    placeholder = ""

    def __init__(self, **kwargs):
        kwargs["input_formats"] = self.dutch_input_formats
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        # The expected format in the empty field; also reaches widgets that Wagtail's panels pass
        # in themselves (the go-live and expiry dates).
        return {**super().widget_attrs(widget), "placeholder": self.placeholder}

    def to_python(self, value):
        if isinstance(value, str) and value.strip():
            value = self.parse_typed(value.strip())
        return super().to_python(value)

    def parse_typed(self, text):
        for input_format in self.input_formats:
            try:
                return self.strptime(text, input_format)
            except ValueError:
                continue
        code = "nonexistent" if re.fullmatch(self.shape, text) else "invalid"
        raise ValidationError(self.error_messages[code], code=code, params={"value": text})


class DutchDateField(DutchTemporalMixin, forms.DateField):
    dutch_input_formats = DATE_INPUT_FORMATS
    shape = _DATE_SHAPE
    placeholder = _("dd-mm-yyyy")
    default_error_messages = {
        "invalid": _("Enter a date as 10-02-2027 (day-month-year)."),
        "nonexistent": _("The date %(value)s does not exist; check the day and the month."),
    }


class DutchDateTimeField(DutchTemporalMixin, forms.DateTimeField):
    dutch_input_formats = DATETIME_INPUT_FORMATS
    shape = rf"{_DATE_SHAPE}(\s+{_TIME_SHAPE})?"
    placeholder = _("dd-mm-yyyy hh:mm")
    default_error_messages = {
        "invalid": _("Enter a date and time as 10-02-2027 20:00 (day-month-year hour:minutes)."),
        "nonexistent": _(
            "The date or time %(value)s does not exist; check the day, the month and the time."
        ),
        "clock_change": _(
            "%(value)s falls in the hour the clocks are changed, so it does not exist or exists "
            "twice; choose a time before or after it."
        ),
    }

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            # Django's own message names the time zone in English and shows the time in ISO.
            if error.code != "ambiguous_timezone":
                raise
            raise ValidationError(
                self.error_messages["clock_change"],
                code="clock_change",
                params={"value": value.strip() if isinstance(value, str) else value},
            ) from error


class DutchTimeField(DutchTemporalMixin, forms.TimeField):
    dutch_input_formats = TIME_INPUT_FORMATS
    shape = _TIME_SHAPE
    placeholder = _("hh:mm")
    default_error_messages = {
        "invalid": _("Enter a time as 20:00 (hour:minutes)."),
        "nonexistent": _("The time %(value)s does not exist; check the hour and the minutes."),
    }


def register():
    """Every date and time field of a Wagtail admin form gets the Dutch field, with Wagtail's
    widget (its date picker, showing ``WAGTAIL_*_FORMAT``)."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

    for model_field, form_field, widget in [
        (models.DateField, DutchDateField, AdminDateInput),
        (models.DateTimeField, DutchDateTimeField, AdminDateTimeInput),
        (models.TimeField, DutchTimeField, AdminTimeInput),
    ]:
        register_form_field_override(
            model_field, override={"form_class": form_field, "widget": widget}
        )
