"""Issue 16: repeated wrong passwords lock a user name from an address for a while, logged.

Both the admin's sign-in (django-axes) and Wagtail's page passwords (our throttle) are covered.
"""

import datetime
import logging

import pytest
import time_machine
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from stad.accounts.client_address import client_address
from stad.editorial.roles import EDITOR
from tests.scaffolding import member

PASSWORD = "lange-zin-als-wachtwoord"
WRONG = "verkeerd-wachtwoord-123"


@pytest.fixture
def editor(roles):
    user = member(EDITOR, roles)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, password, username="redacteur", **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        **extra,
    )


def is_signed_in(client):
    return client.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_editor_signs_in_with_the_right_password(client, editor):
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert is_signed_in(client)


def test_a_wrong_password_is_answered_as_before(client, editor):
    response = sign_in(client, WRONG)
    assert response.status_code == 200
    assert not is_signed_in(client)


def test_after_five_wrong_passwords_even_the_right_one_is_refused_and_all_is_logged(
    client, editor, caplog
):
    caplog.set_level(logging.WARNING, logger="stad.accounts")
    for _ in range(4):
        assert sign_in(client, WRONG).status_code == 200
    fifth = sign_in(client, WRONG)
    assert fifth.status_code == 429
    sixth = sign_in(client, PASSWORD)
    assert sixth.status_code == 429
    page = sixth.content.decode()
    assert "te vaak verkeerd" in page and "15 minuten" in page
    assert not is_signed_in(client)

    messages = [record.getMessage() for record in caplog.records if record.name == "stad.accounts"]
    failures = [message for message in messages if message.startswith("Failed sign-in")]
    assert len(failures) == 6
    assert all("'redacteur'" in message and "127.0.0.1" in message for message in failures)
    assert any(message.startswith("Sign-in locked") for message in messages)
    assert not any(PASSWORD in text or WRONG in text for text in caplog.text.splitlines())


def test_the_lock_ends_after_the_cool_off(client, editor):
    for _ in range(5):
        sign_in(client, WRONG)
    assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=14)):
        assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        assert sign_in(client, PASSWORD).status_code == 302
        assert is_signed_in(client)


def test_the_lock_holds_for_one_address_only(client, editor):
    for _ in range(5):
        sign_in(client, WRONG, REMOTE_ADDR="192.0.2.7")
    assert sign_in(client, PASSWORD, REMOTE_ADDR="192.0.2.7").status_code == 429
    assert sign_in(client, PASSWORD, REMOTE_ADDR="192.0.2.8").status_code == 302


def test_changing_browsers_does_not_reset_the_count(client, editor):
    for number in range(5):
        sign_in(client, WRONG, HTTP_USER_AGENT=f"browser {number}")
    assert sign_in(client, PASSWORD, HTTP_USER_AGENT="browser 9").status_code == 429


def test_behind_the_proxy_the_forwarded_address_is_locked(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def via_proxy(password, visitor):
        return sign_in(client, password, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor)

    for _ in range(5):
        via_proxy(WRONG, "198.51.100.1")
    assert via_proxy(PASSWORD, "198.51.100.1").status_code == 429
    # Another visitor behind the same proxy is not locked out with the attacker.
    assert via_proxy(PASSWORD, "198.51.100.2").status_code == 302


def test_an_address_typed_by_the_client_is_not_believed(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.1"
    )
    assert client_address(request) == "198.51.100.1"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.2"


@pytest.fixture
def protected_page(site_tree):
    cache.clear()
    page = site_tree["StandardPage"]["nl"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="geheim-wachtwoord"
    )
    # The Dutch address, whatever language an earlier test left active.
    with translation.override("nl"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    yield page, url
    cache.clear()


def try_page_password(client, protected_page, password, **extra):
    page, url = protected_page
    return client.post(url, {"password": password, "return_url": page.url}, **extra)


def test_page_passwords_are_paused_after_five_wrong_ones_and_logged(client, protected_page, caplog):
    caplog.set_level(logging.WARNING, logger="stad.accounts")
    for _ in range(5):
        assert try_page_password(client, protected_page, "fout").status_code == 200
    refused = try_page_password(client, protected_page, "geheim-wachtwoord")
    assert refused.status_code == 429
    assert "te vaak verkeerd" in refused.content.decode()
    page, _url = protected_page
    assert page.title not in client.get(page.url).content.decode()
    messages = [record.getMessage() for record in caplog.records if record.name == "stad.accounts"]
    assert sum("Wrong page password" in message for message in messages) == 5
    assert any("are paused" in message and "127.0.0.1" in message for message in messages)
    assert "geheim-wachtwoord" not in caplog.text and "fout" not in caplog.text

    # Another address can still open the page; this one can after the pause.
    other = try_page_password(client, protected_page, "geheim-wachtwoord", REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 302
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        assert try_page_password(client, protected_page, "geheim-wachtwoord").status_code == 302


def test_the_right_page_password_still_opens_the_page(client, protected_page):
    page, _url = protected_page
    response = try_page_password(client, protected_page, "geheim-wachtwoord")
    assert response.status_code == 302
    assert client.get(page.url).status_code == 200


@pytest.mark.parametrize("password", ["kort-wacht1", "12345678901"])
def test_passwords_shorter_than_twelve_characters_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_password_is_accepted():
    validate_password(PASSWORD)


def test_changing_the_page_id_in_the_address_does_not_reset_the_count(
    client, protected_page, site_tree
):
    """Wagtail checks the restriction's password against any page id in the address."""
    page, url = protected_page
    restriction_id = url.rstrip("/").split("/")[-2]
    for other in ("NewsPage", "EventPage", "ThemePage", "HomePage", "FestivalPage"):
        other_url = url.replace(f"/{restriction_id}/{page.pk}/", f"/{restriction_id}/")
        other_url = f"{other_url}{site_tree[other]['nl'].pk}/"
        response = client.post(other_url, {"password": "fout", "return_url": page.url})
        assert response.status_code == 200
    assert try_page_password(client, protected_page, "geheim-wachtwoord").status_code == 429
