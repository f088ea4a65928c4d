"""What the site links to for pictures and documents: renditions and Wagtail's document serve
view, never a file's own address in storage. Production serves no original and no document by
its media address (deploy/nginx/, tests/test_production_media.py), so a link to one would be
broken for everyone, and for restricted collections a leak.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import ImageFactory

from tests import factories
from tests.production_content import PROJECT

ORIGINALS = "original_images/"


@pytest.fixture
def pictured_event(db, site_tree):
    event = factories.EventPageFactory(
        parent=site_tree["FestivalPage"]["nl"],
        title="Nacht van Ontdekkingen",
        listing_image=ImageFactory(title="Sterrenwacht"),
    )
    event.save_revision().publish()
    return event


@pytest.fixture
def restricted_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_pages_link_renditions_in_pictures_og_image_and_structured_data(client, pictured_event):
    response = client.get(pictured_event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta property="og:image" content="' in html
    assert '"image": "' in html  # the event's JSON-LD
    assert "/media/images/" in html
    assert ORIGINALS not in html


def test_the_api_links_renditions_of_pictures(client, pictured_event):
    images = client.get("/api/v2/images/", {"title": "Sterrenwacht"}).json()["items"]
    assert [image["meta"]["download_url"] for image in images] == [
        pictured_event.listing_image.get_rendition("fill-1200x675|format-jpeg").url
    ]
    assert images[0]["meta"]["download_url"].startswith(settings.MEDIA_URL + "images/")
    detail = client.get(f"/api/v2/pages/{pictured_event.pk}/").json()
    assert detail["listing_image"]["meta"]["download_url"].startswith(
        settings.MEDIA_URL + "images/"
    )
    for url in ("/api/v2/images/", f"/api/v2/pages/{pictured_event.pk}/"):
        assert ORIGINALS not in client.get(url).content.decode()


def test_documents_link_the_serve_view_which_asks_a_stranger_to_log_in(
    client, db, restricted_collection
):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    document = get_document_model().objects.create(
        title="Begroting",
        file=ContentFile(b"vertrouwelijk", name="begroting.txt"),
        collection=restricted_collection,
    )
    assert document.url == f"/documents/{document.pk}/begroting.txt"
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_public_document_downloads_from_the_serve_view(client, db):
    document = get_document_model().objects.create(
        title="Verslag", file=ContentFile(b"openbaar", name="verslag.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"openbaar"


def test_an_upload_with_the_name_of_an_earlier_one_gets_a_name_of_its_own(db):
    Document = get_document_model()
    first = Document.objects.create(title="Een", file=ContentFile(b"eerste", name="nota.txt"))
    second = Document.objects.create(title="Twee", file=ContentFile(b"tweede", name="nota.txt"))
    assert first.file.name != second.file.name
    first.file.open()
    assert first.file.read() == b"eerste"
    assert second.url != first.url


def production_settings(**environment):
    """Settings of config.settings.production under ``environment``, read in a fresh process
    (the module only: nothing here reaches a bucket)."""
    read = (
        "import json; from config.settings import production as s; "
        "print(json.dumps({'storages': s.STORAGES, 'serve': s.WAGTAILDOCS_SERVE_METHOD, "
        "'renditions': getattr(s, 'WAGTAILIMAGES_RENDITION_STORAGE', None)}))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "test-production-secret-" + "z" * 40,
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "sqlite:////tmp/stad-media-settings.sqlite3",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_DEFAULT_FROM_EMAIL": "test@localhost",
        **environment,
    }
    done = subprocess.run(
        [sys.executable, "-c", read],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_production_on_object_storage_keeps_originals_and_documents_private():
    found = production_settings(AWS_STORAGE_BUCKET_NAME="stad-media")
    assert found["serve"] == "serve_view"
    private = found["storages"]["default"]["OPTIONS"]
    assert private["default_acl"] == "private"
    assert private["querystring_auth"] is True  # every URL to an original is signed, short-lived
    assert private["file_overwrite"] is False
    # Renditions: a storage of their own, with plain URLs a page (and its cache) can keep.
    assert found["renditions"] == "renditions"
    public = found["storages"]["renditions"]["OPTIONS"]
    assert public["querystring_auth"] is False
    assert public["bucket_name"] == "stad-media"


def test_production_on_disk_serves_documents_through_the_view():
    found = production_settings()
    assert found["serve"] == "serve_view"
    assert found["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert found["renditions"] is None
