import pytest
from wagtail.models import Locale

# Re-exported for modules that still import them from here; new code imports tests.scaffolding.
from tests.scaffolding import (  # noqa: F401
    build_site_tree,
    count_queries,
    module_database,
    translate_page,
)


@pytest.fixture
def dutch(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture(scope="module")
def site_tree(django_db_setup, django_db_blocker):
    """One page of every type in Dutch and English, with the Dutch home as the site root.

    Returns {model name: {"nl": page, "en": page}}. Built once per module.
    """
    yield from module_database(django_db_blocker, build_site_tree)


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
