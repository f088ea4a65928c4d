"""The agenda and a festival page make as many SQL queries with 500 events as with 10."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
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
    assert response.status_code == 200, url
    return len(queries)


def add_events(tree, count):
    """Half in the festival, half on their own; each with an image, a theme and two dates."""
    theme = tree["ThemePage"]["nl"]
    image = ImageFactory()
    first = timezone.now() + datetime.timedelta(days=1)
    for number in range(count):
        start = first + datetime.timedelta(hours=number)
        parent = tree["FestivalPage"]["nl"] if number % 2 else tree["EventIndexPage"]["nl"]
        event = factories.EventPageFactory(
            parent=parent,
            listing_image=image,
            for_families=True,
            dates=[
                (start, start + datetime.timedelta(hours=1)),
                (start + datetime.timedelta(days=7), start + datetime.timedelta(days=7, hours=1)),
            ],
        )
        event.theme_links.create(theme=theme)


def test_queries_do_not_grow_from_10_to_500_events(client, db, tree):
    agenda = tree["EventIndexPage"]["nl"]
    theme = tree["ThemePage"]["nl"]
    urls = {
        "agenda": agenda.url,
        "agenda, filtered": f"{agenda.url}?theme={theme.slug}&audience=families&when=month",
        "festival": tree["FestivalPage"]["nl"].url,
        "festival feed": tree["FestivalPage"]["nl"].url + "ical/",
        "agenda feed": agenda.url + "ical/",
        "home": tree["HomePage"]["nl"].url,
        "theme": theme.url,
    }
    add_events(tree, 10)
    with_10 = {name: count_queries(client, url) for name, url in urls.items()}
    add_events(tree, 490)
    with_500 = {name: count_queries(client, url) for name, url in urls.items()}
    print("\nSQL queries per page, 10 events → 500 events:")
    for name in urls:
        print(f"  {name:18} {with_10[name]:3} → {with_500[name]:3}")
    assert with_500 == with_10
