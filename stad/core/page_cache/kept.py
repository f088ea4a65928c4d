"""Figures a page worked out, kept in the shared ``pages`` store for the pages built after it.

Some parts of a page cost work that grows with the content but not with the address: the
agenda's option counts are the same for page 1 and page 40 of one set of filters, and for an
address that only adds a parameter nobody reads (a campaign tag). They are filed under the page
cache's generation token, like the cards (``stad.core.card_cache``): anything an editor does
renews the token and with it every kept figure, without an invalidation of its own. They also
end with a time slot of ``PAGE_CACHE_SECONDS`` (each name's slots start at an offset of their
own, as pages' do, so they do not all end in the same second), and a page built from figures
that time can change is kept no longer than their slot (``generation.bound_freshness``): a date
that has ended leaves the figures, and the pages that show them, within one slot. Stored in
the shared store, not in process memory, because the names can be as many as the filter
combinations visitors ask for: the store culls them. With the page cache off (tests,
development) every figure is worked out each time.

Only plain data (numbers, strings, lists and dicts of them) belongs here: whatever is kept is
handed to every page built in the generation.
"""

import hashlib
import time

from stad.core.page_cache import generation


def keeping(request):
    """Whether figures are kept for this request (the page cache is on and its store answers)."""
    return bool(generation.for_request(request))


def kept(request, name, compute, changes_with_time=True):
    """``compute()``, or what it gave for ``name`` earlier in this generation and time slot.

    ``name`` must say everything the value depends on besides the content (the page, the
    language, the filters, the day). ``changes_with_time``: the value holds what time alone
    changes (upcoming dates), so the page built from it is kept no longer than its slot; a
    value only editors change (the order of the news) leaves the page its full lifetime.
    """
    token = generation.for_request(request)
    if not token:
        return compute()
    digest = hashlib.sha256(name.encode()).hexdigest()
    slot, ends = generation.slot_of(digest, time.time())
    if changes_with_time:
        generation.bound_freshness(request, ends)
    key = f"kept:{token}:{slot}:{digest}"
    cache = generation.page_cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, max(1, int(ends - time.time())))
    return value


def slot_end(name, moment):
    """When the slot of the value kept as ``name`` at ``moment`` ends."""
    return generation.slot_of(hashlib.sha256(name.encode()).hexdigest(), moment)[1]
