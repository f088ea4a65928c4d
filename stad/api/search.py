"""``?search=`` on the API, answered like the site's own search box.

Wagtail's filter hands the raw text to the backend lazily, so a quote or a NUL byte, or a search
cluster that is down, ends in a 500 while the page is being listed. Here the text is cleaned as
the search page cleans it, searched as plain words, and the matches are fetched at once, falling
back to the database index when the cluster fails (``stad.search.fallback``).
"""

import re

from django.db.models import Case, IntegerField, When
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.search.query import PlainText

from stad.search.fallback import search_with_fallback
from stad.search.results import MAX_RESULTS
from stad.search.views import clean_query

OPERATORS = {None: "and", "and": "and", "or": "or"}


class SafeSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        query, _notice = clean_query(request.GET["search"])
        if not query:
            raise BadRequestError("search needs at least one word")
        operator = request.GET.get("search_operator")
        if operator not in OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if not re.search(r"\w", query):
            return queryset.none()  # punctuation only: nothing to look for, as on the site
        ids = matching_ids(PlainText(query, operator=OPERATORS[operator]), queryset)
        found = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return found  # the ordering filter has ordered it already
        relevance = Case(
            *(When(pk=pk, then=position) for position, pk in enumerate(ids)),
            output_field=IntegerField(),
        )
        return found.order_by(relevance)


def matching_ids(query, queryset):
    ids, _fell_back = search_with_fallback(
        lambda backend: [
            item.pk for item in backend.search(query, queryset.order_by())[:MAX_RESULTS]
        ],
        what="an API search",
    )
    return ids
