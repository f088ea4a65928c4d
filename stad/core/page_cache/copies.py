"""Each worker's own copies of the pages it served from the shared store.

A hit used to read the generation token and the whole page from the shared store (one MGET with
Redis): for a page of a few kilobytes about a third of a hit's CPU went to moving and parsing
the page, and for the agenda's 70 KB iCal feed more, in the worker and in Redis itself. With a
copy, a hit reads only the token, a few bytes, and takes the page from this process's memory.

Exact as before: a copy is served only under the token it was built in, and the token is read
from the shared store on every request, so a publish in any process of any server reaches the
next visitor of every worker. A copy ends when its shared entry would (its expiry travels with
the entry, since a page showing figures of an earlier time slot lives less than
``PAGE_CACHE_SECONDS``; see ``generation.lifetime``).

Django's local-memory cache holds them: bounded by ``MAX_ENTRIES`` (it drops a third when full),
and it unpickles a fresh response for every hit, so what outer middleware adds to one visitor's
response never reaches the next. Pages larger than ``LARGEST_COPY`` are not copied; they are
rare and would take the memory of many small ones.
"""

import time
from typing import NamedTuple

from django.core.cache import caches

CACHE_ALIAS = "page-copies"
LARGEST_COPY = 128 * 1024


class Stored(NamedTuple):
    """What the shared store keeps under a page's key."""

    token: str
    response: object
    expires_at: float


def find(key):
    """This process's copy of the page under ``key`` (a ``Stored``), or None."""
    return caches[CACHE_ALIAS].get(key)


def keep(key, stored):
    """Copy an entry just read from the shared store, for this process's next hits."""
    if not isinstance(stored, Stored) or len(stored.response.content) > LARGEST_COPY:
        return
    remaining = stored.expires_at - time.time()
    if remaining >= 1:
        caches[CACHE_ALIAS].set(key, stored, int(remaining))
