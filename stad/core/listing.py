"""Querysets for lists of cards, shaped so that the number of queries does not grow per card."""

from django.db.models import prefetch_related_objects

from stad.core.localization import original_language


def with_listing_images(pages, renditions=True):
    """Fetch each page's listing image and its renditions up front (one query each), and
    whether it is an untranslated copy (``original_language_code``, see ``untranslated_copy``).

    ``renditions=False`` leaves the renditions for ``prefetch_renditions`` to fetch for the
    pages that end up shown.
    """
    pages = pages.select_related("listing_image").annotate(
        original_language_code=original_language()
    )
    return pages.prefetch_related(RENDITIONS) if renditions else pages


RENDITIONS = "listing_image__renditions"


def prefetch_renditions(pages):
    """The renditions of the listing images of ``pages`` (a list), in one query."""
    prefetch_related_objects(pages, RENDITIONS)
    return pages
