from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "stad.core"
    label = "home"
    verbose_name = _("Home page, pages and news")

    def ready(self):
        from django.db.models.signals import post_save, pre_save
        from wagtail.images import get_image_model
        from wagtail.signals import page_published

        from stad.core import rendition_signals

        page_published.connect(rendition_signals.queue_page_renditions)
        image_model = get_image_model()
        pre_save.connect(rendition_signals.note_changed_rendition_inputs, sender=image_model)
        post_save.connect(rendition_signals.queue_image_renditions, sender=image_model)
