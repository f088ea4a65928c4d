"""Navigation shared by every page: home of the current language, menu, language switcher."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import StandardPage

register = template.Library()


def current_home(request):
    """The home page in the active language (the site root is the Dutch home page)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def home_page(context):
    return current_home(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children that editors put in the menu, marking where the visitor is."""
    home = current_home(context.get("request"))
    if home is None:
        return []
    page = context.get("page")
    items = list(home.get_children().live().public().in_menu())
    for item in items:
        item.is_current = isinstance(page, Page) and page.pk == item.pk
        item.is_ancestor = isinstance(page, Page) and page.path.startswith(item.path)
    return items


@register.simple_tag(takes_context=True)
def footer_pages(context):
    home = current_home(context.get("request"))
    if home is None:
        return []
    return list(StandardPage.objects.live().public().child_of(home))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation when it is live, else the nearest
    translated ancestor (at least that language's home page), so no link ends in a 404."""
    request = context.get("request")
    page = context.get("page")
    # Views that are not pages (search) say where their translations are.
    translated_urls = context.get("translated_urls") or {}
    active = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, _name in settings.LANGUAGES:
        locale = locales.get(code)
        target, exact = None, False
        if locale and isinstance(page, Page):
            target = page.get_translation_or_none(locale)
            exact = bool(target and target.live)
            if not exact:
                target = _nearest_translated_ancestor(page, locale)
        if target is None and locale and request:
            site = Site.find_for_request(request)
            target = site.root_page.get_translation_or_none(locale) if site else None
        if code in translated_urls:
            url = translated_urls[code]
        else:
            url = target.get_url(request) if target else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "full_url": target.get_full_url(request) if exact else "",
                "is_current": code == active,
                "is_exact": exact,
            }
        )
    return links


def _nearest_translated_ancestor(page, locale):
    ancestors = page.get_ancestors().filter(depth__gt=1).order_by("-depth")
    translated = Page.objects.live().filter(
        locale=locale, translation_key__in=ancestors.values("translation_key")
    )
    return translated.order_by("-depth").first()


@register.filter
def localized(instance):
    """A linked page or snippet in the active language, when it has a live translation.

    Links stored on a translated page keep pointing at the Dutch theme or partner; this shows
    the visitor the version in their language.
    """
    return getattr(instance, "localized", instance)
