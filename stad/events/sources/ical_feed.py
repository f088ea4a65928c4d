"""iCalendar feeds (``.ics``): every event and every date of a repeating one, in Dutch time.

``recurring_ical_events`` expands RRULE and RDATE, leaves out EXDATEs and puts each
RECURRENCE-ID override (a moved or cancelled instance) in the place of the date it replaces.
"""

import datetime

import icalendar
import recurring_ical_events
from django.utils.translation import gettext as _

from .feed_events import SINGLE_DATE, FeedDate, FeedError, FeedEvent, FeedPlace, split_postcode
from .feed_times import date_span


def read_ical(content, window):
    """The events of an iCalendar file with their dates within ``window`` (first, last)."""
    try:
        calendar = icalendar.Calendar.from_ical(content)
        instances = list(recurring_ical_events.of(calendar).between(*window))
    except Exception as error:  # the libraries raise many kinds of error for a broken file
        raise FeedError(_("Not a valid iCalendar file: %(error)s") % {"error": error}) from error
    masters, repeating = {}, set()
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        if "RRULE" in component or "RDATE" in component or "RECURRENCE-ID" in component:
            repeating.add(uid)
        if "RECURRENCE-ID" not in component:
            masters[uid] = component
    by_uid = {}
    for instance in instances:
        uid = str(instance.get("UID", ""))
        if uid:  # without a UID an event cannot be recognised at the next import
            by_uid.setdefault(uid, []).append(instance)
    return [
        feed_event(uid, masters.get(uid, found[0]), found, uid in repeating)
        for uid, found in by_uid.items()
    ]


def feed_event(uid, master, instances, repeating):
    """One event: its texts from the main VEVENT (an override may leave them out)."""
    location = text(master, "LOCATION")
    online = location if location.startswith(("http://", "https://")) else ""
    return FeedEvent(
        key=uid,
        title=text(master, "SUMMARY") or uid,
        description=text(master, "DESCRIPTION"),
        url=text(master, "URL"),
        online_url=online,
        place=None if online or not location else place_of(location),
        dates=[feed_date(instance, repeating) for instance in instances],
    )


def feed_date(instance, repeating):
    start = instance.decoded("DTSTART")
    end = instance.decoded("DTEND") if "DTEND" in instance else None
    if end is not None and not isinstance(start, datetime.datetime):
        end -= datetime.timedelta(days=1)  # DTEND of a whole day is the day after
    start, end, all_day = date_span(start, end)
    key = SINGLE_DATE
    if repeating:
        # The instance's original start names it, also after it moved: the override keeps it.
        original = instance.decoded("RECURRENCE-ID", None) or instance.decoded("DTSTART")
        key = (
            original.isoformat()
            if not isinstance(original, datetime.datetime)
            else (original.astimezone(datetime.UTC).isoformat())
        )
    cancelled = str(instance.get("STATUS", "")).upper() == "CANCELLED"
    return FeedDate(key=key, start=start, end=end, all_day=all_day, cancelled=cancelled)


def text(component, name):
    return str(component.get(name, "")).strip()


def place_of(location):
    """A LOCATION such as "Naturalis, Darwinweg 2, 2333 CR Leiden": name, street, postcode and
    city when it has those parts, otherwise the whole text as the name."""
    parts = [part.strip() for part in location.split(",") if part.strip()]
    if len(parts) < 3:
        return FeedPlace(name=location[:120])
    postcode, city = split_postcode(parts[2])
    return FeedPlace(name=parts[0][:120], street=parts[1][:120], postcode=postcode, city=city)
