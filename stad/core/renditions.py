"""Picture renditions made in advance, so that no visitor waits for an image to be encoded.

Which images a page shows, and in which shapes, each page type says itself (``pictures()`` on
``BasePage`` and the types and blocks that extend it). Which renditions a shape needs is said in
one place, ``SHAPES`` in the picture tag, next to the picture a shared link shows.
This module joins the two; the tasks in ``stad.core.tasks`` and ``manage.py make_renditions``
call it.
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from stad.core.missing_originals import renditions_or_none
from stad.core.templatetags.picture_tags import SHAPES, SOCIAL_IMAGE_SPEC

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

    Returns how many were made: none when all exist, so running it again costs one query, and
    none when the original file is missing (``missing_originals`` logs it; the pages leave the
    picture out). ``get_renditions`` encodes the missing ones in one call (in parallel threads).
    """
    filters = filters_for(shapes)
    existing = image.find_existing_renditions(*filters)
    missing = [rendition_filter for rendition_filter in filters if rendition_filter not in existing]
    if missing and renditions_or_none(image, missing) is None:
        return 0
    return len(missing)


def make_page_renditions(page):
    """Make every rendition ``page`` and the cards that list it show; returns how many."""
    return sum(
        make_renditions(image, shapes)
        for image, shapes in shapes_by_image(pictures_of(page)).values()
    )


def prefetch_page_renditions(page):
    """Read the renditions of every picture ``page`` shows into its image objects, in one
    query, before the page is drawn: its picture and its shared-link image find them there.

    Found in Wagtail's rendition cache instead, each would be written back to that cache on
    every page built (Wagtail 8.0.1 marks only prefetched renditions as cached already; fixed
    upstream in wagtail/wagtail#14541, not yet released): three quarters of a millisecond of an
    event page, and with Redis a round trip more. All the page's shapes are read (those
    ``make_page_renditions`` makes), so nothing the page asks for is missing from them.
    """
    pictures = pictures_of(page)
    if not pictures:
        return
    grouped = shapes_by_image(pictures)
    specs = {item.spec for _image, shapes in grouped.values() for item in filters_for(shapes)}
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    # Every object, not one per image: the listing image and a body picture of the same image
    # are objects of their own, and each is asked for its renditions.
    images = list({id(image): image for image, _shape in pictures}.values())
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def rendition(image, spec):
    """``image.get_rendition(spec)``, but never written back to the rendition cache when it was
    read from a prefetch (see ``prefetch_page_renditions``); None when it cannot be made
    because the original file is missing (``missing_originals``)."""
    found = renditions_or_none(image, [spec])
    return found[spec] if found else None
