"""The agenda's filters: GET parameters that narrow its dates, each option with its count.

Filters live in the URL so they work without JavaScript, can be bookmarked and shared, and feed
the calendar subscription. The parameters are read by a Django form, ``AgendaForm``, whose fields
are built from the filters: a choice is only ever matched against the options built here (never
passed to the database as typed), so odd or hostile values end in a notice, not an error.

Counts are faceted: each option counts the results it would give together with the *other*
filters in force. Filters that are not in use share one base, each filter in use has a base that
leaves itself out, and every option of every base is counted in one query with conditional
aggregation (``COUNT(...) FILTER (WHERE ...)``), however many events and filters there are
(``filter_counts``, which also keeps the figures for the pages built after this one).

Why not a django-filter ``FilterSet``: its filters narrow one queryset, while the agenda needs
each option as a condition of its own, to count every option in one aggregate query.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from stad.events import filter_counts
from stad.events.models.accessibility import feature_condition
from stad.events.models.choices import (
    ACCESS_FEATURES,
    AUDIENCES,
    DUTCH_SPOKEN,
    ENGLISH_FRIENDLY,
)
from stad.events.models.links import EventThemeLink
from stad.events.models.occurrence import days_condition
from stad.events.venue_choices import venue_choices
from stad.programmes.models.links import page_ids_linked_to
from stad.programmes.theme_choices import theme_choices

MAX_VALUE_LENGTH = 100
# Dates outside these years are typing errors; they would also overflow date arithmetic.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class Option:
    value: str
    label: str
    # Its condition, or a function that makes it when it costs to make (a subquery): most
    # agenda pages take their counts from kept figures and need only the chosen option's.
    where: Q | Callable[[], Q]
    count: int = 0
    selected: bool = False

    @cached_property
    def condition(self):
        return self.where() if callable(self.where) else self.where


@dataclass
class Filter:
    """One way to narrow the agenda: a GET parameter with a fixed set of options, as a select.

    Each kind of filter names the template of its own form widget, so the form draws every
    filter without asking which one it is.
    """

    template_name: ClassVar[str] = "events/filters/select.html"

    name: str  # the GET parameter
    label: str  # as in "Theme", for the form
    noun: str  # as in "theme", for notices
    options: list = field(default_factory=list)
    any_label: str = ""  # the "no choice" option of a select
    hide_empty: bool = False  # long lists (venues) only show options that give results
    value: str = ""
    total: int = 0  # results with the other filters only: the count of "any"

    @property
    def selected(self):
        return next((option for option in self.options if option.value == self.value), None)

    @property
    def shown_options(self):
        if not self.hide_empty:
            return self.options
        return [option for option in self.options if option.count or option.selected]

    def form_field(self):
        choices = [(option.value, option.label) for option in self.options]
        return FilterChoiceField(self.noun, choices=choices)

    def choose(self, value):
        self.value = value
        for option in self.options:
            option.selected = option.value == value


@dataclass
class PeriodFilter(Filter):
    """Ready-made periods ("this weekend"), with any two days as a custom period next to them."""

    template_name: ClassVar[str] = "events/filters/period.html"


@dataclass
class CheckboxFilter(Filter):
    """A filter with one option that is on or off, such as "free only": a checkbox."""

    template_name: ClassVar[str] = "events/filters/checkbox.html"

    @property
    def option(self):
        return self.options[0]


@dataclass
class DateRange:
    """Any two days, as two date inputs."""

    template_name: ClassVar[str] = "events/filters/date_range.html"

    legend: str
    first_day: datetime.date | None = None
    last_day: datetime.date | None = None


# Reading the request -------------------------------------------------------------------------


def checked_length(value, noun):
    if len(value) > MAX_VALUE_LENGTH:
        raise ValidationError(
            _("Filter left out: the %(noun)s in the link is too long.") % {"noun": noun},
            code="too_long",
        )
    return value


class FilterChoiceField(forms.ChoiceField):
    """One option of a filter, by its value; an unknown value names what was asked for."""

    def __init__(self, noun, **kwargs):
        super().__init__(required=False, **kwargs)
        self.noun = noun

    def to_python(self, value):
        return checked_length(super().to_python(value), self.noun)

    def validate(self, value):
        if value and not self.valid_value(value):
            raise ValidationError(
                _("Filter left out: there is no %(noun)s “%(value)s” in this agenda.")
                % {"noun": self.noun, "value": value[:40]},
                code="invalid_choice",
            )


class AgendaDateField(forms.DateField):
    """A day written as year-month-day, within the years an agenda can hold."""

    def __init__(self, example, **kwargs):
        super().__init__(required=False, **kwargs)
        self.noun = _("date")
        self.example = example

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = checked_length(value, self.noun)
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            day = None
        if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValidationError(
                _(
                    "Date left out: “%(value)s” is not a date we can use. "
                    "Write it as year-month-day, e.g. %(example)s."
                )
                % {"value": value[:40], "example": self.example.isoformat()},
                code="invalid",
            )
        return day


class AgendaForm(forms.Form):
    """The agenda's GET parameters, checked: one field per filter, plus the days ``from`` and
    ``to``. The form never turns the agenda down: a value it cannot use is left out of
    ``cleaned_data`` and explained in ``notices``, and the other filters still apply.
    """

    def __init__(self, params, filters, today):
        fields = {item.name: item.form_field() for item in filters}
        fields["from"] = AgendaDateField(today)
        fields["to"] = AgendaDateField(today)
        self.repeated = {}  # notices about parameters given more than once, per field
        self.warnings = []  # changes made to usable input, such as swapped dates
        super().__init__(self.one_value_each(params, fields))
        self.fields.update(fields)

    def one_value_each(self, params, fields):
        """The first non-blank value of each parameter; a form field takes one value."""
        data = {}
        for name, form_field in fields.items():
            getlist = getattr(params, "getlist", None)
            given = getlist(name) if getlist else [params.get(name, "")]
            values = [value for value in given if value and value.strip()]
            if not values:
                continue
            if len(set(values)) > 1:
                self.repeated[name] = [
                    _("Only one %(noun)s can be chosen at a time, so the first one is used.")
                    % {"noun": form_field.noun}
                ]
            data[name] = values[0].strip()
        return data

    def clean(self):
        cleaned_data = super().clean()
        first, last = cleaned_data.get("from"), cleaned_data.get("to")
        if first and last and last < first:
            self.warnings.append(_("The dates were the wrong way round, so they were swapped."))
            cleaned_data["from"], cleaned_data["to"] = last, first
        return cleaned_data

    @property
    def notices(self):
        """What was left out or changed, in the order of the form's fields."""
        notices = []
        for name in self.fields:
            notices += self.repeated.get(name, [])
            notices += self.errors.get(name, [])
        return notices + self.warnings


class AgendaFilters:
    def __init__(self, params, agenda, dates, showing_past, today=None, request=None):
        """``request``: the visit, when figures and options may be kept between the pages
        built in one generation of the page cache (see ``count_options``)."""
        self.request = request
        self.agenda = agenda
        self.dates = dates
        self.showing_past = showing_past
        self.today = today or timezone.localdate()
        self.filters = self.build_filters()
        self.form = AgendaForm(params, self.filters, self.today)
        self.form.is_valid()  # cleans what can be used; the rest becomes a notice
        for item in self.filters:
            item.choose(self.form.cleaned_data.get(item.name, ""))
        self.first_day = self.form.cleaned_data.get("from")
        self.last_day = self.form.cleaned_data.get("to")
        self.notices = self.form.notices
        # In the archive the two days stand alone; upcoming, they follow the ready-made periods.
        self.date_range = DateRange(
            _("Between") if showing_past else _("Or between"), self.first_day, self.last_day
        )
        self._counted = False
        self.first_keys = None  # the first keys of the list, when kept (``count_options``)

    def build_filters(self):
        language = Filter(
            "language",
            _("Spoken language"),
            _("language"),
            self.language_options(),
            any_label=_("Any language"),
        )
        filters = [
            Filter("theme", _("Theme"), _("theme"), self.theme_options(), _("All themes")),
            Filter(
                "festival",
                _("Festival or series"),
                _("festival or series"),
                self.festival_options(),
                _("All festivals and series"),
            ),
            Filter(
                "audience",
                _("Who is it for"),
                _("audience"),
                self.flag_options(AUDIENCES),
                _("Everyone"),
            ),
            Filter(
                "access",
                _("Accessibility"),
                _("accessibility feature"),
                self.flag_options(ACCESS_FEATURES),
                _("No preference"),
            ),
            Filter(
                "venue",
                _("Venue"),
                _("venue"),
                self.venue_options(),
                _("All venues"),
                hide_empty=True,
            ),
            CheckboxFilter(
                "free",
                _("Price"),
                _("price"),
                [Option("1", _("Free only"), Q(event__is_free=True))],
            ),
        ]
        if not self.showing_past:
            when = PeriodFilter(
                "when", _("When"), _("period"), self.period_options(), _("Any time")
            )
            filters.insert(0, when)
        # English readers come for events they can follow, so for them the language filter
        # comes first; in Dutch it follows the date.
        english = self.agenda.locale.language_code == "en"
        filters.insert(0 if english or self.showing_past else 1, language)
        return filters

    @property
    def widgets(self):
        """What the filter form shows, in order: each names its own template."""
        if self.showing_past:
            return [self.date_range, *self.filters]
        return self.filters

    # Options -------------------------------------------------------------------------------

    def period_options(self):
        today = self.today
        tomorrow = today + datetime.timedelta(days=1)
        sunday = today + datetime.timedelta(days=6 - today.weekday())
        saturday = max(today, sunday - datetime.timedelta(days=1))
        next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        periods = [
            ("today", _("Today"), today, today),
            ("tomorrow", _("Tomorrow"), tomorrow, tomorrow),
            ("weekend", _("This weekend"), saturday, sunday),
            ("week", _("This week"), today, sunday),
            ("month", _("This month"), today, next_month - datetime.timedelta(days=1)),
        ]
        return [
            Option(value, label, days_condition(first, last))
            for value, label, first, last in periods
        ]

    def language_options(self):
        return [
            Option(
                "en",
                _("English-friendly (in English or no language needed)"),
                Q(event__spoken_language__in=ENGLISH_FRIENDLY),
            ),
            Option("nl", _("In Dutch"), Q(event__spoken_language__in=DUTCH_SPOKEN)),
        ]

    def theme_options(self):
        themes = theme_choices(self.request, self.agenda.locale.language_code)
        return [
            Option(
                theme.slug,
                theme.title,
                lambda theme=theme: Q(event_id__in=page_ids_linked_to(theme, EventThemeLink)),
            )
            for theme in themes
        ]

    def festival_options(self):
        # Shared with the agenda's list of festivals.
        festivals = self.agenda.festival_facts(self.request)
        if not self.showing_past:
            festivals = [festival for festival in festivals if festival.end_date >= self.today]
        return [
            Option(festival.slug, festival.title, Q(event__path__startswith=festival.path))
            for festival in festivals
        ]

    def flag_options(self, flags):
        """Each flag as the events show it: a place feature their venue's, unless they differ."""
        return [
            Option(flag.slug, str(flag.label), feature_condition(flag, "event__")) for flag in flags
        ]

    def venue_options(self):
        venues = venue_choices(self.request, self.agenda.locale_id)
        return [
            Option(
                str(venue.pk), venue.name, Q(event__venue__translation_key=venue.translation_key)
            )
            for venue in venues
        ]

    # Results and counts --------------------------------------------------------------------

    def range_condition(self):
        if not (self.first_day or self.last_day):
            return Q()
        return days_condition(
            self.first_day or datetime.date(FIRST_YEAR, 1, 1),
            self.last_day or datetime.date(LAST_YEAR, 12, 31),
        )

    def conditions(self, leave_out=None):
        condition = self.range_condition()
        for item in self.filters:
            if item is not leave_out and item.selected:
                condition &= item.selected.condition
        return condition

    def results(self):
        return self.dates.filter(self.conditions())

    def count_options(self):
        """Fill in every option's count, ``results_count`` and ``first_keys``, in one query
        (``filter_counts``)."""
        if not self._counted:
            self._counted = True
            filter_counts.count(self)

    @property
    def active(self):
        return bool(self.first_day or self.last_day or any(item.value for item in self.filters))

    # Links ---------------------------------------------------------------------------------

    def query(self, leave_out=None, keep_period=True):
        pairs = [
            (item.name, item.value)
            for item in self.filters
            if item.value and item.name != leave_out and (keep_period or item.name != "when")
        ]
        for name, day in (("from", self.first_day), ("to", self.last_day)):
            if day and name != leave_out:
                pairs.append((name, day.isoformat()))
        return urlencode(pairs)

    def active_filters(self):
        """(label, link without it) for each filter in force, so each can be undone."""
        chips = [
            (f"{item.label}: {item.selected.label}", self.query(leave_out=item.name))
            for item in self.filters
            if item.selected
        ]
        if self.first_day:
            chips.append(
                (
                    _("From %(day)s") % {"day": date_format(self.first_day, "j F Y")},
                    self.query("from"),
                )
            )
        if self.last_day:
            chips.append(
                (
                    _("Until %(day)s") % {"day": date_format(self.last_day, "j F Y")},
                    self.query("to"),
                )
            )
        return chips

    def archive_query(self):
        """The filters as they carry over between the upcoming and past lists."""
        return self.query(keep_period=False)

    def feed_name(self):
        labels = [item.selected.label for item in self.filters if item.selected]
        return " · ".join([self.agenda.title, *labels])
