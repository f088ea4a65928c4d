"""Finding the page of a URL reads the pages along it by an index, not every page of the site.

``stad.core.routing`` reads all the pages along a URL in one query. Its condition on
``url_path`` has no index, and the ``path`` range under the home page covers the whole site, so
without a condition the database can look up it read every page row by row: at 12,000 pages
that cost 3 ms of every page built, the most of any query. Asked of SQLite's planner, which
says whether it scans a table or searches an index, whatever the number of rows.
"""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def plans_of_routing_queries(client, url):
    """SQLite's query plans of the queries that look pages up by their ``url_path``."""
    statements = []

    def keep(execute, sql, params, many, context):
        if '"url_path" IN' in sql:
            statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(keep):
        assert client.get(url).status_code == 200
    plans = []
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plans.append([row[-1] for row in cursor.fetchall()])
    return plans


@pytest.mark.parametrize("page_type", ["EventPage", "NewsPage", "ThemePage"])
def test_the_pages_along_a_url_are_searched_by_index(client, site_tree, page_type):
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's query plan; the stack suite runs the same code on PostgreSQL")
    for language in ("nl", "en"):
        plans = plans_of_routing_queries(client, site_tree[page_type][language].url)
        assert plans, "the page was not found by the one routing query"
        for plan in plans:
            # The page table is searched (by the slug index), never scanned.
            assert not [step for step in plan if step.startswith("SCAN wagtailcore_page")], plan
            assert [step for step in plan if step.startswith("SEARCH wagtailcore_page")], plan
