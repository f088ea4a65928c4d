"""The agenda's option counts and the keys of its list, worked out together and kept.

Counts are faceted (see ``stad.events.filters``): the filters not in use share one base, each
filter in use counts on a base that leaves itself out, and every option of every base is
counted in one aggregate query, together with the list itself.

With the page cache on, the figures and the first keys of the list are kept in the shared store
for the pages built after this one (``page_cache.kept``): they are the same on every page of
the list and for an address that only adds a parameter nobody reads (a campaign tag), and at
thousands of events counting and sorting them is the agenda's costliest work. They are kept in
one entry, so the count above the list and the list always agree, and named by filter and option
value rather than by position, so figures stored by code with other filters (before a deploy)
never land on the wrong option.
"""

from django.db.models import Count

from stad.core.page_cache.kept import keeping, kept
from stad.core.pagination import KEPT_PAGES

# Dates per page of the agenda (its paginator uses the same number).
PER_PAGE = 20


def count(filters):
    """Fill in ``filters``' option counts, ``results_count`` and ``first_keys`` (the first keys
    of the list, in order, when kept; None with the page cache off)."""
    groups = count_groups(filters)
    found = kept(filters.request, kept_name(filters), lambda: work_out(filters, groups))
    figures = found["figures"]
    filters.results_count = figures.get("results", 0)
    filters.first_keys = found["keys"]
    for group, items, _base in groups:
        for item in items:
            item.total = figures.get(("total", group), 0)
            for option in item.options:
                option.count = figures.get((group, item.name, option.value), 0)


def kept_name(filters):
    """What the figures depend on besides the content: the agenda, its tab, the day and the
    filters in force (as their link says them, so equal choices share them)."""
    tab = "past" if filters.showing_past else "upcoming"
    day = filters.today.isoformat()
    return f"agenda-figures:{filters.agenda.pk}:{tab}:{day}:{filters.query()}"


def count_groups(filters):
    """(name, filters, base condition): the idle filters together, each one in use alone."""
    idle = [item for item in filters.filters if not item.selected]
    groups = [("idle", idle, filters.conditions())] if idle else []
    return groups + [
        (item.name, [item], filters.conditions(leave_out=item))
        for item in filters.filters
        if item.selected
    ]


def work_out(filters, groups):
    keys = None
    if keeping(filters.request):
        keys = list(filters.results().values_list("pk", flat=True)[: KEPT_PAGES * PER_PAGE])
    return {"figures": figures_of(filters, groups), "keys": keys}


def figures_of(filters, groups):
    """{"results": n, ("total", group): n, (group, filter, option value): n} in one query."""
    counts = {"results": Count("pk", filter=filters.conditions() or None)}
    names = {"results": "results"}
    for g, (group, items, base) in enumerate(groups):
        counts[f"total{g}"] = Count("pk", filter=base or None)
        names[f"total{g}"] = ("total", group)
        for i, item in enumerate(items):
            for j, option in enumerate(item.options):
                counts[f"g{g}_f{i}_{j}"] = Count("pk", filter=base & option.condition)
                names[f"g{g}_f{i}_{j}"] = (group, item.name, option.value)
    return {names[alias]: value for alias, value in filters.dates.aggregate(**counts).items()}
