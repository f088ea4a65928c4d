"""Set-up shared by the test modules: a site root, data built once per module, query counting.

Fixtures that use these live in ``tests/conftest.py``; modules that build their own tree (the
agenda, calendar files, structured data) call ``dutch_home`` and ``module_fixture`` from here
instead of copying them.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import Translation, TranslationSource

from tests import factories

PROJECT = Path(__file__).resolve().parent.parent


def module_database(django_db_blocker, build):
    """Build data once for a test module, inside a transaction that is rolled back at the end.

    Each test still runs in its own savepoint (the ``db`` fixture), so tests cannot see each
    other's changes. Wagtail caches site root paths, so the cache is cleared on both sides.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        cache.clear()
        try:
            yield build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def module_fixture(build):
    """A module-scoped fixture whose value is what ``build()`` returns, rolled back afterwards.

    ``tree = module_fixture(build_agenda)`` in a test module makes the fixture ``tree``.
    """

    @pytest.fixture(scope="module")
    def built(django_db_setup, django_db_blocker):
        yield from module_database(django_db_blocker, build)

    return built


def dutch_home(**site_fields):
    """A Dutch home page as the root of the only site, replacing Wagtail's welcome page.

    ``site_fields`` (hostname, port) are set on the site as well.
    """
    dutch = Locale.objects.get(language_code="nl")
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="home-nl", locale=dutch
    )
    Site.objects.update(root_page=home, **site_fields)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


def translate_page(page, locale):
    """An English copy of a Dutch page with its own title, published: what a translator makes."""
    translation = page.copy_for_translation(locale)
    translation.title = f"English {type(page).__name__} {page.pk}"
    translation.introduction = f"The English introduction of page {page.pk}."
    translation.save_revision().publish()
    return translation.specific


def translate_with_localize(page, locale):
    """Translate ``page`` as an editor does with wagtail-localize, and publish the result.

    wagtail-localize publishes on commit, which a test never reaches (see stad/demo/translate.py):
    save a draft and publish it here. Untranslated segments fall back to the Dutch text.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return target


def get_soup(client, url):
    """The parsed page at ``url``, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def publish_as_editor(page, capture):
    """Publish ``page`` as an editor does: the transaction's commit runs what it queued (the
    renditions task, immediately in tests). ``capture`` is pytest-django's
    ``django_capture_on_commit_callbacks``."""
    with capture(execute=True):
        page.save_revision().publish()


def sync_translations(page):
    """Sync ``page``'s translations from its latest Dutch content and publish them, as an editor
    does with wagtail-localize's "Sync translated pages" and "Publish immediately"."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(publish=True)


def build_site_tree():
    """One page of every type in Dutch and English (see the ``site_tree`` fixture)."""
    english = Locale.objects.get(language_code="en")
    home = dutch_home()

    venue = factories.VenueFactory()
    venue.copy_for_translation(english).save()
    partner = factories.PartnerFactory()
    partner.copy_for_translation(english).save()

    themes = factories.ThemeIndexPageFactory(parent=home, show_in_menus=True)
    theme = factories.ThemePageFactory(parent=themes)
    programmes = factories.ProgrammeIndexPageFactory(parent=home, show_in_menus=True)
    programme = factories.ProgrammePageFactory(parent=programmes)
    network = factories.NetworkPageFactory(parent=programmes)
    agenda = factories.EventIndexPageFactory(parent=home, show_in_menus=True)
    festival = factories.FestivalPageFactory(parent=agenda)
    event = factories.EventPageFactory(parent=festival, venue=venue)
    news_index = factories.NewsIndexPageFactory(parent=home, show_in_menus=True)
    news = factories.NewsPageFactory(parent=news_index)
    standard = factories.StandardPageFactory(parent=home)
    for page in (programme, network, event, news):
        page.theme_links.create(theme=theme)
        page.partner_links.create(partner=partner)
        page.save_revision().publish()

    pages = [home, themes, theme, programmes, programme, network, agenda, festival, event]
    pages += [news_index, news, standard]
    tree = {}
    for page in pages:
        tree[type(page).__name__] = {"nl": page, "en": translate_page(page, english)}
    return tree


def count_queries(client, url):
    """The SQL queries of a second visit to ``url`` (a running site has warm caches), and the
    response. The visit must succeed: counting the queries of an error page proves nothing."""
    client.get(url)  # warm caches (site root paths, locales, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return len(queries), response


def sql_of_visit(client, url):
    """The SQL statements of one visit to ``url``, which must succeed, and its HTML."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return [query["sql"] for query in queries], response.content.decode()


# Production's task backend: tasks wait in the database for ``db_worker``.
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_task_worker(monkeypatch):
    """Run the queued background tasks as production's worker does (``db_worker --batch``).

    On SQLite the worker opens its locking transaction with a bare BEGIN EXCLUSIVE, which cannot
    run inside the test's transaction; told not to, it takes a savepoint instead, as it does on
    PostgreSQL. Which tasks it runs, and how, is unchanged.
    """
    monkeypatch.setattr(
        "django_tasks_db.utils.connection_requires_manual_exclusive_transaction",
        lambda connection: False,
    )
    # Between tasks the worker closes connections older than CONN_MAX_AGE, as requests do; the
    # test's connection holds the test's transaction and must stay open.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    handlers = {name: signal.getsignal(name) for name in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:  # the worker installs its own handlers for a graceful shutdown
        for name, handler in handlers.items():
            signal.signal(name, handler)


def refresh_search_index(*models):
    """Make what was just indexed searchable: a search cluster shows new documents only after a
    refresh (about a second by itself); the database backend needs nothing."""
    backend = get_search_backend()
    if hasattr(backend, "get_index_for_model"):
        for model in models:
            backend.get_index_for_model(model).refresh()


def member(role, groups):
    """A user in one editorial role (``groups`` as ``setup_roles`` returns them)."""
    user = get_user_model().objects.create_user(role.name.lower(), password=None)
    user.groups.add(groups[role.name])
    return user


def manage(env, *arguments, check=True):
    """``manage.py`` in a process of its own with ``env`` (a site with its own database)."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def installed_site(folder, database_url=None):
    """The environment of a site installed in ``folder`` as on a developer's machine (``make
    run``): development settings; its own database (SQLite in the folder, unless
    ``database_url``), media and page cache; none of the services a test run may point at."""
    folder.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database_url or f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "DJANGO_PAGE_CACHE_DIR": str(folder / "page-cache"),
    }
    for name in ("REDIS_URL", "SEARCH_URL"):
        env.pop(name, None)
    return env


def install_demo(env):
    """Migrate the installation of ``env`` and load the demo as ``make run`` does; returns what
    ``load_demo_content`` printed."""
    manage(env, "migrate", "--noinput", "-v0")
    return manage(env, "load_demo_content").stdout
