"""Mijn programma: the dates a visitor chose, without an account.

The selection lives in the address only (``?d=12,15,40``: the ids of ``EventOccurrence`` rows of
this agenda's language) and, with JavaScript, in the visitor's own browser (localStorage, see
``static/js/my-programme.js``). The server stores nothing about the visitor and sets no
cookie: the programme page's answer depends on its address alone, so the page cache keeps it
like any other page.

Every control that adds or removes a date is a plain link to the programme page with the new
selection in its address, so it works without JavaScript; event and festival pages carry a
selection they were given (``?d=…``) into those links, so a visitor without JavaScript can go
on choosing from them.

What the page costs does not grow with the selection: the chosen dates with their events and
venues are one query, their festivals one more. At most ``MAX_DATES`` ids are read.
"""

from dataclasses import dataclass, field
from itertools import groupby

from django.http import HttpResponsePermanentRedirect
from django.utils import translation

from stad.core.localization import current_home
from stad.core.navigation import first_child_of_type
from stad.core.site_wide import remembered

PARAMETER = "d"
MAX_DATES = 200
# Larger numbers are no row of ours, and some databases refuse them in a query.
LARGEST_ID = 2**31 - 1
# The programme page's address under the agenda, in each language's words.
ROUTES = {"nl": "mijn-programma/", "en": "my-programme/"}
ROUTE_NAMES = {"nl": "my_programme_nl", "en": "my_programme_en"}
CALENDAR_ROUTE_NAMES = {language: f"{name}_ical" for language, name in ROUTE_NAMES.items()}


@dataclass
class Selection:
    """The chosen dates as the address gives them: ids in the order chosen, each once."""

    ids: list[int] = field(default_factory=list)
    unreadable: int = 0  # parts of ``d`` that are no id at all
    left_out: int = 0  # ids beyond ``MAX_DATES``

    def query(self, ids=None):
        """The query string for ``ids`` (default: this selection), e.g. ``d=12,15``."""
        ids = self.ids if ids is None else ids
        return f"{PARAMETER}={','.join(map(str, ids))}" if ids else ""

    def with_date(self, pk):
        # Past ``MAX_DATES`` the programme page says that it left dates out.
        return self.query(self.ids if pk in self.ids else [*self.ids, pk])

    def without_date(self, pk):
        return self.query([item for item in self.ids if item != pk])


def read_selection(query):
    """The selection in a query string (``request.GET``): ``d=12,15`` or ``d=12&d=15``.

    Anything else is counted, never an error: a link that was cut short or typed wrong still
    shows the dates that can be read."""
    selection = Selection()
    for value in query.getlist(PARAMETER):
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not (part.isascii() and part.isdigit()) or int(part) > LARGEST_ID:
                selection.unreadable += 1
            elif int(part) not in selection.ids:
                if len(selection.ids) < MAX_DATES:
                    selection.ids.append(int(part))
                else:
                    selection.left_out += 1
    return selection


def route_name(calendar=False):
    """The name of the route of the programme page (or its ``calendar``) in the active
    language."""
    names = CALENDAR_ROUTE_NAMES if calendar else ROUTE_NAMES
    return names.get(translation.get_language(), names["nl"])


def in_other_words(request, agenda_url, rest=""):
    """A permanent redirect to the programme's address in the active language when the
    request came in at the other language's; None when it is already right."""
    route = ROUTES.get(translation.get_language(), ROUTES["nl"])
    if request.path.endswith("/" + route + rest):
        return None
    url = agenda_url + route + rest
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def programme_url(request):
    """The address of the programme page in the request's language, or None without an
    agenda: every agenda page and event page links to it.

    The agenda is found among the pages under the home page. The menu reads those too, but a
    page the page cache builds takes its menu from what was kept, so the programme link would
    read them on its own: a query whose cost grows with the pages under the home page (about
    3 ms of an agenda page's build at 5,000 events on SQLite). The address is kept like the
    menu (``site_wide.remembered``, per generation, language and site)."""
    return remembered(request, "my-programme-url", lambda: find_programme_url(request))


def find_programme_url(request):
    home = current_home(request)
    if home is None:
        return None
    from stad.events.models import EventIndexPage  # the models use this module

    agenda = first_child_of_type(home, EventIndexPage)
    if agenda is None:
        return None
    return agenda.get_url(request) + agenda.reverse_subpage(route_name())


@dataclass
class ChosenDate:
    """One chosen date as the programme page shows it."""

    occurrence: object
    remove_query: str  # the address's query without this date
    overlaps: list = field(default_factory=list)  # other chosen dates at the same time


def flag_overlaps(chosen):
    """Mark the chosen dates (in order of start) that take place at the same time as another.

    Cancelled dates and whole days (an exhibition, an open day) do not take up an evening, so
    they are never flagged."""
    timed = [item for item in chosen if not item.occurrence.all_day]
    timed = [item for item in timed if not item.occurrence.is_cancelled]
    for index, item in enumerate(timed):
        for later in timed[index + 1 :]:
            if later.occurrence.start >= item.occurrence.end:
                break
            item.overlaps.append(later)
            later.overlaps.append(item)


def by_day(chosen):
    """(day, chosen dates) in order: a date belongs to the day it starts on, Dutch time."""
    return [
        (day, list(items))
        for day, items in groupby(chosen, key=lambda item: item.occurrence.local_start.date())
    ]


def chosen_dates(dates, selection):
    """The chosen dates among ``dates`` (the agenda's dates of live, public events), in order of
    start, flagged where they overlap: one query, whatever the number chosen."""
    rows = dates.filter(pk__in=selection.ids).select_related("event", "event__venue")
    chosen = [
        ChosenDate(row, selection.without_date(row.pk)) for row in rows.order_by("start", "pk")
    ]
    flag_overlaps(chosen)
    return chosen


def in_this_language(dates, selection, chosen):
    """The selection with each chosen date of another language replaced by the same date here
    (a date keeps its ``uid`` in every language), or None when there is nothing to replace.

    A shared link, or the language switcher, can bring the Dutch ids to the English programme
    and the other way round. Two queries, and only for a selection with ids that are not dates
    of this agenda (``chosen`` holds those that are)."""
    found = {item.occurrence.pk for item in chosen}
    missing = [pk for pk in selection.ids if pk not in found]
    if not missing:
        return None
    from stad.events.models import EventOccurrence  # the models use this module

    uids = dict(EventOccurrence.objects.filter(pk__in=missing).values_list("pk", "uid"))
    here = dict(dates.filter(uid__in=uids.values()).values_list("uid", "pk"))
    replaced = {pk: here[uids[pk]] for pk in missing if uids.get(pk) in here}
    if not replaced:
        return None
    ids = []
    for pk in selection.ids:
        pk = replaced.get(pk, pk)
        if pk not in ids:  # a date chosen in both languages is shown once
            ids.append(pk)
    return Selection(ids, selection.unreadable, selection.left_out)


def in_other_languages(agenda, request, selection):
    """{language code: the programme page with this selection in that language}, for the
    language switcher: the agenda's live translations, which the switcher reads anyway."""
    from stad.core.templatetags.site_tags import translations_of

    query = f"?{selection.query()}" if selection.ids else ""
    return {
        code: page.get_url(request) + ROUTES[code] + query
        for code, page in translations_of(request, agenda).items()
        if code in ROUTES
    }


def page_context(selection, chosen, programme_url, calendar_url):
    """What the programme page shows besides the agenda page's own context."""
    return {
        "programme_url": programme_url,
        "selection": selection,
        "selection_query": selection.query(),
        "programme_days": by_day(chosen),
        "chosen_count": len(chosen),
        # Ids that are no (longer a) live, public date of this agenda: unpublished, private,
        # deleted, or of the other language.
        "unavailable_count": len(selection.ids) - len(chosen),
        "max_dates": MAX_DATES,
        "calendar_url": f"{calendar_url}?{selection.query()}" if chosen else None,
    }
