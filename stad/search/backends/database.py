"""The site's own database as search backend: ``BACKEND: search.backends.database``.

Lets Wagtail choose the backend for the database vendor (it checks, once, that SQLite has FTS5)
and swaps in the language-aware PostgreSQL or the prefix-matching SQLite variant. Each variant
is imported only on its own database: their modules need that database's models.
"""

from django.db import connection
from modelsearch.backends import database as wagtail_database


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        from .postgres import SearchBackend as PostgresBackend

        return PostgresBackend(params)
    backend = wagtail_database.SearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite import SearchBackend as SQLiteBackend

        return SQLiteBackend(params)
    return backend
