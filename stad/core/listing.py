"""Querysets for lists of cards, shaped so that the number of queries does not grow per card."""


def with_listing_images(pages):
    """Fetch each page's listing image and its renditions up front (one query each)."""
    return pages.select_related("listing_image").prefetch_related("listing_image__renditions")
