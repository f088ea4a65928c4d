"""The site's chrome for templates: ``{% site_chrome as chrome %}`` (see ``stad.core.chrome``)."""

from django import template

from stad.core.chrome import chrome_of_request

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The chrome of the current page: the previewed draft in the admin's preview, else the
    published version for the active language."""
    return chrome_of_request(context.get("request"), preview=context.get("chrome_preview"))
