"""The search page: /nl/zoeken/ and /en/search/."""

import re

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from search import results
from search.highlight import excerpt, terms_of

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


def search(request):
    language = translation.get_language()
    query, notice = clean_query(request.GET.get("q", ""))
    type_slug = request.GET.get("type", "")
    result_type = next((t for t in results.RESULT_TYPES if t.slug == type_slug), None)
    if type_slug and result_type is None:
        notice = notice or _("There is no such kind of page; showing every kind.")
    context = {
        "query": query,
        "notice": notice,
        "result_types": results.RESULT_TYPES,
        "chosen_type": result_type,
        "translated_urls": {
            code: translated_url(code, request.GET.urlencode()) for code in ("nl", "en")
        },
    }
    if query and not re.search(r"\w", query):
        context["notice"] = _("Type at least one word or number to search for.")
    elif query:
        ids, context["fell_back"] = results.run(query, results.candidates(language, result_type))
        paginator = Paginator(ids, PER_PAGE)
        try:
            listing = paginator.page(request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404(_("There is no such page in this list.")) from error
        terms = terms_of(query)
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
            }
            for page in results.pages_in_order(list(listing.object_list))
        ]
    return render(request, "search/search.html", context)


def translated_url(language_code, query_string):
    with translation.override(language_code):
        url = reverse("search")
    return f"{url}?{query_string}" if query_string else url
