"""Pictures come in modern formats and several widths, keep their space while loading, and only
the first picture of a page is fetched before the visitor scrolls to it. That first picture
comes in AVIF as well; cards and body pictures, lazy and below the fold, in WebP and JPEG."""

import json
import re

import PIL.Image
import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from stad.core.templatetags.picture_tags import SHAPES
from tests import factories
from tests.scaffolding import get_soup


def srcset_widths(srcset):
    return [int(width) for width in re.findall(r" (\d+)w", srcset)]


def assert_responsive(picture, formats=("image/webp",)):
    """A <picture> with ``formats`` sources before a JPEG <img>, each in two widths or more."""
    assert picture is not None and picture.name == "picture"
    sources = {source["type"]: source for source in picture.select("source")}
    assert list(sources) == list(formats)
    for source in sources.values():
        assert len(set(srcset_widths(source["srcset"]))) >= 2
        assert source["sizes"]
    img = picture.select_one("img")
    assert img["src"].endswith(".jpg")
    assert len(set(srcset_widths(img["srcset"]))) >= 2
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["sizes"]
    return img


def figure(image):
    return {"type": "figure", "value": {"image": image, "caption": ""}}


@pytest.fixture
def illustrated_news(site_tree):
    # A 4:3 picture, which cards and page headers crop to 16:9 and the body shows whole.
    image = ImageFactory(file__width=1200, file__height=900, title="Erfgoed")
    body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>Tekst.</p>"},
            figure({"image": image.pk, "alt_text": "Een opgraving", "decorative": False}),
            figure({"image": image.pk, "alt_text": "", "decorative": True}),
        ]
    )
    return factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"],
        title="Een geïllustreerd bericht",
        listing_image=image,
        listing_image_alt="Schatten uit de bodem",
        body=body,
    )


def test_a_card_picture_is_responsive_and_lazy(client, db, site_tree, illustrated_news):
    soup = get_soup(client, site_tree["NewsIndexPage"]["nl"].url)
    card = soup.find("a", string="Een geïllustreerd bericht").find_parent("article")
    img = assert_responsive(card.select_one("picture"))
    assert img["alt"] == "Schatten uit de bodem"
    assert img["loading"] == "lazy"
    # Cropped to the card's 16:9 around the focal point.
    assert int(img["width"]) * 9 == int(img["height"]) * 16


def test_the_first_picture_of_a_page_loads_at_once(client, db, site_tree, illustrated_news):
    soup = get_soup(client, illustrated_news.url)
    header_picture = soup.select_one("main picture")
    img = assert_responsive(header_picture, formats=("image/avif", "image/webp"))
    assert "page__image" in img["class"]
    assert img["alt"] == "Schatten uit de bodem"
    assert "loading" not in img.attrs
    assert img["fetchpriority"] == "high"
    assert int(img["width"]) * 9 == int(img["height"]) * 16


def test_pictures_in_the_body_are_lazy_and_keep_their_text(client, db, site_tree, illustrated_news):
    soup = get_soup(client, illustrated_news.url)
    described, decorative = (
        assert_responsive(figure.select_one("picture")) for figure in soup.select("figure")
    )
    assert described["alt"] == "Een opgraving"
    assert decorative["alt"] == ""
    for img in (described, decorative):
        assert img["loading"] == "lazy"
        # Not cropped: the whole picture in its own proportions.
        assert int(img["width"]) / int(img["height"]) == pytest.approx(4 / 3, abs=0.01)


def test_the_sources_really_are_avif_and_webp(client, db, site_tree, illustrated_news):
    """Pillow (13, with libavif) writes AVIF itself; without it this fails, it does not skip."""
    soup = get_soup(client, illustrated_news.url)
    picture = soup.select_one("main picture")
    for source, expected in zip(picture.select("source"), ("AVIF", "WEBP"), strict=True):
        first_url = source["srcset"].split(",")[0].split()[0]
        path = first_url.removeprefix(settings.MEDIA_URL)
        with default_storage.open(path) as file, PIL.Image.open(file) as image:
            assert image.format == expected


def test_a_list_fetches_the_renditions_of_all_its_cards_in_one_query(
    client, db, site_tree, illustrated_news
):
    """One query for the pictures of every card, and only the card's own renditions."""
    for number in range(3):
        factories.NewsPageFactory(
            parent=site_tree["NewsIndexPage"]["nl"],
            title=f"Nog een bericht {number}",
            listing_image=ImageFactory(),
        )
    url = site_tree["NewsIndexPage"]["nl"].url
    client.get(url)  # makes the renditions
    with CaptureQueriesContext(connection) as queries:
        soup = get_soup(client, url)
    reads = [query["sql"] for query in queries if 'FROM "wagtailimages_rendition"' in query["sql"]]
    assert len(reads) == 1
    assert len(soup.select("article picture")) == 4
    assert "fill-400x225|format-webp" in reads[0] and "format-avif" not in reads[0]
    card_specs = {item.spec for item in SHAPES["card"].filters()}
    assert card_specs == {
        f"fill-{size}|format-{kind}" for size in ("400x225", "800x450") for kind in ("webp", "jpeg")
    }


def test_a_page_reads_its_own_pictures_at_once_and_writes_nothing_to_the_rendition_cache(
    db, builds_every_visit, page_cache, illustrated_news, monkeypatch
):
    """Built afresh with the page cache on, a page reads the renditions of the picture at the
    top, the body's pictures and the shared-link image in one query before it is drawn, and
    writes none back to Wagtail's rendition cache (``prefetch_page_renditions``)."""
    client = builds_every_visit
    url = illustrated_news.url
    client.get(url)  # makes the renditions
    backend = get_image_model().get_rendition_model().cache_backend
    writes = []
    monkeypatch.setattr(backend, "set", lambda key, *args, **kwargs: writes.append(key))
    monkeypatch.setattr(backend, "set_many", lambda data, *args, **kwargs: writes.extend(data))
    with CaptureQueriesContext(connection) as queries:
        soup = get_soup(client, url + "?x=1")
    reads = [query["sql"] for query in queries if 'FROM "wagtailimages_rendition"' in query["sql"]]
    assert len(reads) == 1
    assert writes == []
    assert len(soup.select("main picture")) == 3  # the top and two in the body
    assert soup.select_one('meta[property="og:image"]')["content"].endswith(".jpg")
