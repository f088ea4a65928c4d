"""Which pages of the source language still need work in another language.

wagtail-localize records, per source page, a ``TranslationSource`` whose ``last_updated_at`` is
the moment its content was last taken from the page: when the page was first submitted for
translation, and at every "Sync translated pages". A source page published after that moment has
changes the translation has not received yet; a translation published before that moment has
not been published with what the last sync brought. An English page that is only an alias (the copy
wagtail-localize's tree synchronisation makes of a new Dutch page) is not a translation at all;
once a translator starts on it, it is being translated until its English has been published.
"""

from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from stad.core.localization import translation_in_progress, without_untranslated_copies

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UNPUBLISHED = "unpublished"

STATUS_CHOICES = [
    (MISSING, _("Not translated")),
    (IN_PROGRESS, _("Being translated")),
    (OUTDATED, _("Changed since the last sync")),
    (UNPUBLISHED, _("Translation not published")),
]


def source_locale():
    return Locale.get_default()


def target_locales():
    return Locale.objects.exclude(pk=source_locale().pk).order_by("language_code")


def pages_to_translate(target_locale):
    """The live source-language pages whose translation into ``target_locale`` needs work.

    Each page carries ``translation_status`` (one of ``STATUS_CHOICES``), the id of its
    translation (``translation_page_id``) or of the one being made (``in_progress_page_id``),
    of its wagtail-localize source (``translation_source_id``) and when that was last synced
    (``last_synced_at``).
    """
    # An untranslated copy (wagtail-localize's alias) is not a translation: the page needs work.
    versions = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=target_locale
    )
    translation = without_untranslated_copies(versions)
    # Started but never published: the English address still shows the Dutch original.
    in_progress = versions.filter(translation_in_progress())
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__target_locale=target_locale,
        translations__enabled=True,
    )
    return (
        Page.objects.filter(locale=source_locale(), depth__gt=1)
        .live()
        .annotate(
            translation_page_id=Subquery(translation.values("pk")[:1]),
            in_progress_page_id=Subquery(in_progress.values("pk")[:1]),
            translation_live=Subquery(translation.values("live")[:1]),
            translation_published_at=Subquery(translation.values("last_published_at")[:1]),
            translation_source_id=Subquery(source.values("pk")[:1]),
            last_synced_at=Subquery(source.values("last_updated_at")[:1]),
        )
        .annotate(
            translation_status=Case(
                When(in_progress_page_id__isnull=False, then=Value(IN_PROGRESS)),
                When(translation_page_id__isnull=True, then=Value(MISSING)),
                When(last_synced_at__lt=F("last_published_at"), then=Value(OUTDATED)),
                # Not live, or synced (without "Publish immediately") since it was published.
                When(
                    Q(translation_live=False) | Q(translation_published_at__lt=F("last_synced_at")),
                    then=Value(UNPUBLISHED),
                ),
                default=Value(""),
                output_field=CharField(),
            )
        )
        .filter(~Q(translation_status=""))
        .order_by("path")
    )


def count_pages_to_translate():
    """How many (page, language) pairs need work, over every language but the source."""
    return sum(pages_to_translate(locale).count() for locale in target_locales())
