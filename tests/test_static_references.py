"""Every stylesheet, script and picture a template names exists.

In production the hashed static storage refuses a name it does not know (a 500), so a template
that still names a file that was renamed or split breaks pages there, not in development.
"""

import re
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]\s*%\}""")


def static_references():
    return [
        pytest.param(name, id=f"{template.relative_to(PROJECT)}:{name}")
        for template in sorted((PROJECT / "templates").rglob("*.html"))
        for name in STATIC_TAG.findall(template.read_text())
    ]


def test_templates_name_static_files():
    assert static_references()


@pytest.mark.parametrize("name", static_references())
def test_a_static_file_named_in_a_template_exists(name):
    assert (PROJECT / "static" / name).is_file()
