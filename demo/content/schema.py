"""The shape of the demo content: plain data, written once in Dutch and English.

The builder (``demo/builder.py``) turns these records into Dutch pages and snippets and then
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


@dataclass(frozen=True)
class Event:
    key: str
    slug: T
    title: T
    introduction: T
    body: Body
    # Dated relative to the day the demo is loaded, so the agenda always has both
    # upcoming and past events: days from today (negative = past), start time "HH:MM"
    # (Europe/Amsterdam), duration in minutes.
    days_from_today: int
    start_time: str
    duration_minutes: int
    venue: str  # venue key
    themes: list
    partners: list
    is_free: bool = True
    price: T | None = None  # when not free, e.g. T("€ 12,50", "€12.50")


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
