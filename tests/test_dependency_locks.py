"""The two dependency locks (README, "Dependencies") stay what the image and `make install` trust.

requirements/production.lock is what the image installs with ``--require-hashes --no-deps``, so a
line without a pin or a hash would break the build, and a test tool in it would ship to
production. requirements/development.lock is the same pins plus the test tools. The extras each
lock holds are read from the Makefile's `make lock` recipe, the command that writes them.
Everything here reads files only: no network.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = Path(__file__).resolve().parent.parent
LOCKS = {
    "production": PROJECT / "requirements" / "production.lock",
    "development": PROJECT / "requirements" / "development.lock",
}
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")
# Tools the tests use that the image must never hold; each reaches the development lock through
# the `test` extra (Faker through wagtail-factories).
TEST_TOOLS = {"pytest", "pytest-django", "playwright", "faker", "hypothesis", "coverage", "ruff"}


def logical_lines(path):
    """The lock's entries: continuation lines joined, comments and blank lines dropped."""
    text = re.sub(r"\s*\\\n\s*", " ", path.read_text())
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def pins(path):
    """``{normalised name: (version, frozenset of hashes)}``; anything but a hashed ``==`` pin
    fails, naming the line (an option such as ``-e`` or ``--find-links`` included)."""
    found = {}
    for line in logical_lines(path):
        assert not line.startswith("-"), f"{path.name}: '{line}' is an option, not a pin"
        requirement_text = line.split(" --hash=", 1)[0]
        requirement = Requirement(requirement_text)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", (
            f"{path.name}: '{requirement_text}' is not pinned with =="
        )
        hashes = frozenset(HASH.findall(line))
        assert hashes and len(hashes) == line.count("--hash="), (
            f"{path.name}: {requirement.name} lacks a well-formed --hash=sha256: option"
        )
        name = canonicalize_name(requirement.name)
        assert name not in found, f"{path.name}: {requirement.name} is pinned twice"
        found[name] = (specifiers[0].version, hashes)
    return found


def lock_extras():
    """``{lock name: extras}`` from the `make lock` recipe's pip-compile lines."""
    makefile = re.sub(r"\\\n\s*", " ", (PROJECT / "Makefile").read_text())
    commands = re.split(r"\n|&&", makefile)
    extras = {}
    for name in LOCKS:
        (command,) = [line for line in commands if f"-o requirements/{name}.lock" in line]
        extras[name] = set(re.findall(r"--extra (\S+)", command))
    return extras


def direct_requirements(extras):
    """pyproject's dependencies and those of ``extras``, markers evaluated for this Python."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    texts = list(project["dependencies"])
    for extra in sorted(extras):
        texts += project["optional-dependencies"][extra]
    requirements = (Requirement(text) for text in texts)
    return [r for r in requirements if r.marker is None or r.marker.evaluate({"extra": ""})]


@pytest.fixture(scope="module")
def locked():
    return {name: pins(path) for name, path in LOCKS.items()}


@pytest.mark.parametrize("name", LOCKS)
def test_every_line_of_a_lock_is_a_pin_with_a_hash(name):
    # pins() checks each line (here as a failure of this test, elsewhere as a fixture error); an
    # empty lock would pass that vacuously.
    assert len(pins(LOCKS[name])) > 20


def test_the_locks_hold_the_extras_they_are_meant_for():
    extras = lock_extras()
    assert extras["production"] == {"opensearch", "s3"}
    assert extras["development"] == extras["production"] | {"test"}


def test_production_holds_no_test_tool(locked):
    test_only = locked["development"].keys() - locked["production"].keys()
    assert test_only >= TEST_TOOLS
    assert not TEST_TOOLS & locked["production"].keys()


def test_development_is_production_plus_tests_with_the_same_pins(locked):
    production, development = locked["production"], locked["development"]
    assert production.keys() <= development.keys()
    differing = {
        name: (production[name][0], development[name][0])
        for name in production
        if production[name] != development[name]
    }
    assert not differing, f"version or hashes differ between the locks: {differing}"


@pytest.mark.parametrize("name", LOCKS)
def test_each_lock_satisfies_pyproject(name, locked):
    unmet = []
    for requirement in direct_requirements(lock_extras()[name]):
        version = locked[name].get(canonicalize_name(requirement.name), (None,))[0]
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            unmet.append(f"{requirement} (locked: {version})")
    assert not unmet, f"{LOCKS[name].name} does not meet pyproject.toml: {unmet}"


def test_the_image_installs_the_production_lock_only_with_hashes_required():
    installs = [
        line for line in (PROJECT / "Dockerfile").read_text().splitlines() if "pip install" in line
    ]
    assert installs == [
        "RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements/production.lock"
    ]
