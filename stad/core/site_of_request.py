"""Where Wagtail starts routing a request, from what the page cache's generation remembers.

Before a page renders, Wagtail finds the request's site (a query that ranks every site by host
and port, reading the root page with it), the root's translation in the request's language and
that page's specific row: three or four queries and about 2 ms of CPU, paid by every page the
page cache builds, though sites and home pages change rarely. Here their fields are remembered
per generation (``site_wide.remembered``: any save of a site or page renews the generation) and
each request gets objects of its own made from them, so nothing set on them leaks into another
visitor's page. The home page's stream and JSON fields are left out (deferred): only the home
page itself shows them, and reads them when it does. With the page cache off, Wagtail's queries
run as before.
"""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from stad.core.page_cache.kept import keeping
from stad.core.per_request import HOME_OF_REQUEST, remember_for_request
from stad.core.plain_rows import plain_fields
from stad.core.site_wide import remembered

SITE_FIELDS = [field.attname for field in Site._meta.concrete_fields]
PAGE_FIELDS = [field.attname for field in Page._meta.concrete_fields]


def routing_facts(request):
    """The request's site, its root page and the root's live translation in the request's
    language (the home page routing starts from), as plain values, by Wagtail's own rules."""
    site = Site._find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    home = root.localized.specific
    home_fields = plain_fields(type(home))
    return (
        [getattr(site, name) for name in SITE_FIELDS],
        [getattr(root, name) for name in PAGE_FIELDS],
        (type(home), home_fields, [getattr(home, name) for name in home_fields]),
    )


def site_from(facts):
    site_values, root_values, _home = facts
    site = Site.from_db(None, SITE_FIELDS, site_values)
    site._state.fields_cache["root_page"] = Page.from_db(None, PAGE_FIELDS, root_values)
    return site


def home_from(facts):
    model, names, values = facts[2]
    return model.from_db(None, names, values)


def starts_from_remembered_site(view):
    """Marks a public view that is not a page (search) whose request's site and home page (for
    the header and the menu) may come from the remembered facts too, when they are kept."""
    view.starts_from_remembered_site = True
    return view


class RoutingStartMiddleware:
    """For Wagtail's page view: the request's site, and what ``Page.route_for_request`` does,
    from the remembered facts rather than from ``site.root_page.localized.specific`` (after
    LocaleMiddleware, whose language the remembered values are filed under); for a view marked
    ``starts_from_remembered_site``, the site and the home page. Other views (the admin, the
    API, the health check, which must answer when the database is down) find the site as
    Wagtail does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            # With nothing kept, working the facts out would cost such a view more than
            # Wagtail's own lookups of the site and home page.
            if getattr(view_func, "starts_from_remembered_site", False) and keeping(request):
                facts = remembered(request, "routing-start", lambda: routing_facts(request))
                if facts is not None:
                    request._wagtail_site = site_from(facts)
                    remember_for_request(request, HOME_OF_REQUEST, home_from(facts))
            return None
        facts = remembered(request, "routing-start", lambda: routing_facts(request))
        if facts is None:
            return None
        request._wagtail_site = site_from(facts)
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            route = home_from(facts).route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
        request._wagtail_route_for_request = route
        return None
