"""Figures a page worked out, kept in the shared ``pages`` store for the pages built after it.

Some parts of a page cost work that grows with the content but not with the address: the
agenda's option counts are the same for page 1 and page 40 of one set of filters, and for an
address that only adds a parameter nobody reads (a campaign tag). They are filed under the page
cache's generation token, like the cards (``stad.core.card_cache``): anything an editor does
renews the token and with it every kept figure, without an invalidation of its own. They also
end with a time slot of ``PAGE_CACHE_SECONDS``, as pages do, so time passing (a date that has
ended) shows as soon as in a page. Stored in the shared store, not in process memory, because
the names can be as many as the filter combinations visitors ask for: the store culls them.
With the page cache off (tests, development) every figure is worked out each time.

Only plain data (numbers, strings, lists and dicts of them) belongs here: whatever is kept is
handed to every page built in the generation.
"""

import hashlib
import time

from django.conf import settings

from stad.core.page_cache import generation


def keeping(request):
    """Whether figures are kept for this request (the page cache is on and its store answers)."""
    return bool(generation.for_request(request))


def kept(request, name, compute):
    """``compute()``, or what it gave for ``name`` earlier in this generation and time slot.

    ``name`` must say everything the value depends on besides the content (the page, the
    language, the filters, the day).
    """
    token = generation.for_request(request)
    if not token:
        return compute()
    seconds = settings.PAGE_CACHE_SECONDS
    slot = int(time.time() // seconds)
    digest = hashlib.sha256(name.encode()).hexdigest()
    key = f"kept:{token}:{slot}:{digest}"
    cache = generation.page_cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value
