"""The agenda and a festival page make as many SQL queries with 500 events as with 10."""

import datetime

from django.utils import timezone
from wagtail_factories import ImageFactory

from tests import factories
from tests.scaffolding import count_queries


def add_events(site_tree, count):
    """Half in the festival, half on their own; each with an image, a theme and two dates."""
    theme = site_tree["ThemePage"]["nl"]
    image = ImageFactory()
    first = timezone.now() + datetime.timedelta(days=1)
    for number in range(count):
        start = first + datetime.timedelta(hours=number)
        parent = site_tree["FestivalPage" if number % 2 else "EventIndexPage"]["nl"]
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


def test_queries_do_not_grow_from_10_to_500_events(client, db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    theme = site_tree["ThemePage"]["nl"]
    urls = {
        "agenda": agenda.url,
        "agenda, filtered": f"{agenda.url}?theme={theme.slug}&audience=families&when=month",
        "festival": site_tree["FestivalPage"]["nl"].url,
        "festival feed": site_tree["FestivalPage"]["nl"].url + "ical/",
        "agenda feed": agenda.url + "ical/",
        "home": site_tree["HomePage"]["nl"].url,
        "theme": theme.url,
    }
    add_events(site_tree, 10)
    with_10 = {name: count_queries(client, url)[0] for name, url in urls.items()}
    add_events(site_tree, 490)
    with_500 = {name: count_queries(client, url)[0] for name, url in urls.items()}
    print("\nSQL queries per page, 10 events → 500 events:")
    for name in urls:
        print(f"  {name:18} {with_10[name]:3} → {with_500[name]:3}")
    assert with_500 == with_10
