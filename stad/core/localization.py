"""Which versions of a page are real translations, for the switcher, hreflang and the sitemap.

wagtail-localize keeps the English tree in step with the Dutch one: a Dutch page that nobody has
translated yet gets an English *alias*, a live copy of the Dutch content at an English URL. Such
a copy is not a translation: it is never offered as the English version of a page (hreflang,
sitemap, language switcher), search in its language leaves it out, and visitors who reach it are
told they are reading Dutch.

``untranslated_copy`` is the one definition; everything else here, the sitemap, the search and
the template tags apply it.
"""

from collections import defaultdict

from django.db.models import BooleanField, Case, CharField, ExpressionWrapper, F, Q, When
from django.utils import translation
from wagtail.models import Page, Site

from stad.core.per_request import HOME_OF_REQUEST, once_per_request


def untranslated_copy(prefix=""):
    """The condition for an untranslated copy: an alias of its own translation (the same
    ``translation_key``) in another language. An alias of a different page, which Wagtail
    also makes, is a page of its own. ``prefix`` reaches the page from another model
    (``"event__"`` from an event's date)."""
    return Q(
        **{
            f"{prefix}alias_of__isnull": False,
            f"{prefix}alias_of__translation_key": F(f"{prefix}translation_key"),
        }
    )


def original_language(prefix=""):
    """The language code of the original when the page is an untranslated copy, else None:
    an annotation, so a list of cards knows it without a query of its own."""
    return Case(
        When(untranslated_copy(prefix), then=F(f"{prefix}alias_of__locale__language_code")),
        default=None,
        output_field=CharField(),
    )


def untranslated_copies(pages=None):
    """The untranslated copies among ``pages`` (a page queryset; all pages by default)."""
    pages = Page.objects.all() if pages is None else pages
    return pages.filter(untranslated_copy())


def without_untranslated_copies(pages):
    """``pages`` (a page queryset) without the untranslated copies."""
    return pages.exclude(untranslated_copy())


def live_translations(page):
    """{language code: page}: the live, really translated versions of ``page`` and itself."""
    return live_translations_of([page.translation_key])[page.translation_key]


def live_translations_of(translation_keys):
    """{translation key: {language code: page}} for many pages in one query (the sitemap)."""
    versions = (
        Page.objects.live()
        .filter(translation_key__in=translation_keys)
        .annotate(is_copy=ExpressionWrapper(untranslated_copy(), output_field=BooleanField()))
        .select_related("locale")
    )
    by_key = defaultdict(dict)
    for version in versions:
        if not version.is_copy:
            by_key[version.translation_key][version.locale.language_code] = version
    return {key: by_key[key] for key in translation_keys}


def untranslated_original(page):
    """The page in another language that ``page`` is an untranslated copy of, or None."""
    if not isinstance(page, Page) or page.alias_of_id is None:
        return None
    copy = untranslated_copies(Page.objects.filter(pk=page.pk))
    return Page.objects.filter(aliases__in=copy).select_related("locale").first()


def untranslated_copy_languages():
    """{page id: language code of its original} for every untranslated copy, in one query."""
    return dict(untranslated_copies().values_list("pk", "alias_of__locale__language_code"))


def current_home(request):
    """The home page in the active language (the site root is the Dutch home page).

    Once per request: routing remembers the home page it started from (``HomePage.route``);
    views that are not pages (search) look it up the first time they ask.
    """
    return once_per_request(request, HOME_OF_REQUEST, lambda: find_home(request))


def find_home(request):
    """The site root's live translation in the active language (itself without one), as a
    home page: one query for the site, one for the page."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    home_model = root.specific_class
    translated = home_model.objects.filter(
        translation_key=root.translation_key,
        locale__language_code=translation.get_language(),
        live=True,
    ).first()
    return translated or root.specific
