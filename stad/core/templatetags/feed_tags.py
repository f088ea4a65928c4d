"""The news feeds of the visitor's language, for ``<link rel="alternate">`` in every page's head."""

from django import template
from django.utils import translation

from stad.core.models import NewsIndexPage
from stad.core.visibility import public

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The RSS and Atom addresses of this language's news, or None when it has no news page."""
    news_index = (
        public(NewsIndexPage.objects.live())
        .filter(locale__language_code=translation.get_language())
        .defer_streamfields()
        .first()
    )
    if news_index is None:
        return None
    address = news_index.get_full_url(context.get("request"))
    return {
        "title": news_index.title,
        "rss": address + news_index.reverse_subpage("feed"),
        "atom": address + news_index.reverse_subpage("atom_feed"),
    }
