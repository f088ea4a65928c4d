"""Which versions of a page are real translations, for the switcher, hreflang and the sitemap.

wagtail-localize keeps the English tree in step with the Dutch one: a Dutch page that nobody has
translated yet gets an English *alias*, a live copy of the Dutch content at an English URL. Such
a copy is not a translation: it is never offered as the English version of a page (hreflang,
sitemap, language switcher), and visitors who reach it are told they are reading Dutch.
"""

from collections import defaultdict

from wagtail.models import Page


def is_untranslated_copy(page, versions):
    """Whether ``page`` is an alias of another version in ``versions`` (same translation key)."""
    return page.alias_of_id is not None and page.alias_of_id in {other.pk for other in versions}


def live_translations(page):
    """{language code: page}: the live, really translated versions of ``page`` and itself."""
    return live_translations_of([page.translation_key])[page.translation_key]


def live_translations_of(translation_keys):
    """{translation key: {language code: page}} for many pages in one query (the sitemap)."""
    versions_by_key = defaultdict(list)
    versions = Page.objects.filter(translation_key__in=translation_keys).select_related("locale")
    for version in versions:
        versions_by_key[version.translation_key].append(version)
    return {
        key: {
            version.locale.language_code: version
            for version in versions_by_key[key]
            if version.live and not is_untranslated_copy(version, versions_by_key[key])
        }
        for key in translation_keys
    }


def untranslated_original(page):
    """The page in another language that ``page`` is an untranslated copy of, or None."""
    if not isinstance(page, Page) or page.alias_of_id is None:
        return None
    return (
        Page.objects.filter(pk=page.alias_of_id, translation_key=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .first()
    )
