"""Real-browser tests: Playwright drives Chromium against Django's live server with the demo site.

Run them with ``make test-browser``; the default ``make test`` leaves them out (marker ``browser``).
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from wagtail_localize import models as localize

from stad.demo.screenshots import browser_launch_args
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


@pytest.fixture
def site(demo_content, live_server):
    """The live server's address, with the demo restored and Wagtail's caches cold."""
    cache.clear()
    return live_server.url
