"""Translate demo objects into English the way an editor would: through wagtail-localize.

For each Dutch page or snippet we create a wagtail-localize translation, fill in every segment
from the English half of the demo texts, and save the target. The English pages are therefore
real translations, and editors continue them segment by segment in the admin.
"""

from html import escape, unescape

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .content.schema import T


class MissingDemoTranslation(Exception):
    pass


def english_by_dutch(*records):
    """A {Dutch text: English text} map of every ``T`` inside the given records."""
    mapping = {}
    for text in _texts(records):
        known = mapping.setdefault(text.nl, text.en)
        if known != text.en:
            raise ValueError(f"Dutch text {text.nl!r} has two translations: {known!r}, {text.en!r}")
    return mapping


def _texts(value):
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from _texts(getattr(value, name))


def english_for(segment_text, mapping):
    """The English for one segment. Rich text segments arrive HTML-escaped; numbers stay."""
    if segment_text in mapping:
        return mapping[segment_text]
    if unescape(segment_text) in mapping:
        return escape(mapping[unescape(segment_text)], quote=False)
    if not any(character.isalpha() for character in segment_text):
        return segment_text
    raise MissingDemoTranslation(f"No English demo text for {segment_text!r}")


@transaction.atomic
def translate(instance, locale, mapping):
    """Create or refresh the translation of ``instance`` into ``locale``; return the target."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": english_for(segment.string.data, mapping),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return instance.get_translation(locale)
    # wagtail-localize publishes a page translation on commit, from the page object it held
    # then. Inside a longer transaction (the whole demo build, a test) that object is stale
    # by commit time and its publish would overwrite the tree's child counts. So save a draft
    # and publish the revision from a freshly loaded page, now.
    translation.save_target(publish=False)
    target = instance.get_translation(locale)
    target.get_latest_revision().publish()
    return target
