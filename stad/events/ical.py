"""iCalendar output: one event's dates, a festival's programme, or a filtered agenda feed.

Every date is its own VEVENT whose UID is the date's ``uid``: the same in Dutch and English and
through every edit, so a calendar that imported or subscribed to it updates the entry in place
(helped by SEQUENCE) instead of adding a second one.
"""

import datetime
import uuid
import zoneinfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone
from wagtail.models import Site

from stad.events.models.occurrence import Status

PRODUCT_ID = "-//Stad van ontdekkingen//Agenda//NL"
ZONE = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def feed_start():
    """The earliest end a feed still includes: recent past dates stay, so a cancellation or a
    move on them still reaches subscribers."""
    return timezone.now() - datetime.timedelta(days=30)


def response(request, occurrences, name, filename):
    """A text/calendar response with one VEVENT per occurrence (``.event`` already loaded)."""
    occurrences = list(occurrences)
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
    calendar.add_component(timezone_component(occurrences))
    stamp = timezone.now().astimezone(datetime.UTC)
    for occurrence in occurrences:
        calendar.add_component(vevent(request, occurrence, stamp))

    http_response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
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


def timezone_component(occurrences):
    """The VTIMEZONE of the site's zone, covering the whole years the dates fall in.

    Generated from zoneinfo, so it follows the same rules as the times we write. Limiting it to
    the years in use keeps a one-event download small (the full 1970-2038 table is ~140 rules).
    """
    years = [timezone.localtime(item.start, ZONE).year for item in occurrences]
    years += [timezone.localtime(item.end, ZONE).year for item in occurrences]
    first_year = min(years, default=timezone.localdate().year)
    last_year = max(years, default=first_year)
    return Timezone.from_tzid(
        settings.TIME_ZONE,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year + 1, 1, 1),
    )


def vevent(request, occurrence, stamp):
    event = occurrence.event
    start = timezone.localtime(occurrence.start, ZONE)
    end = timezone.localtime(occurrence.end, ZONE)
    if occurrence.all_day:
        # Whole days are dates; DTEND is exclusive in iCalendar, so the day after the last one.
        start, end = start.date(), end.date() + datetime.timedelta(days=1)
    url = event.get_full_url(request)
    summary = event.title
    if occurrence.is_cancelled:
        # Many calendar apps show a cancelled entry like any other and ignore its STATUS.
        summary = _("Cancelled: {title}").format(title=event.title)

    component = Event.new(
        uid=str(occurrence.uid),
        stamp=stamp,
        sequence=occurrence.sequence,
        summary=summary,
        description=description(occurrence, url),
        url=url,
        location=location(event),
        start=start,
        end=end,
        status="CANCELLED" if occurrence.is_cancelled else "CONFIRMED",
    )
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    venue = event.public_venue
    if venue and venue.latitude is not None and venue.longitude is not None:
        component.add("geo", (float(venue.latitude), float(venue.longitude)))
    return component


def location(event):
    if venue := event.public_venue:
        return f"{venue.name}, {venue.address_line}"
    return event.online_url


def description(occurrence, url):
    event = occurrence.event
    paragraphs = []
    if occurrence.status == Status.POSTPONED and occurrence.previous_start:
        paragraphs.append(
            _("Moved: first planned for {date}.").format(date=when(occurrence.previous_start))
        )
    elif occurrence.status == Status.SOLD_OUT:
        paragraphs.append(_("Sold out."))
    paragraphs.append(event.introduction)
    if event.public_venue and event.online_url:
        # A hybrid event's LOCATION is the venue, so the online link goes here.
        paragraphs.append(_("Online: {url}").format(url=event.online_url))
    paragraphs.append(url)
    return "\n\n".join(filter(None, paragraphs))


def when(moment):
    """A date and time as the visitor's language writes it, e.g. 22 oktober 2026 20:00."""
    return date_format(timezone.localtime(moment, ZONE), "j F Y H:i")
