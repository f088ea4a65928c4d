"""The home page's sections, drawn once per generation of the page cache.

The sections (``stad.core.sections``: coming up, news, programmes, themes) are the costliest part
of the home page, and the same for every visitor of a language and site until an editor changes
something: a home page the page cache has to build again (a campaign link with a parameter of
its own, the end of a time slot) draws them from ``site_wide`` memory instead of reading the
agenda, the news and the programmes again.
"""

from django import template
from django.utils.safestring import mark_safe

from stad.core.sections import home_page_sections
from stad.core.site_wide import remembered

register = template.Library()


@register.simple_tag(takes_context=True)
def home_sections(context, home_page):
    def draw():
        with context.push(home_page_sections(home_page)):
            return context.template.engine.get_template("home/sections.html").render(context)

    # "Coming up" changes when a date ends, without anyone publishing.
    request = context.get("request")
    html = remembered(request, f"home-sections:{home_page.pk}", draw, changes_with_time=True)
    return mark_safe(html)  # noqa: S308 - a rendered template, escaped already
