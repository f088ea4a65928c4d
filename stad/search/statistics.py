"""What searches are counted, what visitors are offered from them, and what editors see.

Wagtail's search-promotion statistics (``Query.add_hit``) record any text any visitor typed, and
showing the most frequent ones as "Often searched" let six anonymous searches for a spam phrase
put it on the search page of every visitor. Here:

- visitors are offered only queries an editor has answered with a promoted result (so approved
  by an editor), the most searched first: nothing a visitor types reaches another visitor;
- statistics are counted per query, language and day (``SearchStatistic``), at most
  ``SEARCH_STATISTICS_NEW_QUERIES_PER_DAY`` new queries a day, and ``prune_search_statistics``
  forgets days older than ``SEARCH_STATISTICS_DAYS``: a flood of random searches costs a bounded
  number of rows;
- editors get the report of searches that found nothing or little (``stad/search/reports.py``).
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, Max, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from stad.search.models import SearchStatistic

POPULAR_PERIOD = datetime.timedelta(days=30)
# "Little" in the report: a search that found this many results or fewer.
FEW_RESULTS = 2


def record(query, language, results):
    """Count one search for ``query`` (its first page) and what it found."""
    term = normalise_query_string(query)[:255]
    if not term:
        return
    today = timezone.localdate()
    counted = SearchStatistic.objects.filter(query=term, language=language, day=today)
    if counted.update(searches=F("searches") + 1, results=results):
        return
    if (
        SearchStatistic.objects.filter(day=today).count()
        >= settings.SEARCH_STATISTICS_NEW_QUERIES_PER_DAY
    ):
        return  # a flood of new queries today: count the known ones only
    try:
        with transaction.atomic():
            SearchStatistic.objects.create(
                query=term, language=language, day=today, searches=1, results=results
            )
    except IntegrityError:  # the same new query counted at the same moment by another worker
        counted.update(searches=F("searches") + 1, results=results)


def promoted_query(query):
    """The editors' promoted results for ``query``, if they made any (nothing is created)."""
    return Query.objects.filter(query_string=normalise_query_string(query)).first()


def popular(language, leave_out="", limit=5):
    """Queries to offer a visitor whose search found nothing: those an editor answered with a
    promoted result that fits the language (a page in it, or a link), most searched first."""
    since = timezone.localdate() - POPULAR_PERIOD
    searched = (
        SearchStatistic.objects.filter(
            query=OuterRef("query_string"), language=language, day__gte=since
        )
        .values("query")
        .annotate(total=Sum("searches"))
        .values("total")
    )
    # An existing promoted result that fits, not a missing one: Query rows without any were
    # made by visitors' searches before (Query.get), and a LEFT JOIN would count them in.
    fitting = SearchPromotion.objects.filter(query=OuterRef("pk")).filter(
        Q(page__isnull=True, external_link_url__gt="")
        | Q(page__live=True, page__locale__language_code=language)
    )
    answered = (
        Query.objects.filter(Exists(fitting))
        .exclude(query_string=normalise_query_string(leave_out))
        .annotate(searched=Subquery(searched))
        .filter(searched__gt=0)
        .order_by("-searched", "query_string")
    )
    return list(answered.values_list("query_string", flat=True)[:limit])


def unanswered(language=None, days=POPULAR_PERIOD.days):
    """Per query and language over the last ``days``: how often it was searched and what its
    latest search found, for queries whose latest search found ``FEW_RESULTS`` or fewer (a query
    an editor has since answered with a synonym or a new page drops out), most searched first."""
    rows = SearchStatistic.objects.filter(day__gte=timezone.localdate() - datetime.timedelta(days))
    if language:
        rows = rows.filter(language=language)
    latest = SearchStatistic.objects.filter(
        query=OuterRef("query"), language=OuterRef("language")
    ).order_by("-day")
    return (
        rows.values("query", "language")
        .annotate(
            total=Sum("searches"),
            last_day=Max("day"),
            found=Subquery(latest.values("results")[:1]),
        )
        .filter(found__lte=FEW_RESULTS)
        .order_by("-total", "query")
    )


def prune(days=None):
    """Keep the last ``days`` days (``SEARCH_STATISTICS_DAYS``), today included; forget the
    rest and return how many rows went."""
    days = settings.SEARCH_STATISTICS_DAYS if days is None else days
    first_kept = timezone.localdate() - datetime.timedelta(days=days - 1)
    deleted, _by_model = SearchStatistic.objects.filter(day__lt=first_kept).delete()
    return deleted
