"""No package of ours may hide an installed distribution's module of the same name.

A top-level ``events`` app once hid the ``events`` distribution that opensearch-py imports, which
pinned the client to an old release. The apps live in ``stad/`` now; this keeps it that way.
"""

import importlib.metadata
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def top_level_packages():
    """Folders at the project's top level that Python can import (they hold ``__init__.py``)."""
    return sorted(path.parent.name for path in PROJECT.glob("*/__init__.py"))


def test_the_project_has_one_package_for_its_apps():
    assert top_level_packages() == ["config", "stad", "tests"]


@pytest.mark.parametrize("name", top_level_packages())
def test_no_top_level_package_shadows_an_installed_distribution(name):
    assert name not in importlib.metadata.packages_distributions(), (
        f"'{name}' is also a module of an installed distribution; importing one hides the other"
    )


def test_the_opensearch_client_gets_its_own_events_package():
    # opensearch-py (in both locks) imports the PyPI package `events`, not one of our apps.
    import events
    import opensearchpy

    assert Path(events.__file__).resolve().parent.name == "events"
    assert Path(events.__file__).resolve().parent.parent != PROJECT
    assert "stad" not in Path(events.__file__).resolve().parts
    assert int(opensearchpy.__versionstr__.split(".")[0]) >= 3
