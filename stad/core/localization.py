"""Which versions of a page are real translations, for the switcher, hreflang and the sitemap.

wagtail-localize keeps the English tree in step with the Dutch one: a Dutch page that nobody has
translated yet gets an English *alias*, a live copy of the Dutch content at an English URL. Such
a copy is not a translation: it is never offered as the English version of a page (hreflang,
sitemap, language switcher), search in its language leaves it out, and visitors who reach it are
told they are reading Dutch.

Translating such a page turns the alias into a page of its own at once (wagtail-localize
converts it when the translation starts), still live and still showing the Dutch text, while
the English waits in a draft for review. Until that English has been published the page is a
*translation in progress* and stays an untranslated copy in every sense above.

``untranslated_copy`` is the one definition; everything else here, the sitemap, the search and
the template tags apply it.
"""

from collections import defaultdict

from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    When,
)
from django.utils import translation
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from stad.core.per_request import HOME_OF_REQUEST, once_per_request


def untranslated_copy(prefix=""):
    """The condition for an untranslated copy: an alias of its own translation (the same
    ``translation_key``) in another language, or a translation in progress. An alias of a
    different page, which Wagtail also makes, is a page of its own. ``prefix`` reaches the
    page from another model (``"event__"`` from an event's date)."""
    return alias_of_own_translation(prefix) | translation_in_progress(prefix)


def alias_of_own_translation(prefix=""):
    return Q(
        **{
            f"{prefix}alias_of__isnull": False,
            f"{prefix}alias_of__translation_key": F(f"{prefix}translation_key"),
        }
    )


def translation_in_progress(prefix=""):
    """A live page that wagtail-localize translates into its language, none of whose own
    revisions is live: the alias it was has become a page with drafts, but what visitors see is
    still the copy of the original."""
    return Q(
        **{
            f"{prefix}live": True,
            f"{prefix}alias_of__isnull": True,
            f"{prefix}live_revision__isnull": True,
            f"{prefix}latest_revision__isnull": False,
        }
    ) & Q(
        Exists(
            Translation.objects.filter(
                source__object_id=OuterRef(f"{prefix}translation_key"),
                target_locale=OuterRef(f"{prefix}locale"),
            )
        )
    )


def may_be_untranslated_copy(page):
    """Whether ``page`` (a page object) can be an untranslated copy at all, without a query:
    lists and templates ask the database only about the pages for which this is true."""
    return page.alias_of_id is not None or (
        page.live and page.live_revision_id is None and page.latest_revision_id is not None
    )


def original_language(prefix=""):
    """The language code of the original when the page is an untranslated copy, else None:
    an annotation, so a list of cards knows it without a query of its own."""
    source_language = Translation.objects.filter(
        source__object_id=OuterRef(f"{prefix}translation_key"),
        target_locale=OuterRef(f"{prefix}locale"),
    ).values("source__locale__language_code")[:1]
    return Case(
        When(
            alias_of_own_translation(prefix),
            then=F(f"{prefix}alias_of__locale__language_code"),
        ),
        When(translation_in_progress(prefix), then=Subquery(source_language)),
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
    """The live page in another language that ``page`` is an untranslated copy of, or None."""
    if not isinstance(page, Page) or not may_be_untranslated_copy(page):
        return None
    language = untranslated_copies(Page.objects.filter(pk=page.pk)).values(
        language=original_language()
    )
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=Subquery(language))
        .select_related("locale")
        .first()
    )


def untranslated_copy_languages():
    """{page id: language code of its original} for every untranslated copy, in one query."""
    return dict(untranslated_copies().values_list("pk", original_language()))


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
