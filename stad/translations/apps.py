from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Admin tools for translators: the translation status report and its dashboard count."""

    name = "stad.translations"
    label = "translations"
    verbose_name = _("Translation status")
