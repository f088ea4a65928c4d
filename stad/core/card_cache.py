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


def card_key(token, request, item, variant):
    """The card of ``item`` (a page, or an event's date) in the current generation, language
    and site (a link to another site's page is absolute), drawn as ``variant`` says."""
    model = item._meta.label_lower
    host = request.get_host() if request is not None else ""
    return f"card:{token}:{translation.get_language()}:{host}:{model}:{item.pk}:{variant}"


def cards(items, draw, request=None, variant=""):
    """The HTML of each of ``items``, in order: kept ones read in one go from the cache, the
    others drawn with ``draw(item)`` and kept for the next build."""
    items = list(items)
    seconds = settings.PAGE_CACHE_SECONDS
    token = generation.for_request(request)
    if not token:
        return [draw(item) for item in items]
    keys = [card_key(token, request, item, variant) for item in items]
    cache = generation.page_cache()
    kept = cache.get_many(keys)
    drawn = {}
    for key, item in zip(keys, items, strict=True):
        if key not in kept:
            drawn[key] = kept[key] = draw(item)
    if drawn:
        cache.set_many(drawn, seconds)
    return [kept[key] for key in keys]
