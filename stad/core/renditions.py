"""Picture renditions made in advance, so that no visitor waits for an image to be encoded.

Which images a page shows, and in which shapes, each page type says itself (``pictures()`` on
``BasePage`` and the types and blocks that extend it). Which renditions a shape needs is said in
one place, ``SHAPES`` in the picture tag; the picture a shared link shows in ``stad.core.seo``.
This module joins the two; the tasks in ``stad.core.tasks`` and ``manage.py make_renditions``
call it.
"""

from wagtail.images.models import Filter

from stad.core.seo import SOCIAL_IMAGE_SPEC
from stad.core.templatetags.picture_tags import SHAPES

# Not a <picture> shape: one JPEG for Open Graph and schema.org (see stad.core.seo).
SOCIAL = "social"


def filters_for(shapes):
    """The filters of the renditions that ``shapes`` need, each spec once."""
    filters = {}
    for shape in sorted(shapes):
        chosen = [Filter(spec=SOCIAL_IMAGE_SPEC)] if shape == SOCIAL else SHAPES[shape].filters()
        for rendition_filter in chosen:
            filters.setdefault(rendition_filter.spec, rendition_filter)
    return list(filters.values())


def pictures_of(page):
    """(image, shape) pairs of a page; none for a page type without pictures (Wagtail's root)."""
    pictures = getattr(page, "pictures", None)
    return list(pictures()) if pictures else []


def shapes_by_image(pictures, into=None):
    """Group (image, shape) pairs as {image id: (image, {shapes})}, adding to ``into``."""
    grouped = {} if into is None else into
    for image, shape in pictures:
        grouped.setdefault(image.pk, (image, set()))[1].add(shape)
    return grouped


def make_renditions(image, shapes):
    """Make the renditions of ``image`` that ``shapes`` need and that do not exist yet.

    Returns how many were made: none when all exist, so running it again costs one query.
    ``get_renditions`` encodes the missing ones in one call (in parallel threads).
    """
    filters = filters_for(shapes)
    existing = image.find_existing_renditions(*filters)
    missing = [rendition_filter for rendition_filter in filters if rendition_filter not in existing]
    if missing:
        image.get_renditions(*missing)
    return len(missing)


def make_page_renditions(page):
    """Make every rendition ``page`` and the cards that list it show; returns how many."""
    return sum(
        make_renditions(image, shapes)
        for image, shapes in shapes_by_image(pictures_of(page)).values()
    )
