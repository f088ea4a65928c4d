from django.conf import settings
from django.shortcuts import render


def locked_out_response(request, original_response=None, credentials=None):
    """What the admin login shows while a user name is locked (axes' ``AXES_LOCKOUT_CALLABLE``):
    a page in the admin's own style that says why and for how long, instead of axes' bare text.

    429 Too Many Requests, so a script sees it is being throttled. Rendered at once: axes'
    middleware hands it back after Django has rendered the view's own response.
    """
    return render(
        request,
        "accounts/locked_out.html",
        {"cool_off_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)},
        status=429,
    )
