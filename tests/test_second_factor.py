"""Issue 16: a second factor for the admin, codes from an authenticator app (TOTP).

Editors who set one up are asked for a code after their password; with ``STAFF_REQUIRE_2FA``
every admin user must set one up before using the admin.
"""

import datetime
import logging
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from stad.editorial.demo_users import create_demo_users
from stad.editorial.roles import EDITOR
from tests.scaffolding import member

PASSWORD = "lange-zin-als-wachtwoord"
ADMIN_URLS = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/account/"]


def code_for(device):
    """The code the editor's app shows now, computed as the app does from the shared key."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def editor(roles):
    user = member(EDITOR, roles)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def required(settings):
    settings.STAFF_REQUIRE_2FA = True


def sign_in(client, username="redacteur", password=PASSWORD):
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": "/admin/pages/"},
    )
    assert response.status_code == 302, "the password step failed"
    return response


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_with_the_setting_on_an_editor_without_an_app_must_set_one_up_first(
    client, editor, required, url
):
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts_second_factor_enrol"))
    assert response["Location"].endswith(f"?next={url}")


def test_setting_up_an_app_shows_a_qr_code_drawn_here_and_a_right_code_confirms_it(
    client, editor, required
):
    client.force_login(editor)
    enrol_url = reverse("accounts_second_factor_enrol") + "?next=/admin/pages/"
    page = client.get(enrol_url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "<svg" in body and "QR-code" in body
    # No image from elsewhere: the secret never leaves the site.
    assert not re.search(r'<img[^>]+src="https?://', body)
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed

    response = client.post(enrol_url, {"code": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_does_not_confirm_the_app_and_counts_as_a_failure(
    client, editor, required, caplog
):
    caplog.set_level(logging.WARNING, logger="stad.accounts")
    client.force_login(editor)
    enrol_url = reverse("accounts_second_factor_enrol")
    client.get(enrol_url)
    device = TOTPDevice.objects.get(user=editor)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post(enrol_url, {"code": wrong})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert device.throttling_failure_count == 1
    assert "Wrong second-factor code for user name 'redacteur'" in caplog.text
    assert client.get("/admin/").status_code == 302


@pytest.fixture
def editor_with_app(editor):
    return TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)


@pytest.mark.parametrize("require", [True, False])
def test_after_the_password_an_editor_with_an_app_is_asked_for_a_code(
    client, editor_with_app, settings, require, caplog
):
    settings.STAFF_REQUIRE_2FA = require
    caplog.set_level(logging.WARNING, logger="stad.accounts")
    sign_in(client)
    for url in ADMIN_URLS:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts_second_factor"))
    # Setting up another app is no way around the code.
    response = client.get(reverse("accounts_second_factor_enrol"))
    assert response["Location"].startswith(reverse("accounts_second_factor"))

    verify_url = reverse("accounts_second_factor")
    assert "Inlogcode" in client.get(verify_url + "?next=/admin/pages/").content.decode()
    wrong = f"{(int(code_for(editor_with_app)) + 1) % 1_000_000:06d}"
    response = client.post(verify_url, {"code": wrong, "next": "/admin/pages/"})
    assert response.status_code == 200
    editor_with_app.refresh_from_db()
    assert editor_with_app.throttling_failure_count == 1
    assert "Wrong second-factor code" in caplog.text
    assert client.get("/admin/").status_code == 302

    # django-otp makes the next try wait (one second after one failure).
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        response = client.post(
            verify_url, {"code": code_for(editor_with_app), "next": "/admin/pages/"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/admin/pages/"
        for url in ADMIN_URLS:
            assert client.get(url).status_code == 200


def test_a_code_is_not_asked_again_in_the_same_session_but_after_signing_in_again(
    client, editor_with_app
):
    sign_in(client)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=1)):
        client.post(reverse("accounts_second_factor"), {"code": code_for(editor_with_app)})
    assert client.get("/admin/").status_code == 200
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client)
    assert client.get("/admin/").status_code == 302


def test_the_next_address_never_leads_off_the_site(client, editor, required):
    client.force_login(editor)
    client.get(reverse("accounts_second_factor_enrol"))
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(
        reverse("accounts_second_factor_enrol"),
        {"code": code_for(device), "next": "https://example.com/"},
    )
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_with_the_setting_off_the_admin_works_as_before(client, editor, url):
    sign_in(client)
    assert client.get(url).status_code == 200


def test_the_account_page_offers_to_set_up_an_app(client, editor):
    sign_in(client)
    body = client.get("/admin/account/").content.decode()
    assert reverse("accounts_second_factor_enrol") in body
    assert "Inloggen in twee stappen instellen" in body


def test_visitors_of_the_public_site_are_never_asked(client, editor, required, site_tree):
    client.force_login(editor)
    assert client.get(site_tree["HomePage"]["nl"].url).status_code == 200


def test_demo_users_sign_in_on_a_dev_run(client, roles):
    lines = list(create_demo_users(roles))
    password = lines[0].split("password ")[1].split()[0]
    assert len(password) >= 12
    sign_in(client, username="redacteur", password=password)
    assert client.get("/admin/").status_code == 200


def test_a_password_without_the_code_opens_nothing_outside_the_admin(
    client, editor_with_app, site_tree
):
    """A stolen password is what a second factor is for: it must not open restricted documents
    or pages for signed-in users either."""
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
    from wagtail_factories import DocumentFactory

    staff_only = Collection.get_first_root_node().add_child(name="Alleen voor medewerkers")
    CollectionViewRestriction.objects.create(collection=staff_only, restriction_type="login")
    document = DocumentFactory(collection=staff_only)
    page = site_tree["NewsPage"]["nl"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    sign_in(client)

    assert client.get(document.url).status_code == 302  # to the login
    assert client.get(page.url).status_code == 302
    client.post(reverse("accounts_second_factor"), {"code": code_for(editor_with_app)})
    assert client.get(document.url).status_code == 200
    assert client.get(page.url).status_code == 200
