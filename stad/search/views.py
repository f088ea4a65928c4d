"""The search page: /nl/zoeken/ and /en/search/."""

import math
import re

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale

from stad.core.rate_limits import limit_per_client
from stad.core.site_of_request import starts_from_remembered_site
from stad.events.models import EventPage
from stad.programmes.theme_choices import theme_choices
from stad.search import results, statistics, synonyms
from stad.search.highlight import excerpt, terms_of

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def clean_query(raw):
    """The query as searched, and a notice when it had to be changed."""
    query = " ".join(raw.replace("\0", " ").split())
    if len(query) > MAX_QUERY_LENGTH:
        cut = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH]
        return cut, _(
            "Your search was very long; only the first %(count)s characters were used."
        ) % {"count": MAX_QUERY_LENGTH}
    return query, ""


def too_many_searches(request, seconds):
    return render(request, "search/too_many_searches.html", {"minutes": math.ceil(seconds / 60)})


def too_many_suggestions(request, seconds):
    # The search box's script shows no suggestions for an answer that is not OK.
    return JsonResponse({"message": "too many requests", "suggestions": []})


@starts_from_remembered_site
@limit_per_client("search", "SEARCH_RATE_LIMIT", too_many_searches)
def search(request):
    language = translation.get_language()
    query, notice = clean_query(request.GET.get("q", ""))
    type_slug = request.GET.get("type", "")
    result_type = next((t for t in results.RESULT_TYPES if t.slug == type_slug), None)
    if type_slug and result_type is None:
        notice = notice or _("There is no such kind of page; showing every kind.")
    themes = theme_choices(request, language)
    theme_slug = request.GET.get("theme", "")
    theme = next((item for item in themes if item.slug == theme_slug), None)
    if theme_slug and theme is None:
        notice = notice or _("There is no such theme; showing every theme.")
    context = {
        "query": query,
        "notice": notice,
        "result_types": results.RESULT_TYPES,
        "chosen_type": result_type,
        "themes": themes,
        "chosen_theme": theme,
        "translated_urls": {
            code: translated_url(code, request.GET.urlencode()) for code in ("nl", "en")
        },
    }
    if query and not re.search(r"\w", query):
        context["notice"] = _("Type at least one word or number to search for.")
    elif query:
        context["promotions"] = promotions(statistics.promoted_query(query), language)
        expansions = synonyms.alternatives(query)
        ids, context["fell_back"] = results.run(
            query, results.candidates(language, result_type, theme, request), language, expansions
        )
        paginator = Paginator(ids, PER_PAGE)
        try:
            listing = paginator.page(request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404(_("There is no such page in this list.")) from error
        if not request.GET.get("page"):
            # For the editors' report of searches that find little; turning pages is not a search.
            statistics.record(query, language, paginator.count)
        terms = terms_of(" ".join([query, *expansions]))  # "LBSP" marks what it stands for
        context["listing"] = listing
        context["searched"] = True
        context["hits"] = [
            {
                "page": page,
                "type": results.type_of(page),
                "excerpt": excerpt(
                    page.search_description or getattr(page, "introduction", ""), terms
                ),
                "title": excerpt(page.title, terms, length=200),
                "when": shown_date(page),
            }
            for page in results.pages_in_order(list(listing.object_list))
        ]
    if context.get("searched") and not context["hits"]:
        context["popular"] = statistics.popular(language, leave_out=query)
    return render(request, "search/search.html", context)


def shown_date(page):
    """For an event: its next date, or its last one when it is over."""
    if not isinstance(page, EventPage):
        return None
    dates = page.upcoming_dates() or page.dates()[-1:]
    return dates[0] if dates else None


def promotions(record, language):
    """Editors' picks for this query: pages in the visitor's language, and external links."""
    if record is None:
        return []
    picks = (
        SearchPromotion.objects.filter(query=record).select_related("page").order_by("sort_order")
    )
    return [
        pick
        for pick in picks
        if pick.page is None
        or (pick.page.live and pick.page.locale_id == locale_ids().get(language))
    ]


def locale_ids():
    return dict(Locale.objects.values_list("language_code", "pk"))


@limit_per_client("search-suggestions", "SEARCH_SUGGESTIONS_RATE_LIMIT", too_many_suggestions)
def suggestions(request):
    """Title suggestions while typing: JSON for the search box's small script."""
    query, _notice = clean_query(request.GET.get("q", ""))
    if len(query) < 2 or not re.search(r"\w", query):
        return JsonResponse({"suggestions": []})
    pages = results.candidates(translation.get_language())
    found = results.suggest(query, pages)
    return JsonResponse(
        {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in found]}
    )


def translated_url(language_code, query_string):
    with translation.override(language_code):
        url = reverse("search")
    return f"{url}?{query_string}" if query_string else url
