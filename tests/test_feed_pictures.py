"""Feeds show no pictures, so building them fetches no renditions (the news feeds and iCal)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests import factories


def rendition_queries(client, url):
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if "wagtailimages_rendition" in query["sql"]]


def test_news_and_calendar_feeds_fetch_no_renditions(client, db, site_tree):
    image = ImageFactory()
    image.get_rendition("fill-320x180")  # a rendition a feed could fetch, but must not
    news_index = site_tree["NewsIndexPage"]["nl"]
    factories.NewsPageFactory(parent=news_index, listing_image=image).save_revision().publish()
    agenda = site_tree["EventIndexPage"]["nl"]
    event = factories.EventPageFactory(parent=agenda, listing_image=image)
    event.save_revision().publish()
    for url in (
        news_index.url + "feed/",
        news_index.url + "feed/atom/",
        agenda.url + "ical/",
        site_tree["FestivalPage"]["nl"].url + "ical/",
        event.url + "ical/",
    ):
        assert rendition_queries(client, url) == [], url
