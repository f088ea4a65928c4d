"""A list page makes the same number of SQL queries however many items it lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests import factories
from tests.conftest import build_site_tree, module_database


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    yield from module_database(django_db_blocker, build_site_tree)


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, locales) as a running site has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_items(tree, count):
    theme = tree["ThemePage"]["nl"]
    for _ in range(count):
        image = ImageFactory()
        event = factories.EventPageFactory(parent=tree["FestivalPage"]["nl"], listing_image=image)
        standalone = factories.EventPageFactory(parent=tree["EventIndexPage"]["nl"])
        news = factories.NewsPageFactory(parent=tree["NewsIndexPage"]["nl"], listing_image=image)
        for page in (event, standalone, news):
            page.theme_links.create(theme=theme)
            page.save_revision().publish()


@pytest.mark.parametrize("page_type", ["NewsIndexPage", "ThemePage", "HomePage"])
def test_listing_queries_do_not_grow_with_the_number_of_items(client, db, tree, page_type):
    url = tree[page_type]["nl"].url
    add_items(tree, 1)
    with_few = count_queries(client, url)
    add_items(tree, 5)
    with_many = count_queries(client, url)
    assert with_many == with_few, f"{page_type}: {with_few} queries for few, {with_many} for many"
