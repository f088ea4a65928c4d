from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from stad.accounts import views


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [
        path("second-factor/", views.verify, name="accounts_second_factor"),
        path("second-factor/enrol/", views.enrol, name="accounts_second_factor_enrol"),
    ]


@hooks.register("register_account_menu_item")
def register_second_factor_menu_item(request):
    return {
        "url": reverse("accounts_second_factor_enrol"),
        "label": _("Set up two-step sign-in"),
        "help_text": _(
            "Sign in with a code from an app on your phone as well as your password. "
            "Setting it up again replaces the app you used before."
        ),
    }
