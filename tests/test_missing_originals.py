"""A picture whose uploaded original is gone from storage (a database restored without its
media, a file lost from the bucket) leaves the pages that show it standing: they answer 200
without the picture, never a 500 and never a broken image, and the log names the image."""

import json
import logging

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from django_tasks import TaskResultStatus
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from stad.core.tasks import make_renditions_of_page
from tests import factories

LOGGER = "stad.core.missing_originals"


@pytest.fixture
def lost_picture(db, site_tree, caplog, django_capture_on_commit_callbacks):
    """An event and a news item, published with a picture whose original file was deleted
    before any rendition of it was made (publishing tries, and makes none)."""
    image = ImageFactory(title="Verloren foto")
    default_storage.delete(image.file.name)
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing zonder foto", listing_image=image
    )
    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], title="Bericht zonder foto", listing_image=image
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for page in (event, news):
            # As an editor publishes: the commit queues the renditions task (run at once here).
            with django_capture_on_commit_callbacks(execute=True):
                page.save_revision().publish()
    assert not get_image_model().get_rendition_model().objects.filter(image=image).exists()
    return image, event, news


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_of_a_lost_picture_is_shown_without_it(client, lost_picture, caplog):
    image, event, _news = lost_picture
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        soup = page(client, event.url)
    assert soup.select_one("h1").get_text(strip=True) == "Lezing zonder foto"
    assert soup.select("main picture") == []
    assert not soup.select('meta[property^="og:image"]')
    (script,) = soup.select('script[type="application/ld+json"]')
    described = json.loads(script.string)
    assert described["name"] == "Lezing zonder foto"
    assert "image" not in described
    assert f"Image {image.pk} ('Verloren foto') is left out" in caplog.text


@pytest.mark.parametrize("listing", ["EventIndexPage", "NewsIndexPage"])
def test_a_list_shows_the_card_of_a_lost_picture_without_it(
    client, lost_picture, site_tree, listing
):
    soup = page(client, site_tree[listing]["nl"].url)
    title = {"EventIndexPage": "Lezing zonder foto", "NewsIndexPage": "Bericht zonder foto"}
    card = soup.find("a", string=title[listing]).find_parent("article")
    assert card.select("picture, img") == []


def test_the_api_lists_a_lost_picture_without_a_download(client, lost_picture):
    image, _event, _news = lost_picture
    response = client.get(f"/api/v2/images/{image.pk}/")
    assert response.status_code == 200
    assert response.json()["meta"]["download_url"] is None


def test_publishing_a_page_with_a_lost_picture_publishes_it_and_logs_the_picture(
    lost_picture, caplog
):
    image, event, news = lost_picture
    assert event.live and news.live
    published = [record.getMessage() for record in caplog.get_records("setup")]
    assert any(f"Image {image.pk} ('Verloren foto') is left out" in line for line in published)
    # The task that makes a published page's renditions finishes, having made none.
    result = make_renditions_of_page.enqueue(event.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 0
