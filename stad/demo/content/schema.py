"""The shape of the demo content: plain data, written once in Dutch and English.

The builder (``stad/demo/builder.py``) turns these records into Dutch pages and snippets and then
into their English translations through wagtail-localize, so every English string here becomes a
real translation segment that editors can keep editing in the admin.

Facts come from ``shared/seeds/jaarstukken-2023-kennisstad.txt``; every sentence is our own.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class T:
    """One piece of text in both languages."""

    nl: str
    en: str


def dutch_only(text):
    """Text of the one page the demo leaves untranslated on purpose (it has no English)."""
    return T(text, "")


# A body is a list of blocks, each a (block type, value) pair:
#   ("heading", T)                                  a section heading (h2)
#   ("paragraph", T)                                one plain paragraph, no markup
#   ("quote", Quote)                                a pull quote
#   ("key_figures", [KeyFigure, ...])               2-4 facts with a number
Body = list


@dataclass(frozen=True)
class Quote:
    text: T
    attribution: T


@dataclass(frozen=True)
class KeyFigure:
    figure: str  # language-neutral, e.g. "4", "2023", "3 jaar" is NOT allowed: keep it a number
    label: T


@dataclass(frozen=True)
class Partner:
    key: str  # stable identifier used by the other records, e.g. "universiteit-leiden"
    name: T
    description: T  # one or two sentences
    website: str  # the partner's public homepage


@dataclass(frozen=True)
class Venue:
    key: str
    name: T
    street: str  # street and number
    postcode: str
    city: str
    latitude: float
    longitude: float
    accessibility: T  # one sentence on step-free access, toilets, etc. (plausible, modest)
    # The place's features, as slugs (``events.models.choices.VENUE_FEATURES``): "wheelchair",
    # "hearing-loop". An event there shows them unless its own ticks differ.
    access: list = field(default_factory=list)


@dataclass(frozen=True)
class Theme:
    key: str  # "health", "biodiversity", "heritage"
    slug: T
    title: T
    introduction: T  # one or two sentences
    body: Body


@dataclass(frozen=True)
class Programme:
    """A flagship programme (ProgrammePage) or a partner network (NetworkPage)."""

    key: str
    slug: T
    title: T
    introduction: T
    body: Body
    themes: list  # theme keys, at least one
    partners: list  # partner keys
    website: str = ""


# The statuses of one date, as ``events.models.Status`` names them.
DATE_STATUSES = ("scheduled", "sold_out", "postponed", "cancelled")


@dataclass(frozen=True)
class When:
    """One date of an event, counted from the day the demo is loaded.

    Relative dates keep the agenda full of both past and upcoming events whenever it is loaded.
    Give exactly one of ``days_from_today`` (negative = past) and ``days_from_sunday``: days
    from the coming Sunday (today, on a Sunday), for a date that must fall in the agenda's
    "this weekend" whatever the weekday of loading.
    """

    days_from_today: int | None = None
    days_from_sunday: int | None = None
    start_time: str = "20:00"  # "HH:MM", Dutch time
    duration_minutes: int = 90
    status: str = "scheduled"  # one of DATE_STATUSES
    # Only for a postponed date, which is then on its new day: the day it was planned first
    # (counted like the new day, at the same time).
    moved_from_days: int | None = None
    all_day: bool = False  # from 00:00 to 23:59; start time and duration are ignored

    def __post_init__(self):
        if (self.days_from_today is None) == (self.days_from_sunday is None):
            raise ValueError("Give exactly one of days_from_today and days_from_sunday.")
        if self.status not in DATE_STATUSES:
            raise ValueError(f"Unknown date status {self.status!r}")
        if (self.status == "postponed") != (self.moved_from_days is not None):
            raise ValueError("A postponed date, and only that, says where it moved from.")


@dataclass(frozen=True)
class Event:
    key: str
    slug: T
    title: T
    introduction: T
    body: Body
    dates: list  # When records, at least one; a series has one per session
    themes: list
    partners: list
    # Where: a venue key, an online link, or both for a hybrid event.
    venue: str | None = None
    online_url: str = ""
    spoken_language: str = "nl"  # "nl", "en", "nl_en" or "none" (no language needed)
    # Slugs as the agenda's filter links use them (``events.models.AUDIENCES`` and
    # ``ACCESS_FEATURES``): "everyone", "families", "pupils", "students", "researchers",
    # "professionals"; "wheelchair", "hearing-loop", "sign-language", "low-stimulus".
    audiences: list = field(default_factory=list)
    access: list = field(default_factory=list)
    price: str = ""  # full price in euros, e.g. "7.50"; empty for a free event
    price_note: T | None = None  # e.g. T("Studenten € 5", "Students €5")
    ticket_url: str = ""
    registration_required: bool = False

    def __post_init__(self):
        if not self.dates:
            raise ValueError(f"Event {self.key!r} has no dates.")
        if not self.venue and not self.online_url:
            raise ValueError(f"Event {self.key!r} needs a venue, an online link or both.")
        if not self.audiences:
            raise ValueError(f"Event {self.key!r} says nothing about who it is for.")


@dataclass(frozen=True)
class Festival:
    key: str
    slug: T
    title: T
    introduction: T
    body: Body
    days_from_today: int  # first day of this edition
    length_days: int
    partners: list
    events: list = field(default_factory=list)  # Event records held by this festival


@dataclass(frozen=True)
class News:
    key: str
    slug: T
    title: T
    introduction: T
    body: Body
    date: str  # ISO date of publication, in 2023 or early 2024
    themes: list
    partners: list


@dataclass(frozen=True)
class StandardPage:
    key: str  # "about", "accessibility", "privacy", "partners"
    slug: T
    title: T
    introduction: T
    body: Body


@dataclass(frozen=True)
class FooterLink:
    page: str  # the key of a StandardPage record, e.g. "accessibility"


@dataclass(frozen=True)
class SocialLink:
    text: T
    url: str


@dataclass(frozen=True)
class SiteChrome:
    """The header and footer of every page (``home.SiteChrome``), one per language."""

    site_name: T
    tagline: T
    footer_text: T
    footer_links: list[FooterLink]
    contact_email: str = ""
    contact_phone: str = ""
    contact_address: T | None = None
    social_links: list[SocialLink] = field(default_factory=list)
