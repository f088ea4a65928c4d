"""Real-browser tests: Playwright drives Chromium against Django's live server with the demo site.

Run them with ``make test-browser``; the default ``make test`` leaves them out (marker ``browser``).
"""

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from PIL import Image
from wagtail.users.models import UserProfile
from wagtail_localize import models as localize

from stad.demo.screenshots import browser_launch_args
from stad.editorial.roles import EDITOR, MODERATOR, ROLES, setup_roles
from stad.events.models import EventPage
from tests.browser.editorial import SCREEN, build_event, leave
from tests.demo_site import build_demo_with_renditions


@pytest.fixture(scope="package", autouse=True)
def allow_database_under_playwright():
    """Playwright's sync API runs an event loop in this thread, so Django would refuse database
    access from the tests themselves; they never use it while the browser is waiting.

    Set for these tests only: the rest of the suite starts production subprocesses whose deploy
    check fails (async.E001) when the variable is inherited.
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Without any Chromium, Playwright's launch fails with its own message: a missing browser
    # is a failure, never a skip (issue 8).
    return {**browser_type_launch_args, **browser_launch_args()}


@contextmanager
def restorable_without_localize_signals():
    """Switch off two wagtail-localize receivers that do not skip raw saves (fixture loading).

    Restoring the serialised site saves each row raw, in app order: a LocaleSynchronization can
    arrive before its Locale, and its receiver would then sync the page trees mid-restore. The
    rows it would write are already in the serialised data.
    """
    receivers = [
        (localize.sync_trees_on_locale_sync_save, localize.LocaleSynchronization),
        (localize.post_save_string_translation, localize.StringTranslation),
    ]
    for receiver, sender in receivers:
        post_save.disconnect(receiver, sender=sender)
    try:
        yield
    finally:
        for receiver, sender in receivers:
            post_save.connect(receiver, sender=sender)


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, built once for the browser tests and restored before each of them.

    ``live_server`` makes every test transactional and flushes the database afterwards, which
    would delete the demo (and Wagtail's root page and Site). Building takes about 30 s, so it is
    built once, serialised, and handed to Django as the state that ``serialized_rollback``
    restores at the start of each test (a few seconds). The original state is put back at the end
    so tests after this package find the database as migrations left it.
    """
    with django_db_blocker.unblock(), restorable_without_localize_signals():
        previous = getattr(connection, "_test_serialized_contents", None)
        migrated = connection.creation.serialize_db_to_string()
        cache.clear()
        build_demo_with_renditions()
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        yield
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(migrated)
        if previous is None:
            del connection._test_serialized_contents
        else:
            connection._test_serialized_contents = previous
        cache.clear()


class OneRequestAtATime:
    """The live server's application, answering one request at a time.

    Its threads share the test database's one in-memory SQLite connection, and Wagtail 8's
    admin saves a form in the background half a second after each change (autosave), as its
    preview panel refreshes, while the editor goes on (say, uploading a picture in a chooser):
    two requests in that one connection at once break each other's transactions ("database
    table is locked", "no such savepoint"). A real server gives every request a connection of
    its own; here they take turns. The body is read and the response closed (request_finished
    touches the connection) in turn too.

    Between tests it is closed: the request in hand is finished, and any that a closing
    browser still sent is answered 503 without the application, so none runs while the test's
    data is flushed.
    """

    def __init__(self, application):
        self.application = application
        self.lock = threading.Lock()
        self.open = True

    def __call__(self, environ, start_response):
        with self.lock:
            if not self.open:
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"Between tests"]
            response = self.application(environ, start_response)
            try:
                return list(response)
            finally:
                if hasattr(response, "close"):
                    response.close()

    def set_open(self, value):
        with self.lock:
            self.open = value


@pytest.fixture
def site(demo_content, live_server):
    """The live server's address, with the demo restored and Wagtail's caches cold; its
    requests take turns (``OneRequestAtATime``) until the test's browsers have closed."""
    server = live_server.thread.httpd
    if not isinstance(server.get_app(), OneRequestAtATime):
        server.set_app(OneRequestAtATime(server.get_app()))
    application = server.get_app()
    application.set_open(True)
    cache.clear()
    yield live_server.url
    application.set_open(False)


# --- the editors' team (test_editor_journeys.py, test_editors_guide.py) ---------------------


@pytest.fixture
def team(site):
    """One user per role, as ``manage.py setup_roles`` and an administrator make them, with
    the admin in Dutch."""
    groups = setup_roles()
    users = {}
    for role in ROLES:
        user = get_user_model().objects.create_user(
            role.name.lower(), password=None, first_name=role.name
        )
        user.groups.add(groups[role.name])
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
        users[role.name] = user
    return users


@pytest.fixture
def sign_in(site, team, browser):
    """``sign_in(role)``: a browser tab of its own, signed in as that role's user."""
    contexts = []

    def open_as(role):
        client = Client()
        client.force_login(team[role.name])
        context = browser.new_context(locale="nl-NL", viewport=SCREEN, base_url=site)
        cookie = client.cookies["sessionid"].value
        context.add_cookies([{"name": "sessionid", "value": cookie, "url": site}])
        contexts.append(context)
        return context.new_page()

    yield open_as
    for context in contexts:
        leave(context)


@pytest.fixture
def visitor(site, browser):
    """An anonymous visitor's tab."""
    context = browser.new_context(locale="nl-NL", viewport=SCREEN, base_url=site)
    yield context.new_page()
    leave(context)


@pytest.fixture
def picture(tmp_path):
    path = Path(tmp_path) / "pieterskerk.png"
    Image.new("RGB", (800, 500), (30, 120, 200)).save(path)
    return path


@pytest.fixture
def submitted_event(team):
    """The event the Redacteur sent to the Eindredactie (journey 1's end)."""
    editor = team[EDITOR.name]
    event = build_event(editor)
    event.save_revision(user=editor)
    event.get_workflow().start(event, editor)
    return event


@pytest.fixture
def published_event(team):
    """The event after the Eindredacteur approved it (journey 2's end)."""
    event = build_event(team[EDITOR.name])
    event.save_revision(user=team[MODERATOR.name]).publish()
    return EventPage.objects.get(pk=event.pk)
