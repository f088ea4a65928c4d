"""iCalendar output: one event's dates, a festival's programme, or a filtered agenda feed.

Every date is its own VEVENT whose UID is the date's ``uid``: the same in Dutch and English and
through every edit, so a calendar that imported or subscribed to it updates the entry in place
(helped by SEQUENCE) instead of adding a second one.

**The bound.** A subscriber of a city agenda needs what is coming up and the recent changes,
not the archive. Every feed (the agenda, its filtered variants, a festival, one event) holds:

- the dates that ended at most ``PAST_DAYS`` (30) days ago, so a late cancellation or move
  still reaches calendars that imported them, up to the dates that start within
  ``AHEAD_DAYS`` (365) days from now;
- at most ``MAX_ENTRIES`` (1,000) of them, soonest first: when a feed has more, the dates
  furthest ahead are left out, and they come in as time passes. (Cutting the soonest would drop
  exactly the dates people are about to go to.)

One response therefore costs at most a thousand rows and lines, however large the agenda gets:
an address anyone can request must never keep a worker busy for seconds.

**Cheap to build.** The VEVENTs are written as text here (escaping and line folding per
RFC 5545), from plain rows read with ``values()``: building them with the icalendar library and
full page objects cost about a millisecond each. The calendar around them (its properties and
the VTIMEZONE) is still icalendar's, and the tests read every feed back with icalendar.
"""

import datetime
import uuid
import zoneinfo
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from icalendar import Calendar, Timezone
from wagtail.models import Site

from stad.events.models.occurrence import Status

PRODUCT_ID = "-//Stad van ontdekkingen//Agenda//NL"
ZONE = zoneinfo.ZoneInfo(settings.TIME_ZONE)
PAST_DAYS = 30
AHEAD_DAYS = 365
MAX_ENTRIES = 1000

# The fields of a date and its event that a VEVENT shows, read in one query without pages.
ROW_FIELDS = (
    "uid",
    "sequence",
    "start",
    "end",
    "all_day",
    "status",
    "previous_start",
    "event__title",
    "event__introduction",
    "event__url_path",
    "event__last_published_at",
    "event__online_url",
    "event__venue__live",
    "event__venue__name",
    "event__venue__street",
    "event__venue__postcode",
    "event__venue__city",
    "event__venue__latitude",
    "event__venue__longitude",
)


def feed_start():
    """The earliest end a feed still includes: recent past dates stay, so a cancellation or a
    move on them still reaches subscribers."""
    return timezone.now() - datetime.timedelta(days=PAST_DAYS)


def feed_end():
    """Dates that start from here on are too far ahead for a feed."""
    return timezone.now() + datetime.timedelta(days=AHEAD_DAYS)


def bounded(dates):
    """The dates (an occurrence queryset) that a feed holds, soonest first, at most
    ``MAX_ENTRIES``, as plain rows."""
    return rows(dates.filter(end__gte=feed_start(), start__lt=feed_end()), MAX_ENTRIES)


def rows(dates, limit):
    """The first ``limit`` dates (an occurrence queryset), soonest first, as the plain rows
    ``response`` writes: one query. A visitor's own programme (``my_programme``) has no time
    bound, only its own size."""
    return list(dates.order_by("start", "pk").values(*ROW_FIELDS)[:limit])


def bounded_dates_of(event):
    """One event's dates as a feed holds them, from the page in memory (so a preview or a
    page whose dates are already read costs no query)."""
    since, until = feed_start(), feed_end()
    dates = [item for item in event.dates() if item.end >= since and item.start < until]
    venue = event.public_venue
    return [
        {
            **{name: getattr(item, name) for name in ROW_FIELDS if "__" not in name},
            "event__title": event.title,
            "event__introduction": event.introduction,
            "event__url_path": event.url_path,
            "event__last_published_at": event.last_published_at,
            "event__online_url": event.online_url,
            "event__venue__live": venue is not None,
            **{
                f"event__venue__{name}": getattr(venue, name, None)
                for name in ("name", "street", "postcode", "city", "latitude", "longitude")
            },
        }
        for item in dates[:MAX_ENTRIES]
    ]


def response(request, rows, name, filename, under):
    """A text/calendar response with one VEVENT per row (from ``bounded``).

    ``under``: a page that every event in the feed sits under (the agenda, the festival, the
    event itself); the events' addresses are its address plus the rest of their path.
    """
    calendar = Calendar.new(
        prodid=PRODUCT_ID,
        name=name or fallback_name(request),
        method="PUBLISH",
        calscale="GREGORIAN",
        # A fixed identity per feed address; icalendar would otherwise make a new one per request.
        uid=uuid.uuid5(uuid.NAMESPACE_URL, request.build_absolute_uri()),
    )
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # Always written (not left to the client's tz database): Outlook and older apps need the
    # VTIMEZONE to place TZID=Europe/Amsterdam times, and a feed must be valid before it has dates.
    calendar.add_component(timezone_component(rows))
    head = calendar.to_ical().decode()
    closing = "END:VCALENDAR\r\n"
    writer = EventWriter(request, under)
    body = "".join(writer.vevent(row) for row in rows)
    content = head.removesuffix(closing) + body + closing

    http_response = HttpResponse(content.encode(), content_type="text/calendar; charset=utf-8")
    # Inline rather than attachment: the same address is both the "add to calendar" download and
    # the address people subscribe to. Browsers cannot show text/calendar, so they still hand it
    # to the calendar app (or save it under this name), while subscribing clients are not told
    # to treat the feed as a file to store.
    http_response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return http_response


def fallback_name(request):
    """A calendar name when the caller has none (an agenda feed without filters)."""
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def timezone_component(rows):
    """The VTIMEZONE of the site's zone, covering the whole years the dates fall in.

    Generated from zoneinfo, so it follows the same rules as the times we write. Limiting it to
    the years in use keeps a one-event download small (the full 1970-2038 table is ~140 rules).
    """
    moments = [row["start"] for row in rows] + [row["end"] for row in rows]
    if moments:
        first_year = timezone.localtime(min(moments), ZONE).year
        last_year = timezone.localtime(max(moments), ZONE).year
    else:
        first_year = last_year = timezone.localdate().year
    return Timezone.from_tzid(
        settings.TIME_ZONE,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year + 1, 1, 1),
    )


@dataclass
class EventWriter:
    """Writes VEVENTs for one response: what is the same for every date is worked out once."""

    request: object
    under: object

    def __post_init__(self):
        self.stamp = utc(timezone.now())
        self.base_url = self.under.get_full_url(self.request)
        self.cancelled = _("Cancelled: {title}")
        self.moved = _("Moved: first planned for {date}.")
        self.sold_out = _("Sold out.")
        self.online = _("Online: {url}")

    def url(self, url_path):
        """An event's address: the page it sits under, plus the rest of its path (quoted as
        Django's ``reverse`` quotes it). The same as ``get_full_url`` without a lookup per page."""
        rest = url_path[len(self.under.url_path) :]
        return self.base_url + quote(rest, safe="/~:@!$&'()*+,;=")

    def vevent(self, row):
        url = self.url(row["event__url_path"])
        title = row["event__title"]
        cancelled = row["status"] == Status.CANCELLED
        start, end = row["start"], row["end"]
        if row["all_day"]:
            # Whole days are dates; DTEND is exclusive in iCalendar, so the day after the last one.
            first = timezone.localtime(start, ZONE).date()
            after = timezone.localtime(end, ZONE).date() + datetime.timedelta(days=1)
            times = [f"DTSTART;VALUE=DATE:{first:%Y%m%d}", f"DTEND;VALUE=DATE:{after:%Y%m%d}"]
        else:
            times = [
                f"DTSTART;TZID={settings.TIME_ZONE}:{local(start)}",
                f"DTEND;TZID={settings.TIME_ZONE}:{local(end)}",
            ]
        lines = [
            "BEGIN:VEVENT",
            # Many calendar apps show a cancelled entry like any other and ignore its STATUS.
            "SUMMARY:" + text(self.cancelled.format(title=title) if cancelled else title),
            *times,
            f"DTSTAMP:{self.stamp}",
            f"UID:{row['uid']}",
            f"SEQUENCE:{row['sequence']}",
            "STATUS:" + ("CANCELLED" if cancelled else "CONFIRMED"),
            "DESCRIPTION:" + text(self.description(row, url)),
            "URL:" + url,
        ]
        if location := self.location(row):
            lines.append("LOCATION:" + text(location))
        if row["event__last_published_at"]:
            lines.append(f"LAST-MODIFIED:{utc(row['event__last_published_at'])}")
        latitude, longitude = row["event__venue__latitude"], row["event__venue__longitude"]
        if row["event__venue__live"] and latitude is not None and longitude is not None:
            lines.append(f"GEO:{float(latitude)};{float(longitude)}")
        lines.append("END:VEVENT")
        return "".join(fold(line) for line in lines)

    def location(self, row):
        if row["event__venue__live"]:
            name, street = row["event__venue__name"], row["event__venue__street"]
            return f"{name}, {street}, {row['event__venue__postcode']} {row['event__venue__city']}"
        return row["event__online_url"]

    def description(self, row, url):
        paragraphs = []
        if row["status"] == Status.POSTPONED and row["previous_start"]:
            paragraphs.append(self.moved.format(date=when(row["previous_start"])))
        elif row["status"] == Status.SOLD_OUT:
            paragraphs.append(self.sold_out)
        paragraphs.append(row["event__introduction"])
        if row["event__venue__live"] and row["event__online_url"]:
            # A hybrid event's LOCATION is the venue, so the online link goes here.
            paragraphs.append(self.online.format(url=row["event__online_url"]))
        paragraphs.append(url)
        return "\n\n".join(filter(None, paragraphs))


def when(moment):
    """A date and time as the visitor's language writes it, e.g. 22 oktober 2026 20:00."""
    return date_format(timezone.localtime(moment, ZONE), "j F Y H:i")


def local(moment):
    return f"{timezone.localtime(moment, ZONE):%Y%m%dT%H%M%S}"


def utc(moment):
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def text(value):
    """A TEXT value escaped as RFC 5545 (3.3.11) asks."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """One content line with CRLF, folded at 75 octets (RFC 5545 3.1) without splitting a
    UTF-8 character; continuation lines start with a space."""
    if line.isascii():  # one octet a character: cut by length
        if len(line) <= 75:
            return line + "\r\n"
        rest = [line[index : index + 74] for index in range(75, len(line), 74)]
        return "\r\n ".join([line[:75], *rest]) + "\r\n"
    parts, part, size, limit = [], [], 0, 75
    for character in line:
        width = len(character.encode())
        if size + width > limit:
            parts.append("".join(part))
            part, size, limit = [], 0, 74  # the space in front counts
        part.append(character)
        size += width
    parts.append("".join(part))
    return "\r\n ".join(parts) + "\r\n"
