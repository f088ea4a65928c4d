"""Queue the making of renditions when a page is published or an image's file or focal point
changes. Connected in ``CoreConfig.ready``.

The task is queued once the transaction commits: a worker in another process must find the
published page, and Wagtail's image form deletes the old renditions only after saving the image.
"""

from django.db import transaction

from stad.core.tasks import make_renditions_of_image, make_renditions_of_page

# What a rendition is made from: renditions of the old values are of no use any more.
RENDITION_INPUTS = (
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


def queue_page_renditions(sender, instance, **kwargs):
    transaction.on_commit(lambda: make_renditions_of_page.enqueue(instance.pk))


def note_changed_rendition_inputs(sender, instance, raw=False, **kwargs):
    """Before an image is saved: do its file or focal point differ from the stored ones?"""
    if raw or instance.pk is None:
        return
    stored = sender.objects.filter(pk=instance.pk).values(*RENDITION_INPUTS).first()
    instance._rendition_inputs_changed = stored is not None and any(
        getattr(instance, name) != stored[name] for name in RENDITION_INPUTS
    )


def queue_image_renditions(sender, instance, **kwargs):
    if getattr(instance, "_rendition_inputs_changed", False):
        instance._rendition_inputs_changed = False
        transaction.on_commit(lambda: make_renditions_of_image.enqueue(instance.pk))


def connect():
    from django.db.models.signals import post_save, pre_save
    from wagtail.images import get_image_model
    from wagtail.signals import page_published

    page_published.connect(queue_page_renditions, dispatch_uid="renditions_of_page")
    image_model = get_image_model()
    pre_save.connect(note_changed_rendition_inputs, sender=image_model)
    post_save.connect(queue_image_renditions, sender=image_model)
