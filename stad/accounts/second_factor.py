"""Who must give a second-factor code, or set one up, before using the admin."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

# Reachable before the second step: signing in and out, and what the sign-in screen loads.
ALWAYS_ALLOWED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_second_factor",
}
# Only while a user has no confirmed authenticator: one who has must give its code first.
ALLOWED_WITHOUT_DEVICE = {"accounts_second_factor_enrol"}


def is_admin_user(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def owes_a_code(user):
    """Signed in with the password only, by someone who must also give a code."""
    return (
        is_admin_user(user)
        and not user.is_verified()
        and (settings.STAFF_REQUIRE_2FA or user_has_device(user, confirmed=True))
    )


class SecondFactorMiddleware:
    """Sends an admin user to the code screen until they give a code from their authenticator,
    and, with ``STAFF_REQUIRE_2FA``, one without an authenticator to set one up first.

    Runs after django-otp's ``OTPMiddleware``, which tells whether this session has given a code
    (``request.user.is_verified()``). Outside the admin, someone who still owes a code counts as
    not signed in: a password alone must not open documents of restricted collections or pages
    for signed-in users.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect = self.redirect_to_second_step(request)
        if redirect is not None:
            return redirect
        if not self.in_admin(request) and owes_a_code(request.user):
            request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def in_admin(request):
        return request.path_info.startswith(reverse("wagtailadmin_home"))

    def redirect_to_second_step(self, request):
        if not self.in_admin(request):
            return None
        user = request.user
        if not is_admin_user(user) or user.is_verified():
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in ALWAYS_ALLOWED:
            return None
        if user_has_device(user, confirmed=True):
            step = "accounts_second_factor"
        elif settings.STAFF_REQUIRE_2FA:
            if url_name in ALLOWED_WITHOUT_DEVICE:
                return None
            step = "accounts_second_factor_enrol"
        else:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(step))
