"""Mail as production sends it: through an SMTP server, to a local sink that records what arrives.

Production settings require a mail server (``tests/test_settings.py``); here the same SMTP backend
delivers a review notification and a password reset, so a broken mail path shows as a failure
instead of as editors who silently never hear of a page awaiting review.
"""

import socket

import pytest
from aiosmtpd.controller import Controller

from stad.editorial.roles import EDITOR, MODERATOR
from tests.scaffolding import member
from tests.test_editorial_workflow import page_form

pytestmark = pytest.mark.django_db


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(envelope)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [m.content.decode() for m in self.messages if address in m.rcpt_tos]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """A local SMTP server, and the site's mail settings pointing at it as production's do."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    settings.DEFAULT_FROM_EMAIL = "Stad van ontdekkingen <noreply@example.org>"
    yield inbox
    controller.stop()


def test_a_page_submitted_for_review_notifies_the_reviewers_by_mail(
    client, roles, site_tree, smtp_inbox, django_capture_on_commit_callbacks
):
    reviewer = member(MODERATOR, roles)
    reviewer.email = "eindredactie@example.org"
    reviewer.save()
    editor = member(EDITOR, roles)
    page = site_tree["StandardPage"]["nl"]

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            {**page_form(page, title="Graag nakijken"), "action-submit": "1"},
        )
    assert response.status_code == 302

    received = smtp_inbox.to("eindredactie@example.org")
    assert received, "no review notification reached the SMTP server"
    assert "Graag nakijken" in received[0]
    assert "From: Stad van ontdekkingen <noreply@example.org>" in received[0]


def test_a_password_reset_reaches_the_editor_by_mail(client, roles, smtp_inbox):
    editor = member(EDITOR, roles)
    editor.email = "redacteur@example.org"
    editor.set_password("een-lang-wachtwoord-2027")  # Django mails only users who have one
    editor.save()

    response = client.post("/admin/password_reset/", {"email": "redacteur@example.org"})
    assert response.status_code == 302

    received = smtp_inbox.to("redacteur@example.org")
    assert len(received) == 1
    assert "/admin/password_reset/confirm/" in received[0]
