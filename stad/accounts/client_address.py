"""The visitor's own address, also behind the reverse proxy or load balancer in front of us.

Behind a proxy every request comes from the proxy's address, so a lockout per address would lock
out everyone at once. The proxy appends the address it saw to ``X-Forwarded-For``; with
``TRUSTED_PROXY_COUNT`` proxies in front of the site, the entry that many places from the right
is the one written by our outermost proxy. Entries further left are typed by the client and are
never trusted.
"""

from django.conf import settings


def client_address(request):
    """The address to count sign-in failures against (axes' ``AXES_CLIENT_IP_CALLABLE``)."""
    trusted_proxies = settings.TRUSTED_PROXY_COUNT
    if trusted_proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= trusted_proxies:
            return forwarded[-trusted_proxies]
    return request.META.get("REMOTE_ADDR", "")
