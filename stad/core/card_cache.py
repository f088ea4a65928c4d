"""Cards kept between page builds, so a page the page cache has to build afresh (a miss) draws
only the cards that changed.

A card (picture, title, link, date line) is the costliest part of drawing a list, and the same
card appears on the home page, the agenda, its filters, its festival and its themes. Each is kept
in the ``pages`` cache under the page-cache generation token (``page_cache.generation``): any
change an editor makes renews the token, and with it every card, exactly as it renews whole
pages, with no invalidation of its own. Cards live ``PAGE_CACHE_SECONDS`` like pages, so a date
that passes leaves them as soon as it leaves pages; with the page cache off (0 seconds, while
developing and in tests) every card is drawn each time.
"""

from django.conf import settings
from django.utils import translation

from stad.core.page_cache import generation


class ReadWhenDrawn:
    """The items of a list known by their keys only; their rows are read (with ``read(keys)``,
    which returns the rows of those keys ready to draw, in order) only for the cards that were
    not kept. In a warm site a page built afresh then reads no rows, no festivals and no
    pictures for its list. Iterates as ``StandIn`` items, which only ``cards`` (and ``len``)
    understands: a template that needs the items' own fields must be given the rows."""

    def __init__(self, model, keys, read):
        self.model = model
        self.keys = list(keys)
        self.read = read

    def __iter__(self):
        return (StandIn(self, key) for key in self.keys)

    def __len__(self):
        return len(self.keys)


class StandIn:
    """One item of a ``ReadWhenDrawn`` list: enough for its card's key."""

    __slots__ = ("source", "pk")

    def __init__(self, source, pk):
        self.source = source
        self.pk = pk

    @property
    def _meta(self):
        return self.source.model._meta


def with_rows(items):
    """``items`` with each stand-in replaced by its row (one read per list); a row that has
    gone since its key was listed becomes None."""
    wanted = {}
    for item in items:
        if isinstance(item, StandIn):
            wanted.setdefault(item.source, []).append(item.pk)
    rows = {}
    for source, keys in wanted.items():
        rows.update({(source, row.pk): row for row in source.read(keys)})
    return [
        rows.get((item.source, item.pk)) if isinstance(item, StandIn) else item for item in items
    ]


def card_key(token, request, item, variant):
    """The card of ``item`` (a page, or an event's date) in the current generation, language
    and site (a link to another site's page is absolute), drawn as ``variant`` says."""
    model = item._meta.label_lower
    host = request.get_host() if request is not None else ""
    return f"card:{token}:{translation.get_language()}:{host}:{model}:{item.pk}:{variant}"


def cards(items, draw, request=None, variant=""):
    """The HTML of each of ``items``, in order: kept ones read in one go from the cache, the
    others drawn with ``draw(item)`` and kept for the next build. Items may be stand-ins
    (``ReadWhenDrawn``): only those not kept are read."""
    items = list(items)
    seconds = settings.PAGE_CACHE_SECONDS
    token = generation.for_request(request)
    if not token:
        return [draw(item) for item in with_rows(items) if item is not None]
    keys = [card_key(token, request, item, variant) for item in items]
    cache = generation.page_cache()
    kept = cache.get_many(keys)
    missing = [(key, item) for key, item in zip(keys, items, strict=True) if key not in kept]
    rows = with_rows([item for _key, item in missing])
    drawn = {
        key: draw(row) for (key, _item), row in zip(missing, rows, strict=True) if row is not None
    }
    if drawn:
        kept.update(drawn)
        cache.set_many(drawn, seconds)
    return [kept[key] for key in keys if key in kept]
