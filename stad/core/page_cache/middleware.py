"""Serve anonymous visits from the page cache, before sessions or any other middleware run."""

import hashlib
import time

from django.conf import settings
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import translation
from django.utils.cache import patch_cache_control, set_response_etag

from . import generation

# Never served from or stored in the cache: the admin (and its previews), documents (their
# serve view checks collection permissions per request) and the health check.
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/healthz")
# Headers a stored response may vary on. "Cookie" appears whenever a view looked at the
# session; without a session cookie the page is the same for every visitor. The language is
# part of the key. Anything else is not stored.
HARMLESS_VARY = {"cookie", "accept-encoding", "accept-language"}
REFUSED_CACHE_CONTROL = ("private", "no-store", "no-cache")
HEADER = "X-Page-Cache"


def seconds():
    return settings.PAGE_CACHE_SECONDS


def is_personal(request):
    """A signed-in editor, a visitor who entered a page password, or anyone else with a session
    may see something other visitors do not."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_cacheable_request(request):
    return (
        seconds() > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
        and not is_personal(request)
    )


def is_storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in REFUSED_CACHE_CONTROL):
        return False
    varies_on = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
    if not varies_on <= HARMLESS_VARY:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def language(request):
    """The language the page will be in: its /nl/ or /en/ prefix, or for addresses outside the
    language tree (the API, feeds of the sitemap) what LocaleMiddleware will pick from the
    browser's Accept-Language, since their texts may follow it."""
    return translation.get_language_from_path(
        request.path_info
    ) or translation.get_language_from_request(request)


def time_slot(digest):
    """The stretch of ``PAGE_CACHE_SECONDS`` that now falls in, for one address.

    A stored page is served only within its slot, so it is never older than that however the
    store expires entries (Redis expires them by its own clock, which a test cannot move), and a
    date that has passed leaves the lists in time. Each address's slots start at its own offset,
    so the pages of a site do not all expire in the same second.
    """
    return generation.slot_of(digest, time.time())[0]


def encoding(request):
    """How the page is kept: compressed (by GZipMiddleware, inside this one) for browsers that
    take gzip, plain for the few clients that do not; Django's own test of the header."""
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    return "gzip" if re_accepts_gzip.search(accepted) else "plain"


def cache_key(request):
    # The host and scheme keep sites apart; the query string carries the filters, the page
    # number, the search words and the API's ?locale=. The generation is not in the key but in
    # the entry (see ``PageCacheMiddleware``), so the token and the page are read in one go.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page:{language(request)}:{encoding(request)}:{digest}:{time_slot(digest)}"


def mark_personal(response):
    """Nobody but this browser may keep it: not a CDN, not a shared proxy, not the disk."""
    patch_cache_control(response, private=True, no_store=True)
    response.headers.pop("Expires", None)


def kept_copy(response):
    """What a hit sends, and nothing else: the status, the headers and the bytes.

    A view's response object carries more than that in its pickle: an API response keeps the
    serialised data it was rendered from (seven times the size of its compressed body, and four
    times as slow to unpickle on every hit), a template response its flags. Stored responses
    are 200s without cookies (``is_storable``), so nothing a visitor gets is left out.
    """
    return HttpResponse(response.content, status=response.status_code, headers=response.headers)


class PageCacheMiddleware:
    """Anonymous GET and HEAD requests are answered from the ``pages`` cache when it holds the
    response for the same URL in the current generation; other responses that anyone may see
    are stored for ``PAGE_CACHE_SECONDS`` and marked for shared caches (``s-maxage``) with an
    ETag, so browsers and a CDN can ask "has it changed?" and get a 304.

    Each entry holds the token of the generation it was built in, and the lookup reads the
    current token and the entry together (``generation.current_and``): with Redis, a hit costs
    one round trip, not two. A page rebuilt after a change overwrites the old entry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if request.path.startswith("/admin/") or is_personal(request):
                mark_personal(response)
            elif "Cache-Control" not in response:
                # Said explicitly, so that no proxy or CDN keeps a page for a time of its own
                # choosing: it may keep a copy, but must ask each time (the page cache is off,
                # or this is a POST, a document or the health check).
                patch_cache_control(response, no_cache=True)
            return response

        key = cache_key(request)
        token, stored = generation.current_and(key)
        request._page_cache_token = token  # the cards and the chrome of this request use it
        if token and isinstance(stored, tuple):
            stored_token, cached = stored
            # Stored under an older generation: an editor changed something since.
            if stored_token == token:
                cached[HEADER] = "hit"
                return cached

        response = self.get_response(request)
        if token and is_storable(request, response):
            lifetime = generation.lifetime(request)
            set_response_etag(response)
            patch_cache_control(response, public=True, s_maxage=lifetime)
            if "max-age" not in response.get("Cache-Control", ""):
                # Browsers ask again every time (a cheap 304 with the ETag), so a visitor sees
                # a publish at once; shared caches keep the page for s-maxage.
                patch_cache_control(response, max_age=0)
            response[HEADER] = "miss"
            generation.page_cache().set(key, (token, kept_copy(response)), lifetime)
        elif getattr(request, "user", None) is not None and request.user.is_authenticated:
            mark_personal(response)
        return response
