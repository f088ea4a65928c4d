"""The news feeds of the visitor's language, for ``<link rel="alternate">`` in every page's head."""

from django import template

from stad.core.localization import current_home
from stad.core.models import NewsIndexPage
from stad.core.navigation import first_child_of_type
from stad.core.site_wide import remembered

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The RSS and Atom addresses of this language's news, or None when it has no news page."""
    request = context.get("request")
    return remembered(request, "news_feeds", lambda: feeds_of_language(request))


def feeds_of_language(request):
    home = current_home(request)
    news_index = first_child_of_type(home, NewsIndexPage) if home is not None else None
    if news_index is None:
        return None
    address = news_index.get_full_url(request)
    return {
        "title": news_index.title,
        "rss": address + news_index.reverse_subpage("feed"),
        "atom": address + news_index.reverse_subpage("atom_feed"),
    }
