"""The generation token every page-cache key carries (see the package's docstring)."""

import logging
import threading
import time
import uuid

import pybreaker
from django.conf import settings
from django.core.cache import caches
from django.db import transaction

from stad.core import outages

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache-generation"

logger = logging.getLogger(__name__)


def page_cache():
    return caches[CACHE_ALIAS]


def current():
    """The token of the content visitors see now; made on first use."""
    settle_owed_renewal()
    cache = page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(GENERATION_KEY)
    # A cache that stores nothing (Redis gone) leaves no token: then nothing is served from it.
    return token


def current_and(key):
    """The current token and what the cache holds under ``key``, read together: one round trip
    to Redis (MGET) for a page-cache lookup, where reading the token first and then a key made
    from it took two."""
    settle_owed_renewal()
    found = page_cache().get_many([GENERATION_KEY, key])
    if after_outage.owed.is_set():
        # This very call closed the breaker after an outage: what it read was stored before.
        settle_owed_renewal()
        return current(), None
    token = found.get(GENERATION_KEY)
    return (token or current()), found.get(key)


def for_request(request):
    """The token ``request`` sees, read once per request (the middleware, the cards and the
    chrome all ask); None when the page cache is off or its store does not answer."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return None
    if request is None:
        return current()
    if not hasattr(request, "_page_cache_token"):
        request._page_cache_token = current()
    return request._page_cache_token


def slot_of(digest, moment):
    """The stretch of ``PAGE_CACHE_SECONDS`` that ``moment`` falls in for a value (a page, a
    kept figure) whose key has the hex ``digest``, and when it ends (a timestamp). Each digest's
    slots start at an offset of their own, so values do not all expire in the same second."""
    seconds = settings.PAGE_CACHE_SECONDS
    offset = int(digest[:8], 16) % seconds
    slot = int((moment + offset) // seconds)
    return slot, (slot + 1) * seconds - offset


def bound_freshness(request, until):
    """The page built for ``request`` shows something worked out in a time slot that ends at
    ``until`` (a timestamp; see ``kept`` and ``site_wide``): the page cache keeps the page no
    longer, so what changes with time (a date that has ended) is never older than one slot."""
    if request is not None:
        request._page_cache_fresh_until = min(
            getattr(request, "_page_cache_fresh_until", until), until
        )


def lifetime(request):
    """How long the page built for ``request`` may be kept: ``PAGE_CACHE_SECONDS``, or less when
    it shows figures kept from earlier in their time slot (``bound_freshness``)."""
    seconds = settings.PAGE_CACHE_SECONDS
    until = getattr(request, "_page_cache_fresh_until", None)
    if until is None:
        return seconds
    return max(1, min(seconds, int(until - time.time())))


def settle_owed_renewal():
    if after_outage.owed.is_set():
        after_outage.owed.clear()
        renew("the cache answers again after an outage")


def renew(reason):
    """Start a new generation: no page built before this moment is served again.

    Set, not incremented: a new random token needs no atomic increment, which the file cache
    does not have, and two workers renewing at once both end up with a token nobody used.
    """
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    logger.info("Page cache renewed: %s", reason)


def renew_after_commit(reason):
    """Renew once the change is in the database: renewing earlier would let a visit in between
    store the old content under the new token.

    A transaction that saves many objects (an import, a page with its inline rows) renews once:
    each callback remembers how many renewals this connection had run when it was registered,
    and stands down if one has run since, since that one came after its change was committed.
    """
    connection = transaction.get_connection()
    registered_after = getattr(connection, "page_cache_renewals", 0)

    def run():
        if getattr(connection, "page_cache_renewals", 0) != registered_after:
            return
        connection.page_cache_renewals = registered_after + 1
        renew(reason)

    transaction.on_commit(run)


class RenewAfterCacheOutage(pybreaker.CircuitBreakerListener):
    """Renew when Redis answers again after an outage.

    A publish during the outage could not renew the token (the cache was skipped), and a Redis
    that hung rather than restarted still holds the pages stored before it: without this, they
    would be served until they expire. Every process that noticed the outage renews once.

    The renewal is owed here and paid by the next ``current()``: pybreaker tells listeners of
    the change before the breaker is in its new state, so a cache call from here would go
    through the half-open breaker again and recurse.
    """

    def __init__(self):
        self.owed = threading.Event()

    def state_change(self, breaker, old, new):
        if new.name == pybreaker.STATE_CLOSED and old and old.name == pybreaker.STATE_HALF_OPEN:
            self.owed.set()


after_outage = RenewAfterCacheOutage()
outages.cache.add_listener(after_outage)
