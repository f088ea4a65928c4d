from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "stad.core"
    label = "home"
    verbose_name = _("Home page, pages and news")

    def ready(self):
        from stad.core import dutch_dates, rendition_signals
        from stad.core.page_cache import invalidation, purge

        invalidation.connect()
        purge.connect()
        rendition_signals.connect()
        dutch_dates.register()
