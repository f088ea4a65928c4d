"""Tests that need a real service skip where it is absent, unless REQUIRE_SERVICES=1 (CI)."""

import os

import pytest

REQUIRED = os.environ.get("REQUIRE_SERVICES") == "1"


def require(service, available, how_to_start="scripts/services.sh start"):
    """Skip (or, with REQUIRE_SERVICES=1, fail) when ``service`` is not available."""
    if available:
        return
    message = f"{service} is not available; start it with `{how_to_start}` and set its URL"
    if REQUIRED:
        pytest.fail(f"REQUIRE_SERVICES=1 but {message}")
    pytest.skip(message)
