"""The Wagtail site of a request, from what the page cache's generation remembers.

Wagtail finds a request's site (``Site.find_for_request``) with a query that ranks every site
by host and port and reads the root page with it: about 1 ms of CPU, paid by every page the page
cache builds, though sites change once in a site's life. Here the site's fields and its root
page's are remembered per generation (``site_wide.remembered``: any save of a site or page
renews the generation) and each request gets objects of its own made from them, so nothing set
on them leaks into another visitor's page. With the page cache off, Wagtail's query runs as
before.
"""

from django.conf import settings
from wagtail.models import Page, Site

from stad.core.site_wide import remembered

SITE_FIELDS = [field.attname for field in Site._meta.concrete_fields]
PAGE_FIELDS = [field.attname for field in Page._meta.concrete_fields]


def site_facts(request):
    """The request's site and its root page as plain values, by Wagtail's own matching."""
    site = Site._find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    return (
        [getattr(site, name) for name in SITE_FIELDS],
        [getattr(root, name) for name in PAGE_FIELDS],
    )


def site_from(facts):
    site_values, root_values = facts
    site = Site.from_db(None, SITE_FIELDS, site_values)
    site._state.fields_cache["root_page"] = Page.from_db(None, PAGE_FIELDS, root_values)
    return site


class RememberedSiteMiddleware:
    """Sets the request's site before Wagtail looks for it (after LocaleMiddleware, whose
    language the remembered values are filed under). The admin finds its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            facts = remembered(request, "site-of-request", lambda: site_facts(request))
            if facts is not None:
                request._wagtail_site = site_from(facts)
        return self.get_response(request)
