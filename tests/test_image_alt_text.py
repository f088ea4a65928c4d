"""An image without alt text is refused unless the editor marks it decorative: on upload (every
upload route of the admin) and where it is placed in a page body."""

import io
from pathlib import Path

import pytest
import wagtail
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from stad.core.blocks import FigureBlock
from tests import factories

DESCRIPTION_MISSING = (
    "Beschrijf wat er op de afbeelding staat, of vink 'Deze afbeelding is decoratief' aan"
)


def png(name="microscoop.png"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), (20, 90, 160)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def add_image(client, **fields):
    data = {"title": "Open dag", "file": png(), "collection": Collection.get_first_root_node().pk}
    return client.post(reverse("wagtailimages:add"), {**data, **fields})


def field_errors(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(["input", "textarea"], attrs={"name": name})
    assert field is not None, f"no field {name} in the form"
    return field.find_parent(class_="w-field__wrapper").get_text(" ", strip=True)


@pytest.mark.django_db
def test_an_upload_without_description_is_refused(admin_client):
    response = add_image(admin_client)

    assert response.status_code == 200
    assert DESCRIPTION_MISSING in field_errors(response, "description")
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_described_upload_is_saved(admin_client):
    description = "Kinderen kijken door een microscoop tijdens de open dag van Naturalis."
    response = add_image(admin_client, description=description)

    assert response.status_code == 302
    assert Image.objects.get().description == description


@pytest.mark.django_db
def test_a_decorative_upload_is_saved_without_description_and_stays_decorative(admin_client):
    response = add_image(admin_client, decorative="on")

    assert response.status_code == 302
    image = Image.objects.get()
    assert image.description == ""
    edit = admin_client.get(reverse("wagtailimages:edit", args=[image.pk]))
    soup = BeautifulSoup(edit.content, "html.parser")
    assert soup.find("input", attrs={"name": "decorative"}).has_attr("checked")


@pytest.mark.django_db
def test_a_description_and_the_decorative_tick_together_are_refused_not_dropped(admin_client):
    response = add_image(admin_client, description="Een grachtenpand", decorative="on")

    assert response.status_code == 200
    assert "Een decoratieve afbeelding heeft geen beschrijving" in field_errors(
        response, "decorative"
    )
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_removing_the_description_of_an_existing_image_is_refused(admin_client):
    hortus = "De Hortus botanicus in het voorjaar."
    image = wagtail_factories.ImageFactory(description=hortus)
    edit = reverse("wagtailimages:edit", args=[image.pk])
    response = admin_client.post(edit, {"title": image.title, "description": ""})

    assert response.status_code == 200
    assert DESCRIPTION_MISSING in field_errors(response, "description")
    image.refresh_from_db()
    assert image.description == hortus


@pytest.mark.django_db
def test_the_multiple_uploader_makes_an_image_only_once_it_is_described(admin_client):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png()})

    assert response.status_code == 200
    assert not Image.objects.exists()
    upload = UploadedFile.objects.get()
    assert f'name="uploaded-image-{upload.pk}-decorative"' in response.json()["form"]

    complete = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk])
    prefix = f"uploaded-image-{upload.pk}"
    collection = Collection.get_first_root_node().pk
    refused = admin_client.post(
        complete, {f"{prefix}-title": "Open dag", f"{prefix}-collection": collection}
    )
    assert refused.json()["success"] is False
    assert not Image.objects.exists()

    accepted = admin_client.post(
        complete,
        {
            f"{prefix}-title": "Open dag",
            f"{prefix}-collection": collection,
            f"{prefix}-description": "Bezoekers in de hal van Naturalis.",
        },
    )
    assert accepted.json()["success"] is True
    assert Image.objects.get().description == "Bezoekers in de hal van Naturalis."


@pytest.mark.django_db
def test_the_choosers_upload_tab_asks_for_a_description_too(admin_client):
    chooser = admin_client.get(reverse("wagtailimages_chooser:choose"))
    assert 'name="image-chooser-upload-decorative"' in chooser.json()["html"]

    response = admin_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Open dag",
            "image-chooser-upload-file": png(),
            "image-chooser-upload-collection": Collection.get_first_root_node().pk,
        },
    )
    fragment = BeautifulSoup(response.json()["htmlFragment"], "html.parser")
    assert DESCRIPTION_MISSING in fragment.get_text(" ", strip=True)
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_picture_in_a_page_body_needs_alt_text_or_the_decorative_tick():
    from django.core.exceptions import ValidationError

    block = FigureBlock()
    image = wagtail_factories.ImageFactory(description="")

    missing = {"image": image.pk, "alt_text": "", "decorative": False}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": missing}))

    described = {"image": image.pk, "alt_text": "Een volle zaal", "decorative": False}
    assert block.clean(block.to_python({"image": described}))["image"].contextual_alt_text
    decorative = {"image": image.pk, "alt_text": "", "decorative": True}
    assert block.clean(block.to_python({"image": decorative}))["image"].decorative


@pytest.mark.django_db
def test_a_card_of_a_decorative_image_has_empty_alt_not_the_file_name(site_tree):
    image = wagtail_factories.ImageFactory(title="IMG_2031.jpg", description="")
    page = factories.NewsPageFactory.build(listing_image=image, listing_image_alt="")

    assert page.card_image_alt == ""


@pytest.mark.django_db
def test_the_admin_loads_the_script_that_keeps_the_chosen_file(admin_client):
    """The chooser's upload form comes back from the server without the file (no server can fill
    in a file input); static/js/admin/keep-chosen-upload.js puts it back, on every admin screen,
    since any of them may open a chooser (tests/browser/test_editor_journeys.py walks it)."""
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'src="/static/js/admin/keep-chosen-upload.js"' in html


def upload_list_item(response):
    """The messages the multiple uploader shows beside each upload (its <template> element)."""
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("template", id="upload-list-item").get_text(" ", strip=True)


@pytest.mark.django_db
def test_the_multiple_uploader_says_an_upload_waits_for_its_description(admin_client):
    page = admin_client.get(reverse("wagtailimages:add_multiple"))
    messages = upload_list_item(page)

    assert (
        "Geüpload, nog niet opgeslagen: vul de beschrijving in (of vink 'Deze afbeelding is "
        "decoratief' aan) en klik op 'Bijwerken'." in messages
    )
    assert "Upload geslaagd" not in messages
    # Wagtail's red reminder stood beside every upload, also one that failed.
    assert "Voeg alsjeblieft een beschrijving" not in messages
    assert "Afbeelding opgeslagen." in messages

    # The button the message names is the one under the upload's form.
    upload = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png()})
    form = BeautifulSoup(upload.json()["form"], "html.parser")
    assert form.find("button", attrs={"type": "submit"}).get_text(strip=True) == "Bijwerken"


@pytest.mark.django_db
def test_the_multiple_uploader_says_it_in_english_too(admin_client, admin_user):
    UserProfile.objects.update_or_create(user=admin_user, defaults={"preferred_language": "en"})
    messages = upload_list_item(admin_client.get(reverse("wagtailimages:add_multiple")))

    assert (
        "Uploaded, not saved yet: fill in the description (or tick 'This image is decorative') "
        "and click 'Update'." in messages
    )
    assert "Upload successful. Please update" not in messages


def test_the_multiple_uploaders_template_is_wagtails_with_only_its_messages_changed():
    """templates/wagtailimages/multiple/add.html is a copy: when Wagtail changes its own, this
    fails, and the copy is made again from the new one."""
    name = "wagtailimages/multiple/add.html"
    wagtails = (Path(wagtail.__file__).parent / "images/templates" / name).read_text()
    ours = (Path(__file__).parent.parent / "templates" / name).read_text()
    changes = {
        '                <p class="error-message">{% trans "Please provide an image description '
        'to comply with best practices for accessibility." %}</p>\n': "",
        "Upload successful. Please update this image with a more appropriate title, if "
        "necessary. You may also delete the image completely if the upload wasn't required.": (
            "Uploaded, not saved yet: fill in the description (or tick 'This image is "
            "decorative') and click 'Update'."
        ),
        '"Image updated."': '"Image saved."',
    }
    for old, new in changes.items():
        assert wagtails.count(old) == 1, old
        wagtails = wagtails.replace(old, new)
    extends, wagtails_rest = wagtails.split("\n", 1)
    assert ours.startswith(extends + "\n{% comment %}")
    assert ours.split("{% endcomment %}\n", 1)[1] == wagtails_rest
