"""The dependency order of DESIGN.md is a contract that `make lint` checks (import-linter).

Each test runs ``lint-imports`` on a copy of ``stad/`` and ``pyproject.toml``, so breaking a
layer in the copy shows that the contract really fails, without touching the working tree.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


@pytest.fixture
def project_copy(tmp_path):
    shutil.copytree(ROOT / "stad", tmp_path / "stad", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def lint_imports(directory):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=directory,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(directory)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def add_import(module_file, statement):
    source = module_file.read_text()
    module_file.write_text(f"{statement}\n{source}")


def test_the_code_as_it_is_keeps_every_contract(project_copy):
    result = lint_imports(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("importer", "statement", "contract"),
    [
        # The core layer reaching up into the agenda.
        ("core/sitemap.py", "import stad.events.models  # noqa", "Apps depend downwards"),
        # Programmes reaching up into search, behind a function-local import.
        (
            "programmes/models/themes.py",
            "def _upward():\n    from stad.search import results  # noqa",
            "Apps depend downwards",
        ),
        # Two siblings of one layer: the dashboard may not use search.
        ("editorial/dashboard.py", "import stad.search.results  # noqa", "Apps depend downwards"),
        # The API and the editors' tools stay apart, though the API sits above them.
        ("api/views.py", "import stad.editorial.roles  # noqa", "do not use one another"),
    ],
)
def test_an_import_against_the_layers_fails_the_lint(project_copy, importer, statement, contract):
    add_import(project_copy / "stad" / importer, statement)
    result = lint_imports(project_copy)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout
