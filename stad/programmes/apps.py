from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "stad.programmes"
    label = "programmes"
    verbose_name = _("Programmes and themes")

    def ready(self):
        from stad.core.models import NewsPage
        from stad.core.models.base import add_content_panels

        from .models.links import theme_and_partner_panels

        # News items link to themes and partners too; those links are ours (models/links.py).
        add_content_panels(NewsPage, theme_and_partner_panels())
