"""Navigation shared by every page: home of the current language, menu, language switcher."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from stad.core.linked import linked
from stad.core.localization import (
    current_home,
    live_translations,
    may_be_untranslated_copy,
    untranslated_copy_languages,
    untranslated_original,
    without_untranslated_copies,
)
from stad.core.navigation import live_public_children
from stad.core.per_request import once_per_request
from stad.core.routing import pages_on_the_way
from stad.core.site_wide import remembered
from stad.core.visibility import public

register = template.Library()


@register.simple_tag(takes_context=True)
def home_page(context):
    return current_home(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children that editors put in the menu, marking where the visitor is."""
    request = context.get("request")
    page = context.get("page")
    here = page if isinstance(page, Page) else None
    return [
        {
            **item,
            "is_current": here is not None and here.pk == item["pk"],
            "is_ancestor": here is not None and here.path.startswith(item["path"]),
        }
        for item in remembered(request, "main_menu", lambda: menu_items(request))
    ]


def menu_items(request):
    """The menu of the request's home page as plain data (kept by ``site_wide``)."""
    home = current_home(request)
    if home is None:
        return []
    return [
        {"pk": child.pk, "path": child.path, "title": child.title, "url": child.get_url(request)}
        for child in live_public_children(home)
        if child.show_in_menus
    ]


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """The pages above ``page`` that a visitor can open, below the home page.

    A live event may sit under a festival that is unpublished or private: that festival is left
    out rather than linked to a 404 or a login form. Routing read those pages already (see
    ``home.routing``); other views (previews) read them here.
    """
    if not isinstance(page, Page) or page.depth <= 3:
        return []
    on_the_way = pages_on_the_way(context.get("request"), page)
    if on_the_way is not None:
        return [
            ancestor
            for ancestor in on_the_way
            if ancestor.depth > 2 and ancestor.live and not ancestor.is_restricted
        ]
    return list(public(page.get_ancestors().filter(depth__gt=2).live()))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation when it is live, else the nearest
    translated ancestor (at least that language's home page) with a note that says so, so no
    link ends in a 404. An untranslated copy (see ``home.localization``) counts as missing."""
    request = context.get("request")
    page = context.get("page")
    # Views that are not pages (search) say where their translations are.
    translated_urls = context.get("translated_urls") or {}
    kept_alike = isinstance(page, Page) and page.pk and not getattr(request, "is_preview", False)
    if translated_urls or not kept_alike:
        return links_to_languages(request, page, translated_urls)
    # A live page's links are the same for every visitor: kept per generation (``site_wide``).
    return remembered(
        request,
        f"language_links:{page.pk}",
        lambda: links_to_languages(request, page, translated_urls),
    )


def links_to_languages(request, page, translated_urls):
    active = translation.get_language()
    translations = translations_of(request, page) if isinstance(page, Page) else {}
    home_pages = None  # the site root in every language, read only when a link needs it
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        exact = target is not None
        if not exact and isinstance(page, Page):
            target = _nearest_translated_ancestor(page, code)
        # A view that says where its translations are (search) needs no page for the link.
        if target is None and request and code not in translated_urls:
            if home_pages is None:
                home_pages = _root_in_every_language(request)
            target = home_pages.get(code)
        if code in translated_urls:
            url = translated_urls[code]
        else:
            url = target.get_url(request) if target else f"/{code}/"
        note = ""
        if not exact and isinstance(page, Page) and target is not None:
            # Written in the language of the link, for the reader who follows it.
            with translation.override(code):
                note = gettext("Not translated yet: goes to “%(title)s”") % {"title": target.title}
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "full_url": target.get_full_url(request) if exact and target else "",
                "is_current": code == active,
                "is_exact": exact,
                "note": note,
            }
        )
    return links


def translations_of(request, page):
    """``live_translations(page)``, read once per request: the switcher, hreflang and the
    untranslated-copy notice all need them."""
    return once_per_request(
        request, f"live_translations_{page.pk}", lambda: live_translations(page)
    )


def _nearest_translated_ancestor(page, language_code):
    ancestors = page.get_ancestors().filter(depth__gt=1).order_by("-depth")
    translated = without_untranslated_copies(
        Page.objects.live().filter(
            locale__language_code=language_code,
            translation_key__in=ancestors.values("translation_key"),
        )
    )
    return translated.order_by("-depth").first()


def _root_in_every_language(request):
    """{language code: the site root's translation} (live or not), in one query."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    versions = site.root_page.get_translations(inclusive=True).select_related("locale")
    return {version.locale.language_code: version for version in versions}


@register.simple_tag(takes_context=True)
def untranslated_notice(context):
    """For a page that is an untranslated copy: its original and the two languages' names."""
    page = context.get("page")
    if not isinstance(page, Page) or not may_be_untranslated_copy(page):
        return None
    # The original of an alias is live and has its translation key: the switcher read it.
    translations = translations_of(context.get("request"), page).values()
    original = next((version for version in translations if version.pk == page.alias_of_id), None)
    original = original or untranslated_original(page)
    if original is None:
        return None
    original_code = original.locale.language_code
    return {
        "original": original,
        "original_language_code": original_code,
        "original_language": translation.get_language_info(original_code)["name_translated"],
        "language": translation.get_language_info(translation.get_language())["name_translated"],
    }


@register.simple_tag(takes_context=True)
def untranslated_copy_language(context, page, listed=None):
    """For a page in a list: the language of its original when it is an untranslated copy.

    Returns {"code", "name"} or None. Lists annotate it (``original_language_code``, on the
    page or on ``listed``, the row that brought it, such as an event's date); otherwise the
    copies are looked up once per request, and only when a list shows an alias at all, so a
    list's queries do not grow with its items.
    """
    for row in (listed, page):
        if hasattr(row, "original_language_code"):
            return language_of(row.original_language_code)
    if not isinstance(page, Page) or not may_be_untranslated_copy(page):
        return None
    request = context.get("request")
    copies = getattr(request, "_untranslated_copies", None)
    if copies is None:
        copies = untranslated_copy_languages()
        if request is not None:
            request._untranslated_copies = copies
    return language_of(copies.get(page.pk))


def language_of(code):
    """{"code", "name"} of a language code, the name in the active language; None for None."""
    if code is None:
        return None
    return {"code": code, "name": translation.get_language_info(code)["name_translated"]}


@register.simple_tag(takes_context=True)
def linked_in_language(context, page, relation, field):
    """What ``page`` links to through ``relation`` and ``field`` (``"theme_links"``,
    ``"theme"``), each in the active language when it has a live translation, as labels and
    addresses (see ``stad.core.linked``)."""
    return linked(context.get("request"), page, relation, field)


@register.filter
def localized(instance):
    """A linked page or snippet in the active language, when it has a live translation.

    Links stored on a translated page keep pointing at the Dutch theme or partner; this shows
    the visitor the version in their language.
    """
    return getattr(instance, "localized", instance)
