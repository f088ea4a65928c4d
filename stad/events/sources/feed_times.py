"""Feed times as the agenda stores them: aware, in Dutch time, whole days from 00:00 to 23:59."""

import datetime

from django.utils import timezone

from stad.events.models.occurrence import whole_days


def dutch_time(value):
    """An aware datetime in the site's time zone; a time without a zone is taken as Dutch."""
    if timezone.is_naive(value):
        return timezone.make_aware(value)
    return timezone.localtime(value)


def date_span(start, end):
    """(start, end, all_day) for a feed's start and end, each a date or a datetime.

    A date alone is a whole day, and then ``end`` is the last day itself (schema.org's
    endDate; the iCalendar parser subtracts a day from its DTEND, the day after).
    """
    if not isinstance(start, datetime.datetime):
        last = end if end is not None else start
        if isinstance(last, datetime.datetime):
            last = dutch_time(last).date()
        first = datetime.datetime.combine(start, datetime.time.min)
        final = datetime.datetime.combine(max(last, start), datetime.time.min)
        return (*whole_days(dutch_time(first), dutch_time(final)), True)
    start = dutch_time(start)
    end = dutch_time(end) if isinstance(end, datetime.datetime) else None
    if end is None or end <= start:
        # No end, or an end the agenda cannot show: two hours, which the reviewer sees.
        end = start + datetime.timedelta(hours=2)
    return start, end, False
