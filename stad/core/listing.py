"""Querysets for lists of cards, shaped so that the number of queries does not grow per card."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

from stad.core.localization import original_language
from stad.core.templatetags.picture_tags import shape_specs


def with_listing_images(pages, renditions=True):
    """Fetch each page's listing image and its renditions up front (one query each), and
    whether it is an untranslated copy (``original_language_code``, see ``untranslated_copy``).

    ``renditions=False`` leaves the renditions for ``prefetch_renditions`` to fetch for the
    pages that end up shown.
    """
    pages = pages.select_related("listing_image").annotate(
        original_language_code=original_language()
    )
    return pages.prefetch_related(card_renditions()) if renditions else pages


def card_renditions(prefix=""):
    """The renditions a card shows (its shape's), to prefetch with a list of cards: one query
    for all the pictures of the list, and no rows for the other shapes' renditions.
    ``prefix`` reaches the page from another model (``"event__"`` from an event's date)."""
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        f"{prefix}listing_image__renditions",
        queryset=renditions.filter(filter_spec__in=shape_specs("card")),
    )


def card_page(item):
    """The page a card shows: ``item`` itself, or the event of a date (an occurrence)."""
    return item.event if hasattr(item, "event_id") else item


def prefetch_renditions(pages):
    """The renditions of the listing images of ``pages`` (a list), in one query."""
    prefetch_related_objects(pages, card_renditions())
    return pages
