import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from pytest_django.fixtures import _get_databases_for_setup
from wagtail.models import Locale

from tests import servers
from tests.scaffolding import build_site_tree, install_demo, installed_site, module_database


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing test's report ends with what each server it runs printed (gunicorn logs a
    500's traceback there), which would otherwise go with the server's temporary folder."""
    report = yield
    if report.failed:
        for server in servers.RUNNING.values():
            report.sections.append((f"output of {server.args[0]}", servers.output_of(server)))
    return report


@pytest.fixture
def dutch(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def editor_client(client, db):
    """The test client signed in as a superuser of the admin."""
    user = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def site_tree(django_db_setup, django_db_blocker):
    """One page of every type in Dutch and English, with the Dutch home as the site root.

    Returns {model name: {"nl": page, "en": page}}. Built once per module.
    """
    yield from module_database(django_db_blocker, build_site_tree)


@pytest.fixture(scope="session")
def demo_installation(tmp_path_factory):
    """The demo site as ``make run`` installs it (``installed_site``: development settings, in
    processes of their own), once per test run: its folder, its environment and what
    ``load_demo_content`` printed. Tests may add to it (the backup test adds a document),
    never take away."""
    folder = tmp_path_factory.mktemp("demo-installation") / "site"
    env = installed_site(folder)
    return folder, env, install_demo(env)


@pytest.fixture(scope="session", autouse=True)
def search_cluster_indexes(request):
    """On a search cluster, every index exists with its mapping before a test writes to it.

    A fresh cluster otherwise creates an index on the first document written, with a guessed
    mapping that does not store the primary key, and searches then fail. A deploy runs
    ``update_index`` first for the same reason. The database backend needs nothing.
    """
    if "URLS" not in settings.WAGTAILSEARCH_BACKENDS["default"]:
        return
    # The rule django_db_setup itself follows (pytest-django, pinned): when no test of this
    # run asks for the database, it makes no test database, and the index would be filled
    # from DATABASE_URL's own: the developer's, or one without the tables (a run of
    # tests/test_production_server.py alone on make test-stack).
    aliases, _serialized = _get_databases_for_setup(request.session.items)
    if not aliases:
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        call_command("update_index", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def no_outage_left_over():
    """Each test starts with every service trusted: an outage one test provoked (a dead or
    hanging cluster) would otherwise make the next tests skip the service for 30 seconds."""
    from stad.core import outages

    outages.close_all()
    yield
    outages.close_all()


@pytest.fixture
def forget_cached_renditions():
    """Wagtail caches renditions by image id and file hash; ids and files repeat from one
    rolled-back test to the next, so a rendition cached by another test would seem to exist."""
    from wagtail.images import get_image_model

    rendition_model = get_image_model().get_rendition_model()
    rendition_model.cache_backend.clear()
    yield
    rendition_model.cache_backend.clear()


@pytest.fixture
def roles(db, site_tree):
    """The editorial roles and the review workflow, as ``manage.py setup_roles`` makes them."""
    from stad.editorial.roles import setup_roles

    return setup_roles()


@pytest.fixture
def editor(roles):
    """A Redacteur: edits and submits for review."""
    from stad.editorial.roles import EDITOR
    from tests.scaffolding import member

    return member(EDITOR, roles)


@pytest.fixture
def moderator(roles):
    """An Eindredacteur: reviews and publishes."""
    from stad.editorial.roles import MODERATOR
    from tests.scaffolding import member

    return member(MODERATOR, roles)


@pytest.fixture
def translator(roles):
    """A Vertaler: edits the English pages."""
    from stad.editorial.roles import TRANSLATOR
    from tests.scaffolding import member

    return member(TRANSLATOR, roles)


# (backend, {language: recall@5}, misses) from tests/test_search_relevance.py, printed below.
RELEVANCE_FIGURES = []


def pytest_terminal_summary(terminalreporter):
    if not RELEVANCE_FIGURES:
        return
    terminalreporter.section("search relevance: recall@5 per backend")
    for name, recall, misses in RELEVANCE_FIGURES:
        figures = "  ".join(f"{language}={value:.2f}" for language, value in sorted(recall.items()))
        terminalreporter.write_line(f"{name:<12} {figures}  ({len(misses)} missed)")
        for miss in misses:
            terminalreporter.write_line(f"    missed {miss}")


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production, and empty (the test database is rolled back after
    each test, the cache's files are not)."""
    from django.core.cache import caches

    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """``publish(page)``: publish as an editor does, so the page cache's generation is renewed
    after the commit."""

    def published(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return published


@pytest.fixture
def builds_every_visit(client):
    """A visitor with a session: the page cache never answers, so each visit builds the page,
    as a miss does."""
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    return client
