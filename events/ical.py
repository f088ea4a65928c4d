"""iCalendar output: one event's dates, a festival's programme, or a filtered agenda feed.

Placeholder contract, filled in by the iCal work: ``response`` returns a text/calendar
download of the given occurrences; ``feed_start`` is the earliest end a feed still includes.
"""

import datetime

from django.utils import timezone


def feed_start():
    return timezone.now() - datetime.timedelta(days=30)


def response(request, occurrences, name, filename):
    raise NotImplementedError
