"""The agenda's filters: GET parameters that narrow its dates, each option with its count.

Filters live in the URL so they work without JavaScript, can be bookmarked and shared, and feed
the calendar subscription. Input is only ever matched against the options built here (never
passed to the database as typed), so odd or hostile values end in a notice, not an error.

Counts are faceted: each option counts the results it would give together with the *other*
filters in force. Filters that are not in use share one base, so a request makes one counting
query for them plus one per filter in use, however many events there are.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from stad.events.models.choices import (
    ACCESS_FEATURES,
    AUDIENCES,
    DUTCH_SPOKEN,
    ENGLISH_FRIENDLY,
)
from stad.events.models.links import EventThemeLink
from stad.events.models.occurrence import days_condition
from stad.events.models.venue import Venue
from stad.programmes.models import ThemePage

MAX_VALUE_LENGTH = 100
# Dates outside these years are typing errors; they would also overflow date arithmetic.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class Option:
    value: str
    label: str
    condition: Q
    count: int = 0
    selected: bool = False


@dataclass
class Filter:
    """One way to narrow the agenda: a GET parameter with a fixed set of options."""

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


class AgendaFilters:
    def __init__(self, params, agenda, dates, showing_past, today=None):
        self.params = params
        self.agenda = agenda
        self.dates = dates
        self.showing_past = showing_past
        self.today = today or timezone.localdate()
        self.notices = []
        self.filters = self.build_filters()
        for item in self.filters:
            item.value = self.read_choice(item)
        self.first_day, self.last_day = self.read_range()
        self._counted = False

    # Reading the request ---------------------------------------------------------------------

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
            Filter(
                "free",
                _("Price"),
                _("price"),
                [Option("1", _("Free only"), Q(event__is_free=True))],
            ),
        ]
        if not self.showing_past:
            when = Filter("when", _("When"), _("period"), self.period_options(), _("Any time"))
            filters.insert(0, when)
        # English readers come for events they can follow, so for them the language filter
        # comes first; in Dutch it follows the date.
        english = self.agenda.locale.language_code == "en"
        filters.insert(0 if english or self.showing_past else 1, language)
        return filters

    def single_value(self, name, noun):
        """The one value of a parameter, or "" with a notice if it cannot be used."""
        values = [value for value in self.params.getlist(name) if value.strip()]
        if not values:
            return ""
        if len(set(values)) > 1:
            self.notices.append(
                _("Only one %(noun)s can be chosen at a time, so the first one is used.")
                % {"noun": noun}
            )
        value = values[0].strip()
        if len(value) > MAX_VALUE_LENGTH:
            self.notices.append(
                _("Filter left out: the %(noun)s in the link is too long.") % {"noun": noun}
            )
            return ""
        return value

    def read_choice(self, item):
        value = self.single_value(item.name, item.noun)
        if not value:
            return ""
        if item.name == "when" and self.showing_past:
            return ""
        if not any(option.value == value for option in item.options):
            self.notices.append(
                _("Filter left out: there is no %(noun)s “%(value)s” in this agenda.")
                % {"noun": item.noun, "value": value[:40]}
            )
            return ""
        for option in item.options:
            option.selected = option.value == value
        return value

    def read_date(self, name):
        value = self.single_value(name, _("date"))
        if not value:
            return None
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            day = None
        if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
            self.notices.append(
                _(
                    "Date left out: “%(value)s” is not a date we can use. "
                    "Write it as year-month-day, e.g. %(example)s."
                )
                % {"value": value[:40], "example": self.today.isoformat()}
            )
            return None
        return day

    def read_range(self):
        first, last = self.read_date("from"), self.read_date("to")
        if first and last and last < first:
            self.notices.append(_("The dates were the wrong way round, so they were swapped."))
            first, last = last, first
        return first, last

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
        themes = ThemePage.objects.live().public().filter(locale_id=self.agenda.locale_id)
        # A translated event keeps links to the source theme: match on translation_key.
        return [
            Option(
                theme.slug,
                theme.title,
                Q(
                    event_id__in=EventThemeLink.objects.filter(
                        theme__translation_key=theme.translation_key
                    ).values("page_id")
                ),
            )
            for theme in themes.order_by("title")
        ]

    def festival_options(self):
        from stad.events.models.pages import FestivalPage  # the page models import this module

        festivals = FestivalPage.objects.live().public().child_of(self.agenda)
        if not self.showing_past:
            festivals = festivals.filter(end_date__gte=self.today)
        return [
            Option(festival.slug, festival.title, Q(event__path__startswith=festival.path))
            for festival in festivals.order_by("start_date", "title")
        ]

    def flag_options(self, flags):
        return [
            Option(flag.slug, str(flag.label), Q(**{f"event__{flag.field}": True}))
            for flag in flags
        ]

    def venue_options(self):
        venues = Venue.objects.filter(locale_id=self.agenda.locale_id, live=True).order_by("name")
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
        """Fill in every option's count: one query for the filters not in use, one per filter
        in use (its base leaves itself out)."""
        if self._counted:
            return
        self._counted = True
        idle = [item for item in self.filters if not item.selected]
        groups = [(idle, self.conditions())] if idle else []
        groups += [
            ([item], self.conditions(leave_out=item)) for item in self.filters if item.selected
        ]
        for items, base in groups:
            counts = {"total": Count("pk")}
            for i, item in enumerate(items):
                for j, option in enumerate(item.options):
                    counts[f"f{i}_{j}"] = Count("pk", filter=option.condition)
            figures = self.dates.filter(base).aggregate(**counts)
            for i, item in enumerate(items):
                item.total = figures["total"]
                for j, option in enumerate(item.options):
                    option.count = figures[f"f{i}_{j}"]

    @property
    def active(self):
        return bool(self.first_day or self.last_day or any(item.value for item in self.filters))

    def visible_filters(self):
        self.count_options()
        return self.filters

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
