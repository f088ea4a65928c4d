"""A picture whose uploaded original cannot be read (gone from storage after a database was
restored without its media, cut off, or refused by the bucket) leaves the pages that show it
standing: they answer 200 without the picture, never a 500 and never a broken image or a
caption alone, and the log names the image. Renditions made before the loss are still shown."""

import io
import json
import logging
from unittest import mock

import pytest
from botocore.exceptions import ClientError
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django_tasks import TaskResultStatus
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from stad.core.tasks import make_renditions_of_page
from tests import factories
from tests.scaffolding import get_soup, publish_as_editor

LOGGER = "stad.core.missing_originals"
Rendition = get_image_model().get_rendition_model()
pytestmark = pytest.mark.usefixtures("forget_cached_renditions")


def figure(image, caption):
    return {
        "type": "figure",
        "value": {
            "image": {"image": image.pk, "alt_text": "Een kaart", "decorative": False},
            "caption": caption,
        },
    }


@pytest.fixture
def lost_picture(db, site_tree, django_capture_on_commit_callbacks):
    """An event (the picture at its top and in its body, with a caption) and a news item,
    published with a picture whose original file was deleted before any rendition of it was
    made (publishing tries, and makes none)."""
    image = ImageFactory(title="Verloren foto")
    default_storage.delete(image.file.name)
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"],
        title="Lezing zonder foto",
        listing_image=image,
        body=json.dumps([figure(image, "Het Rapenburg in 1900")]),
    )
    news = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], title="Bericht zonder foto", listing_image=image
    )
    for page in (event, news):
        publish_as_editor(page, django_capture_on_commit_callbacks)
    assert not Rendition.objects.filter(image=image).exists()
    return image, event, news


def warnings_about(image, caplog):
    return [
        record
        for record in caplog.records
        if record.name == LOGGER and f"Image {image.pk} ('{image.title}')" in record.getMessage()
    ]


def test_the_page_of_a_lost_picture_is_shown_without_it(client, lost_picture, caplog):
    image, event, _news = lost_picture
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        soup = get_soup(client, event.url)
    assert soup.select_one("h1").get_text(strip=True) == "Lezing zonder foto"
    assert soup.select("main picture, main img, main figure") == []
    assert "Het Rapenburg in 1900" not in soup.get_text()  # no caption without its picture
    assert not soup.select('meta[property^="og:image"]')
    (script,) = soup.select('script[type="application/ld+json"]')
    described = json.loads(script.string)
    assert described["name"] == "Lezing zonder foto"
    assert "image" not in described
    assert warnings_about(image, caplog)


@pytest.mark.parametrize("listing", ["EventIndexPage", "NewsIndexPage"])
def test_a_list_shows_the_card_of_a_lost_picture_without_it(
    client, lost_picture, site_tree, listing
):
    soup = get_soup(client, site_tree[listing]["nl"].url)
    title = {"EventIndexPage": "Lezing zonder foto", "NewsIndexPage": "Bericht zonder foto"}
    card = soup.find("a", string=title[listing]).find_parent("article")
    assert card.select("picture, img") == []


def test_the_api_lists_a_lost_picture_without_a_download(client, lost_picture):
    image, _event, _news = lost_picture
    response = client.get(f"/api/v2/images/{image.pk}/")
    assert response.status_code == 200
    assert response.json()["meta"]["download_url"] is None


def test_the_renditions_task_finishes_and_logs_the_picture(lost_picture, caplog):
    image, event, news = lost_picture
    assert event.live and news.live
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        result = make_renditions_of_page.enqueue(event.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 0
    assert warnings_about(image, caplog)


def test_make_renditions_names_the_pictures_it_cannot_make(lost_picture):
    out, err = io.StringIO(), io.StringIO()
    call_command("make_renditions", stdout=out, stderr=err)
    assert "1 image has an original that cannot be read" in err.getvalue()
    assert f"Verloren foto (id {lost_picture[0].pk})" in err.getvalue()


def test_renditions_made_before_the_loss_are_shown_all_along(
    client, db, site_tree, django_capture_on_commit_callbacks
):
    image = ImageFactory(title="Bewaarde foto")
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing met foto", listing_image=image
    )
    publish_as_editor(event, django_capture_on_commit_callbacks)  # makes its renditions
    default_storage.delete(image.file.name)
    soup = get_soup(client, event.url)
    assert soup.select_one("main picture img")["src"].endswith(".jpg")
    assert soup.select_one('meta[property="og:image"]')["content"].endswith(".jpg")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda image: default_storage.save(image.file.name, io.BytesIO(b"")), id="empty"
        ),
        pytest.param(
            lambda image: default_storage.save(image.file.name, io.BytesIO(b"<html>")),
            id="not-an-image",
        ),
    ],
)
def test_an_original_that_is_not_an_image_is_left_out_too(client, db, site_tree, damage, caplog):
    image = ImageFactory(title="Kapotte foto")
    default_storage.delete(image.file.name)
    damage(image)
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing", listing_image=image
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        soup = get_soup(client, event.url)
    assert soup.select("main picture") == []
    assert warnings_about(image, caplog)


def test_a_bucket_that_refuses_the_original_leaves_it_out(client, db, site_tree, caplog):
    """S3 answers 403, not 404, for a missing key to a client that may not list the bucket;
    django-storages passes that on as boto's ClientError, which is not an OSError."""
    image = ImageFactory(title="Geweigerde foto")
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing", listing_image=image
    )
    refused = ClientError({"Error": {"Code": "403", "Message": "Forbidden"}}, "HeadObject")
    with (
        mock.patch.object(FileSystemStorage, "open", side_effect=refused),
        caplog.at_level(logging.WARNING, logger=LOGGER),
    ):
        soup = get_soup(client, event.url)
    assert soup.select("main picture") == []
    assert "ClientError" in warnings_about(image, caplog)[0].getMessage()
