"""A list page makes the same number of SQL queries however many items it lists."""

import pytest
from wagtail_factories import ImageFactory

from tests import factories
from tests.scaffolding import count_queries


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
def test_listing_queries_do_not_grow_with_the_number_of_items(client, db, site_tree, page_type):
    url = site_tree[page_type]["nl"].url
    add_items(site_tree, 1)
    with_few, _ = count_queries(client, url)
    add_items(site_tree, 5)
    with_many, _ = count_queries(client, url)
    assert with_many == with_few, f"{page_type}: {with_few} queries for few, {with_many} for many"
