"""Uploads the library refuses, each with a Dutch message that says why and what is allowed."""

import io
import os

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def png(width, height):
    """A PNG of ``width`` × ``height`` pixels; one flat colour compresses to a few kilobytes."""
    buffer = io.BytesIO()
    PillowImage.new("L", (width, height), 200).save(buffer, "PNG")
    return SimpleUploadedFile("scan.png", buffer.getvalue(), content_type="image/png")


def noise_png(megabytes):
    """A PNG of random pixels (which do not compress) of about ``megabytes`` MB."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5) + 1
    buffer = io.BytesIO()
    PillowImage.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    return SimpleUploadedFile("poster.png", buffer.getvalue(), content_type="image/png")


def errors(response):
    """The form's error messages as an editor reads them (spaces in sizes made plain)."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [e.get_text(" ", strip=True).replace("\xa0", " ") for e in soup.select(".error-message")]


def upload_image(client, file):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Stadsplattegrond",
            "file": file,
            "description": "Een plattegrond van de binnenstad van Leiden.",
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, file):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Jaarstukken", "file": file, "collection": Collection.get_first_root_node().pk},
    )


def test_an_image_of_more_than_40_megapixels_is_refused_with_a_dutch_message(admin_client):
    response = upload_image(admin_client, png(7000, 6000))  # 42 million pixels

    assert response.status_code == 200
    assert (
        "Deze afbeelding bevat teveel pixels (42000000). "
        "Het maximum aantal toegestane pixels is 40000000."
    ) in " ".join(errors(response))
    assert not Image.objects.exists()


def test_a_photo_of_a_common_camera_size_is_accepted(admin_client):
    response = upload_image(admin_client, png(6000, 4000))  # 24 million pixels

    assert response.status_code == 302
    assert Image.objects.get().width == 6000


def test_an_image_file_over_the_size_limit_is_refused(admin_client, settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 15 * 1024 * 1024
    response = upload_image(admin_client, noise_png(megabytes=16))

    assert "De maximale bestandsgrootte is 15,0 MB" in " ".join(errors(response))
    assert not Image.objects.exists()


def test_a_document_over_the_size_limit_is_refused_and_the_form_says_the_limit(
    admin_client, settings
):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 25 * 1024 * 1024
    form = admin_client.get(reverse("wagtaildocs:add")).content.decode().replace("\xa0", " ")
    assert "Toegestane bestandstypen: CSV, DOCX, ODT, PDF, PPTX, RTF, TXT, XLSX." in form
    assert "Hoogstens 25,0 MB." in form

    oversized = SimpleUploadedFile(
        "jaarstukken.pdf", b"%PDF" + b"\0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    )
    response = upload_document(admin_client, oversized)

    assert response.status_code == 200
    # Only the reason that applies: no "extension '' is not allowed" for a PDF that is too large.
    assert errors(response) == [
        "Dit bestand is te groot (25,0 MB). De maximale bestandsgrootte is 25,0 MB."
    ]
    assert not Document.objects.exists()


@pytest.mark.parametrize("name", ["installer.exe", "pagina.html", "script.svg"])
def test_a_document_of_a_type_not_listed_is_refused(admin_client, name):
    response = upload_document(admin_client, SimpleUploadedFile(name, b"<script>alert(1)</script>"))

    assert response.status_code == 200
    extension = name.rsplit(".", 1)[1]
    assert f"Bestandsextensie ‘{extension}’ is niet toegestaan" in " ".join(errors(response))
    assert not Document.objects.exists()


def test_a_listed_document_type_is_accepted(admin_client):
    response = upload_document(admin_client, SimpleUploadedFile("jaarstukken.pdf", b"%PDF-1.7"))

    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")
