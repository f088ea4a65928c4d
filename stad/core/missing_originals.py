"""Renditions of a picture whose uploaded original may be gone from storage.

A rendition that does not exist yet is made from the original. When that file is missing (a
database restored without its media, a file lost from the bucket, an upload that never
arrived) Wagtail raises ``SourceImageIOError``; unhandled, the page that shows the picture
answers 500, and with it every page that lists it. Wagtail's own ``{% picture %}`` tag puts a
broken image in its place instead; here the picture is left out altogether, so visitors see a
page without it, and the site's log names the image for whoever keeps the media.
"""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


def renditions_or_none(image, filters):
    """``image.get_renditions(*filters)`` ({spec: rendition}), or None when a rendition that
    has to be made cannot be, because the original file is missing."""
    try:
        return image.get_renditions(*filters)
    except SourceImageIOError as error:
        logger.warning(
            "Image %s (%r) is left out of the page: its original file cannot be read (%s)",
            image.pk,
            image.title,
            error,
        )
        return None
