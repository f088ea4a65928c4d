"""Values that many templates and tags of one page ask for, worked out once per request.

Kept on the request object, so they live exactly as long as the response they serve: nothing
is cached across requests in process memory, where a publish in another process could not
reach it.
"""

from django.utils import translation

STORE_ATTRIBUTE = "_stad_once_per_request"

# The home page of the request's language (see ``localization.current_home``).
HOME_OF_REQUEST = "home"


def once_per_request(request, name, compute, per_language=True):
    """``compute()``, remembered on ``request`` under ``name`` (and the active language, which
    a page may switch while it renders); without a request, computed each time."""
    if request is None:
        return compute()
    store = request.__dict__.setdefault(STORE_ATTRIBUTE, {})
    key = (name, translation.get_language()) if per_language else name
    if key not in store:
        store[key] = compute()
    return store[key]


def remember_for_request(request, name, value, per_language=True):
    """Store ``value`` as if ``once_per_request`` had computed it (routing knows some already)."""
    store = request.__dict__.setdefault(STORE_ATTRIBUTE, {})
    store[(name, translation.get_language()) if per_language else name] = value
