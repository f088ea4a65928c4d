"""Renditions of a picture whose uploaded original cannot be read.

A rendition that does not exist yet is made from the original. When that file is missing (a
database restored without its media, a file lost from the volume or the bucket), unreadable
(an upload cut off, a file that is not an image after all) or its storage refuses (S3 answers
403 for a missing key to a client that may not list the bucket), making it raises; unhandled,
the page that shows the picture answers 500, and with it every page that lists it. Wagtail's
own ``{% picture %}`` tag catches only a missing file, and draws a broken image in its place.
Here the picture is left out altogether, so visitors see a page without it, and the site's log
names the image for whoever keeps the media.
"""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from PIL.Image import DecompressionBombError

logger = logging.getLogger(__name__)

# OSError covers Wagtail's SourceImageIOError (a file the storage cannot open), Willow's
# UnrecognisedImageFormatError and Pillow's UnidentifiedImageError and truncated files;
# SyntaxError the XML parser's ParseError (a file that starts like an SVG) and Pillow's own
# for some broken headers; DecompressionBombError a file that claims more pixels than Pillow
# will open. boto's errors are what the S3 storage raises for anything but a plain 404
# (django-storages turns that one into FileNotFoundError); boto3 is in both locks, for it.
# Not ValueError: a rendition spec of ours that is wrong must fail loudly, not hide pictures.
UNREADABLE = (OSError, SyntaxError, DecompressionBombError, BotoCoreError, ClientError)


def renditions_or_none(image, filters):
    """``image.get_renditions(*filters)`` ({spec: rendition}), or None when a rendition that
    has to be made cannot be, because the original cannot be read. Remembered on ``image``, so
    a page that shows the same picture object again (its top, its shared-link image) does not
    try, and log, once more."""
    if unreadable(image):
        return None
    try:
        return image.get_renditions(*filters)
    except UNREADABLE as error:
        image._original_unreadable = True
        logger.warning(
            "Image %s (%r) is left out of the page: its original file cannot be read (%s: %s)",
            image.pk,
            image.title,
            type(error).__name__,
            error,
        )
        return None


def unreadable(image):
    """Whether an earlier ``renditions_or_none`` found the original of ``image`` unreadable."""
    return getattr(image, "_original_unreadable", False)
