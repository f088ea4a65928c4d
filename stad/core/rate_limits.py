"""Requests per client for the views that cost a search or a database listing each.

django-ratelimit counts them in fixed windows (a minute for "30/m"), per client address
(``RATELIMIT_IP_META_KEY``: the address the sign-in lockout uses, also behind the proxy), in the
``pages`` cache that every worker shares (``RATELIMIT_USE_CACHE``). The search page, its
suggestions and the API each have their own count and setting (``SEARCH_RATE_LIMIT`` ...).

Only requests that reach the view count: the page cache answers a stored search or API listing
before any view runs (for about half a millisecond), so a visitor who reloads costs nothing and
is not counted either.

Over the limit a view answers 429 Too Many Requests with ``Retry-After``: the seconds until the
client's window ends. When the cache cannot count (Redis down) the request goes through
(``RATELIMIT_FAIL_OPEN``): an outage of the cache must not take search down with it.
"""

import functools
import logging

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string
from django_ratelimit.core import get_usage

logger = logging.getLogger("stad.rate_limits")


def seconds_to_wait(request, group, rate):
    """Count this request against ``group``'s ``rate`` for its client: None while within it,
    else the seconds until the client may ask again. A ``rate`` of None counts nothing."""
    if not rate:
        return None
    try:
        usage = get_usage(request, group=group, key="ip", rate=rate, increment=True)
    except ValueError:
        # The address is no address: REMOTE_ADDR empty on a Unix socket, or a forwarded entry
        # that is not one (TRUSTED_PROXY_COUNT set too high). Such a client could as well send a
        # new made-up address each time, so refusing it would protect nothing; serve it.
        return None
    if usage is None or not usage["should_limit"]:
        return None
    if usage["count"] == usage["limit"] + 1:
        # Once per client and window, not per refusal: a script would flood the log.
        logger.warning(
            "%s from %s: more than %s; refused until the window ends",
            group,
            import_string(settings.RATELIMIT_IP_META_KEY)(request),
            rate,
        )
    # The window can end in this very second; "Retry-After: 0" would invite a tight loop.
    return max(usage["time_left"], 1)


def mark_refused(response, seconds):
    """A 429 says when to come back, and no cache (ours, a CDN's, a browser's) may keep it."""
    response.status_code = 429
    response["Retry-After"] = str(seconds)
    patch_cache_control(response, private=True, no_store=True)
    return response


def limit_per_client(group, rate_setting, refusal):
    """Decorate a view: over the rate in setting ``rate_setting`` for ``group``, a client gets
    ``refusal(request, seconds)`` as a 429 instead of the view's answer."""

    def decorator(view):
        @functools.wraps(view)
        def limited(request, *args, **kwargs):
            seconds = seconds_to_wait(request, group, getattr(settings, rate_setting))
            if seconds is not None:
                return mark_refused(refusal(request, seconds), seconds)
            return view(request, *args, **kwargs)

        return limited

    return decorator
