"""A festival's programme, one day at a time: a festival can have hundreds of sessions.

The festival page shows the days that have sessions as links (``?day=2026-10-23``, the same
parameter in both languages) and the sessions of one chosen day, ``PER_PAGE`` cards a page. With
no day asked for it shows today, or else the first day still to come, or else (a festival that
is over) its first day. So the page's size and its SQL stay the same however many sessions the
festival grows, and every link works without JavaScript. The page cache keys on the query
string, so each day is cached as a page of its own.

A day that is malformed or has no sessions is a 404, as is a page number past the end.

The days with their numbers of sessions and the festival's venues are the same for every day
and page of the programme, and at thousands of sessions reading them is most of the page's
work: with the page cache on they are kept for the pages built after this one
(``page_cache.kept``, renewed with anything an editor publishes).
"""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from stad.core.listing import prefetch_renditions
from stad.core.page_cache.kept import kept
from stad.core.pagination import paginate
from stad.events.models.venue import Venue

DAY_PARAMETER = "day"
PER_PAGE = 24
# A festival spans a few days, a series can span months: the day links show this many days
# around the chosen one, with a link to the days before and after them.
DAYS_SHOWN = 14


def programme_days(festival):
    """The days with sessions, in order, each with its number of sessions: one grouped query.

    A session belongs to the day it starts on (Dutch time), also when it runs past midnight.
    """
    days = (
        festival.get_dates()
        .annotate(day=TruncDate("start", tzinfo=timezone.get_current_timezone()))
        .order_by("day")
        .values("day")
        .annotate(sessions=Count("pk"))
    )
    return [(row["day"], row["sessions"]) for row in days]


def chosen_day(request, days):
    """The day asked for in the query string, or the default: today, the first day to come, or
    the first day of a festival that is over. ``Http404`` for a day that is not a day of it."""
    available = [day for day, _sessions in days]
    asked = request.GET.get(DAY_PARAMETER)
    if asked is not None:
        try:
            day = datetime.date.fromisoformat(asked)
        except ValueError as error:
            raise Http404(_("That is not a date of this programme.")) from error
        if day not in available:
            raise Http404(_("That is not a date of this programme."))
        return day
    today = timezone.localdate()
    return next((day for day in available if day >= today), available[0])


def day_context(festival, request):
    """What the festival page shows of its programme: the days, the chosen day's sessions (a
    page of them) and the venues of the whole festival."""
    # Past days stay in the programme: only editors change the days (today is chosen below).
    figures = kept(
        request,
        f"festival-programme:{festival.pk}",
        lambda: work_out(festival),
        changes_with_time=False,
    )
    days = [(datetime.date.fromisoformat(day), sessions) for day, sessions in figures["days"]]
    shown_venues = Venue.objects.filter(live=True, pk__in=figures["venues"]).order_by("name")
    context = {"programme_days": days, "venues": list(shown_venues)}
    if not days:
        if DAY_PARAMETER in request.GET:
            raise Http404(_("That is not a date of this programme."))
        return context
    day = chosen_day(request, days)
    zone = timezone.get_current_timezone()
    begin = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
    after = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, zone)
    sessions = festival.get_dates().filter(start__gte=begin, start__lt=after)
    listing = paginate(
        request,
        sessions.for_cards(renditions=False),
        per_page=PER_PAGE,
        count=dict(days)[day],  # counted with the days: the paginator need not count again
    )
    listing.object_list = list(listing.object_list)
    for occurrence in listing.object_list:
        occurrence.event.festival = festival
    prefetch_renditions([occurrence.event for occurrence in listing.object_list])
    context.update(programme_day=day, programme_sessions=listing, **day_links(days, day))
    return context


def day_links(days, day):
    """``DAYS_SHOWN`` of the ``days`` around ``day``, and the day just before and just after
    them (None at either end of the programme)."""
    index = next(number for number, (item, _sessions) in enumerate(days) if item == day)
    first = max(0, min(index - DAYS_SHOWN // 2, len(days) - DAYS_SHOWN))
    last = first + DAYS_SHOWN
    return {
        "programme_days_shown": days[first:last],
        "programme_earlier_day": days[first - 1][0] if first > 0 else None,
        "programme_later_day": days[last][0] if last < len(days) else None,
    }


def work_out(festival):
    """The days with their numbers of sessions and the keys of the festival's venues, as plain
    data to keep (``page_cache.kept``)."""
    return {
        "days": [(day.isoformat(), sessions) for day, sessions in programme_days(festival)],
        "venues": venue_keys(festival),
    }


def venue_keys(festival):
    """The keys of the venues of the festival's sessions (the page shows the published ones).

    Read apart from the venues, not as a subquery of theirs: in a test-stack run PostgreSQL
    planned that nesting (the sessions' own visibility rules are subqueries too) as a loop that
    ran for minutes, on tables whose statistics did not know their rows yet; the sessions' query
    alone is the one the day list runs too.
    """
    return sorted(
        set(festival.get_dates().exclude(event__venue=None).values_list("event__venue", flat=True))
    )
