"""Failed sign-ins and lockouts in the log (logger ``stad.accounts``): user name and address,
never the password that was typed."""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

from stad.accounts.client_address import client_address

logger = logging.getLogger("stad.accounts")


@receiver(user_login_failed)
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    address = client_address(request) if request is not None else "-"
    # Django has already replaced the password in ``credentials`` by stars; only the user name
    # is taken from it all the same.
    logger.warning(
        "Failed sign-in for user name %r from %s", credentials.get("username", ""), address
    )


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning("Sign-in locked for user name %r from %s", username, ip_address)


def log_failed_second_factor(request, user):
    logger.warning(
        "Wrong second-factor code for user name %r from %s",
        user.get_username(),
        client_address(request),
    )


def log_page_password_throttled(request, page_id):
    logger.warning(
        "Page password attempts for page %s from %s are paused", page_id, client_address(request)
    )


def log_failed_page_password(request, page_id):
    logger.warning("Wrong page password for page %s from %s", page_id, client_address(request))
