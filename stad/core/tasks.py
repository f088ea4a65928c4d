"""Background tasks (django-tasks): immediate in development and tests, a database queue that
``manage.py db_worker`` works through in production (see ``config/settings``)."""

from django.contrib.contenttypes.models import ContentType
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from stad.core import renditions


@task()
def make_renditions_of_page(page_id):
    """Make the renditions a just-published page uses, before its first visitor asks."""
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None:  # unpublished or deleted again before the task ran
        return 0
    return renditions.make_page_renditions(page)


@task()
def make_renditions_of_image(image_id):
    """Make the renditions of an image whose file or focal point changed, for the live pages
    that show it (Wagtail's reference index knows which, including images in page bodies)."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    references = ReferenceIndex.get_references_to(image).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    shapes = set()
    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        shapes |= {shape for shown, shape in renditions.pictures_of(page) if shown.pk == image.pk}
    return renditions.make_renditions(image, shapes)
