from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Signing in to the admin: lockout after repeated failures, a second factor, sign-in log."""

    name = "stad.accounts"
    label = "accounts"
    verbose_name = _("Signing in")

    def ready(self):
        from stad.accounts import sign_in_log  # noqa: F401  (connects the logging receivers)
