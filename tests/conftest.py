import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tests import factories


@pytest.fixture
def dutch(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


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


def translate_page(page, locale):
    """An English copy of a Dutch page with its own title, published: what a translator makes."""
    translation = page.copy_for_translation(locale)
    translation.title = f"English {type(page).__name__} {page.pk}"
    translation.introduction = f"The English introduction of page {page.pk}."
    translation.save_revision().publish()
    return translation.specific


def build_site_tree():
    dutch = Locale.objects.get(language_code="nl")
    english = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="home-nl", locale=dutch)
    Site.objects.update(root_page=home)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()

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


@pytest.fixture(scope="module")
def site_tree(django_db_setup, django_db_blocker):
    """One page of every type in Dutch and English, with the Dutch home as the site root.

    Returns {model name: {"nl": page, "en": page}}. Built once per module.
    """
    yield from module_database(django_db_blocker, build_site_tree)


@pytest.fixture(scope="session", autouse=True)
def search_cluster_indexes(request):
    """On a search cluster, every index exists with its mapping before a test writes to it.

    A fresh cluster otherwise creates an index on the first document written, with a guessed
    mapping that does not store the primary key, and searches then fail. A deploy runs
    ``update_index`` first for the same reason. The database backend needs nothing.
    """
    if "URLS" not in settings.WAGTAILSEARCH_BACKENDS["default"]:
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        call_command("update_index", stdout=io.StringIO())


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
