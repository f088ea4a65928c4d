"""What every page shows alike (the header's menu, the footer, the news feed links), worked out
once per generation of the page cache in each process, not once per page built.

A page the page cache has to build (a miss) would otherwise read the chrome, the home page's
children and the news index again, and these are the same for every page of a language and
site until an editor changes something. Kept in process memory, which is safe here only because
every value is filed under the page cache's generation token, read from the shared store on
each request (``page_cache.generation``): a publish in any process renews the token, and the
next request in every process finds nothing under the new one. Entries also end with a time
slot of ``PAGE_CACHE_SECONDS``, so a change that bypassed the signals (a shell, a data import)
shows within twice that time (a page's own slot starts at an offset of its own). With the page
cache off (tests, development) every value is worked out each time.

Only plain data is kept (strings, numbers, dicts and lists of them), never model instances: a
template or tag may set attributes on an instance for its own page (the menu marks the current
item), which must not leak into another visitor's page.
"""

import threading
import time

from django.conf import settings
from django.utils import translation

from stad.core.page_cache import generation

_lock = threading.Lock()
_kept = {"when": None, "values": {}}


def remembered(request, name, compute, changes_with_time=False):
    """``compute()`` for this language and host, kept while the generation and time slot last.

    ``changes_with_time``: the value holds what time alone can change (upcoming dates), so the
    page built from it is kept no longer than its slot (``generation.bound_freshness``).
    """
    token = generation.for_request(request)
    if not token:
        return compute()
    seconds = settings.PAGE_CACHE_SECONDS
    slot = int(time.time() // seconds)
    if changes_with_time:
        generation.bound_freshness(request, (slot + 1) * seconds)
    when = (token, slot)
    site = (request.scheme, request.get_host()) if request is not None else None
    key = (name, translation.get_language(), site)
    with _lock:
        if _kept["when"] != when:
            # A new generation or time slot: what was kept is never asked for again.
            _kept["when"], _kept["values"] = when, {}
        values = _kept["values"]
        if key in values:
            return values[key]
    value = compute()
    with _lock:
        if _kept["when"] == when:
            values[key] = value
    return value
