"""Finding the page of a URL in two queries however deep it sits.

Wagtail walks the tree from the home page, one slug at a time, and reads each page along the
way twice (its row, then its type's row): an event in a festival under the agenda costs six
queries before it renders. Every page stores its URL path (``url_path``), so all the pages
along a URL can be read in one query and only the last one made specific.

The walk keeps Wagtail's rules: a page whose class routes in its own way is asked as Wagtail
would ask it, and a live routable page (the agenda, a festival) gets the rest of the path first
when one of its sub-routes (``ical/``, ``past/``) matches it.
"""

from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from stad.core.per_request import once_per_request, remember_for_request
from stad.core.visibility import restricted_here_or_above

PAGES_ON_THE_WAY = "pages_on_the_way"


def routes_like_a_page(page_class):
    """True when the class routes as Wagtail's ``Page`` or ``RoutablePageMixin`` does."""
    return page_class.route in (Page.route, RoutablePageMixin.route)


def takes_the_rest(page, page_class, remaining):
    """Would this page, reached on the way, serve ``remaining`` itself (a routable sub-route)?"""
    if not remaining or not issubclass(page_class, RoutablePageMixin) or not page.live:
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Resolver404:
        return False
    return True


def route_from(root, request, path_components):
    """Wagtail's ``root.route(request, path_components)``, in two queries for a page below."""
    prefixes = [
        root.url_path + "".join(f"{slug}/" for slug in path_components[:depth])
        for depth in range(1, len(path_components) + 1)
    ]
    along = Page.objects.descendant_of(root).filter(url_path__in=prefixes)
    # Each page along the URL has its slug among the URL's parts: said again, the condition lets
    # the database find them by Wagtail's index on ``slug`` (``url_path`` has none, and the
    # range of ``path`` under the home page is the whole site: read row by row, it cost 3 ms at
    # 12,000 pages). The order does not matter: the pages are looked up by their path below.
    along = along.filter(slug__in=path_components).order_by()
    # Whether a page is behind a password or login, for the breadcrumbs that show these pages.
    along = along.annotate(is_restricted=restricted_here_or_above())
    # The page's language decides labels and the order of the agenda's filters: read it here
    # rather than in a query of its own while the page renders.
    along = along.select_related("locale")
    found = {page.url_path: page for page in along}
    parent = root
    on_the_way = []
    for depth, prefix in enumerate(prefixes, start=1):
        page = found.get(prefix)
        if page is None or page.depth != root.depth + depth:
            break
        page._cached_parent_obj = parent  # as Wagtail's walk does: no query for the parent
        page_class = page.specific_class
        remaining = path_components[depth:]
        last = depth == len(path_components)
        if (
            last
            or not routes_like_a_page(page_class)
            or takes_the_rest(page, page_class, remaining)
        ):
            specific = page.specific
            specific._state.fields_cache.setdefault("locale", page.locale)
            result = specific.route(request, remaining)
            remember_for_request(request, PAGES_ON_THE_WAY, (result, on_the_way))
            return result
        on_the_way.append(page)
        parent = page
    # Not found below ``root`` (a 404), or a path Wagtail's own walk must decide.
    return Page.route(root, request, path_components)


def pages_on_the_way(request, page):
    """The pages routing passed on its way to ``page`` (below the home page, top first, each
    with ``is_restricted``), or None when routing did not end at ``page`` itself."""
    if request is None:
        return None
    routed = once_per_request(request, PAGES_ON_THE_WAY, lambda: None)
    if routed is None:
        return None
    result, on_the_way = routed
    if result is None or getattr(result[0], "pk", None) != page.pk:
        return None
    return on_the_way
