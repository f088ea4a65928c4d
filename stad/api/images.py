"""Pictures in the API point at a rendition, never at the uploaded original.

Originals have no public URL in production (README, "Media in production"): they may be far
larger than any page needs, carry the camera's metadata, and sit beside files of restricted
collections. Partners get the picture that a shared link shows (the ``og:image``), which
publishing makes in advance.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer

from stad.core.renditions import rendition
from stad.core.seo import SOCIAL_IMAGE_SPEC


class RenditionDownloadUrlField(ImageDownloadUrlField):
    """``download_url``: the social-image rendition of the picture (null when its original file
    is missing, so that none can be made)."""

    def to_representation(self, image):
        found = rendition(image, SOCIAL_IMAGE_SPEC)
        return found.url if found else None


class PublicImageSerializer(ImageSerializer):
    download_url = RenditionDownloadUrlField(read_only=True)


def with_download_renditions(queryset, lookup=""):
    """Fetch the ``download_url`` renditions with ``queryset``: pictures themselves, or those
    a relation named ``lookup`` leads to (``"listing_image"``)."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec=SOCIAL_IMAGE_SPEC)
    )
    return queryset.prefetch_related(
        Prefetch(f"{lookup}__renditions" if lookup else "renditions", queryset=renditions)
    )
