"""Reports → "Searches that find little": what visitors looked for and did not find.

The useful part of search statistics: each row offers the two remedies editors have, a synonym
group (the visitor's word for something the site calls otherwise) and a promoted result (the
page to show first), and a link to the search as visitors see it.
"""

from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from stad.search import statistics
from stad.search.models import SearchStatistic

PERMISSION = "search.add_synonymgroup"


def can_improve_search(user):
    return user.has_perm(PERMISSION)


class SearchesFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = SearchStatistic
        fields = ["language"]


def search_url(row):
    """The site's own search for this query, in the language it was searched in."""
    with translation.override(row["language"]):
        return f"{reverse('search')}?{urlencode({'q': row['query']})}"


def language_name(row):
    return dict(settings.LANGUAGES).get(row["language"], row["language"])


class SearchesThatFindLittleView(ReportView):
    page_title = _("Searches that find little")
    header_icon = "search"
    index_url_name = "searches_that_find_little"
    index_results_url_name = "searches_that_find_little_results"
    filterset_class = SearchesFilterSet
    list_export = ["query", "language", "total", "found", "last_day"]
    export_headings = {
        "query": _("Search term"),
        "language": _("Language"),
        "total": _("Searches"),
        "found": _("Results"),
        "last_day": _("Last searched"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_improve_search(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return _("The last %(days)s days; %(few)s results or fewer") % {
            "days": statistics.POPULAR_PERIOD.days,
            "few": statistics.FEW_RESULTS,
        }

    def get_queryset(self):
        return self.filter_queryset(statistics.unanswered())

    def get_filtered_queryset(self):
        return self.get_queryset()

    columns = [
        TitleColumn(
            "query",
            label=_("Search term"),
            accessor=lambda row: row["query"],
            get_url=search_url,
        ),
        Column("language", label=_("Language"), accessor=language_name),
        NumberColumn("total", label=_("Searches"), accessor=lambda row: row["total"]),
        NumberColumn("found", label=_("Results"), accessor=lambda row: row["found"]),
        DateColumn("last_day", label=_("Last searched"), accessor=lambda row: row["last_day"]),
        TitleColumn(
            "synonyms",
            label=_("Add synonyms"),
            accessor=lambda row: _("Add synonyms"),
            get_url=lambda row: (
                f"{reverse('wagtailsnippets_search_synonymgroup:add')}?"
                f"{urlencode({'terms': row['query'] + ', '})}"
            ),
        ),
        TitleColumn(
            "promote",
            label=_("Promote a result"),
            accessor=lambda row: _("Promote a result"),
            get_url=lambda row: reverse("wagtailsearchpromotions:add"),
        ),
    ]
