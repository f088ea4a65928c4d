"""Running a visitor's query: their language only, optional type, and a fallback backend.

When the search cluster fails, the query is answered from the database index instead
(``stad.search.fallback``).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models
from wagtail.search.query import Or, PlainText

from stad.core.localization import untranslated_copies
from stad.core.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from stad.core.site_wide import remembered
from stad.events.models import EventOccurrence, EventPage, FestivalPage
from stad.programmes.models import (
    NetworkPage,
    ProgrammeIndexPage,
    ProgrammePage,
    ThemeIndexPage,
    ThemePage,
)
from stad.programmes.models.links import page_ids_linked_to, theme_link_models
from stad.search import synonyms
from stad.search.backends import search_in
from stad.search.fallback import search_with_fallback


@dataclass(frozen=True)
class ResultType:
    slug: str
    label: str
    models: tuple


RESULT_TYPES = (
    ResultType("event", _("Events"), (EventPage, FestivalPage)),
    ResultType("programme", _("Programmes"), (ProgrammePage,)),
    ResultType("network", _("Networks"), (NetworkPage,)),
    ResultType("theme", _("Themes"), (ThemePage,)),
    ResultType("news", _("News"), (NewsPage,)),
    ResultType(
        "page",
        _("Other pages"),
        (StandardPage, HomePage, ProgrammeIndexPage, ThemeIndexPage, NewsIndexPage),
    ),
)


def type_of(page):
    for result_type in RESULT_TYPES:
        if isinstance(page, result_type.models):
            return result_type
    return RESULT_TYPES[-1]


def candidates(language_code, result_type=None, theme=None, request=None):
    """The pages a visitor may find: live, public, in their language, of the chosen type, and
    linked to ``theme`` (a ThemePage or a ``ThemeChoice``) when one is chosen."""
    locale = Locale.objects.get(language_code=language_code)
    pages = Page.objects.live().public().filter(locale=locale)
    # An untranslated copy repeats a page of the other language word for word; that
    # language's search finds the original. Excluded by id: search backends filter only on
    # indexed fields, and copies are few. Which pages are copies is the same for every search
    # until an editor changes something, so it is worked out once per generation.
    copies = remembered(
        request,
        f"untranslated-copies:{language_code}",
        lambda: list(
            untranslated_copies(Page.objects.filter(locale=locale)).values_list("pk", flat=True)
        ),
    )
    pages = pages.exclude(pk__in=copies)
    # The EventIndexPage is left out: the agenda is reached through its events.
    models = result_type.models if result_type else [m for t in RESULT_TYPES for m in t.models]
    content_types = ContentType.objects.get_for_models(*models).values()
    pages = pages.filter(content_type__in=[content_type.pk for content_type in content_types])
    if theme is not None:
        pages = pages.filter(pk__in=linked_to(theme))
    return pages


def linked_to(theme):
    """Ids of the pages linked to ``theme`` (in any language: links keep the source theme)."""
    ids = {theme.pk}
    for link_model in theme_link_models():
        ids.update(page_ids_linked_to(theme, link_model))
    return sorted(ids)


def upcoming_first(ids):
    """Among events and festivals, the ones still to come before the ones that are over.

    Only the places events hold in the relevance order are reshuffled: a past event that
    matches well stays above a page that matches poorly, it just yields to upcoming events.
    """
    if not ids:
        return []
    # One query: which of the pages are events or festivals, and which of those are to come.
    dated_types = ContentType.objects.get_for_models(EventPage, FestivalPage).values()
    to_come = Exists(
        EventOccurrence.objects.filter(event_id=OuterRef("pk"), end__gte=timezone.now())
    ) | Exists(FestivalPage.objects.filter(pk=OuterRef("pk"), end_date__gte=timezone.localdate()))
    upcoming_by_id = dict(
        Page.objects.filter(pk__in=ids, content_type__in=dated_types)
        .annotate(upcoming=to_come)
        .values_list("pk", "upcoming")
    )
    dated = [pk for pk in ids if pk in upcoming_by_id]
    reordered = iter(sorted(dated, key=lambda pk: not upcoming_by_id[pk]))  # sorted() is stable
    return [next(reordered) if pk in upcoming_by_id else pk for pk in ids]


MAX_RESULTS = 200  # nobody reads further; it keeps a broad query cheap on every backend
WIDEN_BELOW = 5  # fewer pages with every word than this: add pages with some of the words


def run(query, pages, language, expansions=None):
    """The ids of the pages matching ``query``, best first, and whether the fallback answered.
    ``expansions``: the query rewritten with synonyms (looked up when not given)."""
    if expansions is None:
        expansions = synonyms.alternatives(query)
    return search_with_fallback(
        lambda backend: ranked_ids(backend, query, pages, language, expansions)
    )


def ranked_ids(backend, query, pages, language, expansions=()):
    """Pages with all the words first; when those are few, pages with some of them after.
    Within each of those two groups, events still to come go before events that are over."""
    ids = matching_ids(backend, language, query_with(query, "and", expansions), pages)
    ranked = upcoming_first(ids)
    if len(ids) < WIDEN_BELOW and len(query.split()) > 1:
        seen = set(ids)
        more = matching_ids(backend, language, query_with(query, "or", expansions), pages)
        ranked += upcoming_first([pk for pk in more if pk not in seen])
    return ranked


def query_with(query, operator, expansions):
    """The visitor's words, or any of their rewrites with synonyms."""
    if not expansions:
        return PlainText(query, operator=operator)
    return Or([PlainText(text, operator=operator) for text in (query, *expansions)])


def matching_ids(backend, language, query, pages):
    # Only the ids are wanted here: the pages are read whole later, for the page shown.
    found = search_in(backend, language, query, pages.only("pk"))[:MAX_RESULTS]
    if hasattr(found, "ids"):
        # The database index names them in its ranking (200 page objects cost 5 ms). Not a
        # cluster's answer: its hits are checked against the database by reading the pages.
        return found.ids()
    return [page.pk for page in found]


def suggest(query, pages, limit=8):
    """Titles that start with what the visitor is typing, with the same fallback as ``run``."""
    found, _fell_back = search_with_fallback(
        lambda backend: list(backend.autocomplete(query, pages)[:limit]), what="suggestions"
    )
    return found


def pages_in_order(ids):
    """The pages for ``ids`` as their own types, in that order, with the dates of the events
    among them: two queries, whichever kinds of page a page of results holds.

    Each page type is a table of its own joined to Wagtail's page table, so one query with a
    join to every page type's table reads each page whole (``specific()`` would make one query
    per kind of page shown, and so a count that changes with the results).
    """
    accessors = {
        ContentType.objects.get_for_model(model).pk: model._meta.model_name
        for model in get_page_models()
        if Page in model._meta.parents
    }
    rows = Page.objects.filter(pk__in=ids).select_related(*accessors.values())
    found = {}
    for row in rows:
        accessor = accessors.get(row.content_type_id)
        found[row.pk] = getattr(row, accessor, None) if accessor else None
        found[row.pk] = found[row.pk] or row.specific  # a type this site does not define
    pages = [found[pk] for pk in ids if pk in found]
    EventPage.read_dates_of(pages)
    return pages
