"""Tests that need a real service skip where it is absent, unless REQUIRE_SERVICES=1 (CI); and
databases of their own on the PostgreSQL server of a test run (make test-stack)."""

import os
import uuid
from urllib.parse import urlsplit

import psycopg
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


def postgres_server():
    """The URL of the PostgreSQL server of DATABASE_URL (make test-stack), or None."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres:", "postgresql:")) else None


def create_database(prefix):
    """The URL of a new, empty database on that server, named ``prefix`` and a random part.

    For a site a test runs in processes of its own (gunicorn, manage.py): DATABASE_URL's own
    database belongs to the developer and outlives the run, so a site migrated there would
    start with whatever an earlier run or ``make bench-stack`` left in it.
    """
    server = postgres_server()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return urlsplit(server)._replace(path="/" + name).geturl()


def drop_database(url):
    """Drop a database ``create_database`` made, closing what is still connected to it."""
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(postgres_server(), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
