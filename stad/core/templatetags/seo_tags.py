"""The <head> of every page for search engines and social media (see ``home.seo``)."""

from django import template
from wagtail.models import Page

from stad.core.seo import canonical_url, json_ld_script, meta_description, open_graph
from stad.core.seo import organization_json_ld as organization_data

register = template.Library()


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context, languages, untranslated=None):
    """Description, canonical address and Open Graph tags; nothing for views that are not pages.

    ``languages`` are the language links of ``site_tags.language_links``, ``untranslated`` the
    result of ``site_tags.untranslated_notice``: both are already worked out for the page.
    """
    page = context.get("page")
    if not isinstance(page, Page):
        return {}
    request = context.get("request")
    original = untranslated["original"] if untranslated else None
    canonical = canonical_url(page, request, original)
    properties = open_graph(page, request, canonical, languages)
    return {
        "description": meta_description(page),
        "canonical": canonical,
        "open_graph": properties,
        "has_image": any(name == "og:image" for name, _content in properties),
    }


@register.simple_tag(takes_context=True)
def organization_json_ld(context, home):
    return json_ld_script(organization_data(home, context.get("request")))
