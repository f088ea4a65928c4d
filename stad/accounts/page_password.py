"""Wagtail's page-password form, with a limit on wrong passwords per address and page.

django-axes watches ``authenticate()`` only; a page password is checked by Wagtail's own view
(``wagtail.views.authenticate_with_password``), so without this anyone could try passwords as
fast as the server answers. Counts live in the ``default`` cache (Redis in production, shared by
all workers).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from wagtail.views import authenticate_with_password

from stad.accounts.client_address import client_address
from stad.accounts.sign_in_log import log_failed_page_password, log_page_password_throttled


def failure_key(request, restriction_id):
    # Per restriction, not per page: Wagtail checks the password of the restriction in the
    # address against any page id in it, so a count per page could be reset by changing the id.
    # Per window of PAGE_PASSWORD_COOLOFF_SECONDS by our clock, not only by the store's expiry:
    # Redis expires keys by its own clock, which neither a test nor a changed setting can move.
    # A pause therefore ends with its window, at most the cool-off after the last wrong password.
    window = int(time.time() // settings.PAGE_PASSWORD_COOLOFF_SECONDS)
    return f"page-password-failures:{restriction_id}:{client_address(request)}:{window}"


def throttled_authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's view, refused with an explanation after ``PAGE_PASSWORD_FAILURE_LIMIT`` wrong
    passwords for this restriction from this address, until ``PAGE_PASSWORD_COOLOFF_SECONDS``
    pass."""
    if request.method != "POST":
        return authenticate_with_password(request, page_view_restriction_id, page_id)
    key = failure_key(request, page_view_restriction_id)
    if cache.get(key, 0) >= settings.PAGE_PASSWORD_FAILURE_LIMIT:
        log_page_password_throttled(request, page_id)
        return TemplateResponse(
            request,
            "accounts/page_password_throttled.html",
            {"cool_off_minutes": settings.PAGE_PASSWORD_COOLOFF_SECONDS // 60},
            status=429,
        )
    response = authenticate_with_password(request, page_view_restriction_id, page_id)
    # A right password redirects to the page; a wrong one shows the form again.
    if response.status_code == 200:
        log_failed_page_password(request, page_id)
        # add() starts the count with the cool-off; incr() keeps that expiry.
        if not cache.add(key, 1, settings.PAGE_PASSWORD_COOLOFF_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, settings.PAGE_PASSWORD_COOLOFF_SECONDS)
    return response
