"""The read-only JSON API at /api/v2/ as a partner uses it: the agenda with its event fields,
filtered by type, language and date; bad requests are a 400 or 404, never a 500."""

import datetime
import decimal
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.rich_text import RichText
from wagtail_factories import DocumentFactory, ImageFactory

from stad.events.models import EventPage, Status
from tests import factories
from tests.scaffolding import count_queries, translate_page

PAGES = "/api/v2/pages/"


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


@pytest.fixture
def lecture(db, site_tree):
    """A Dutch event with every event field filled in, and its English translation."""
    festival = site_tree["FestivalPage"]["nl"]
    venue = factories.VenueFactory(
        name="Naturalis", street="Darwinweg 2", postcode="2333 CR", latitude="52.164930"
    )
    venue.longitude = decimal.Decimal("4.473870")
    venue.save()
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    later = start + datetime.timedelta(days=7)
    event = factories.EventPageFactory(
        parent=festival,
        title="Lezing over biodiversiteit",
        venue=venue,
        spoken_language="nl_en",
        for_families=True,
        for_students=True,
        wheelchair_access=True,
        hearing_loop=True,
        is_free=False,
        price=decimal.Decimal("7.50"),
        price_note="Studenten € 5",
        ticket_url="https://tickets.example.org/lezing",
        dates=[
            (start, start + datetime.timedelta(hours=2)),
            (
                later,
                later + datetime.timedelta(hours=2),
                {"status": Status.POSTPONED, "previous_start": start},
            ),
        ],
    )
    event.theme_links.create(theme=site_tree["ThemePage"]["nl"])
    event.save_revision().publish()
    return {"nl": event, "en": translate_page(event, site_tree["EventPage"]["en"].locale)}


def test_events_of_one_language_with_their_event_fields(client, lecture, site_tree):
    data = get_json(client, PAGES, type="events.EventPage", locale="en", fields="*")
    english = lecture["en"]
    assert {item["id"] for item in data["items"]} == {english.pk, site_tree["EventPage"]["en"].pk}
    item = next(item for item in data["items"] if item["id"] == english.pk)
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["html_url"] == english.full_url
    assert item["title"] == english.title
    assert item["spoken_language"] == "nl_en"
    assert [(date["status"], date["previous_start"]) for date in item["occurrences"]] == [
        ("scheduled", None),
        ("postponed", item["occurrences"][0]["start"]),
    ]
    first = lecture["nl"].dates()[0]
    assert datetime.datetime.fromisoformat(item["occurrences"][0]["start"]) == first.start
    assert item["occurrences"][0]["start"].endswith(("+01:00", "+02:00"))  # Dutch time
    assert item["venue"] == {
        "name": "Naturalis",
        "street": "Darwinweg 2",
        "postcode": "2333 CR",
        "city": "Leiden",
        "latitude": "52.164930",
        "longitude": "4.473870",
        "accessibility": "Drempelvrije ingang.",
        "accessibility_features": [],
    }
    theme = site_tree["ThemePage"]["en"]
    assert item["themes"] == [
        {"id": theme.pk, "title": theme.title, "slug": theme.slug, "html_url": theme.full_url}
    ]
    assert item["festival"]["id"] == site_tree["FestivalPage"]["en"].pk
    assert item["audiences"] == ["families", "students"]
    assert item["accessibility"] == ["wheelchair", "hearing-loop"]
    assert (item["is_free"], item["price"], item["price_note"]) == (False, "7.50", "Studenten € 5")
    assert item["ticket_url"] == "https://tickets.example.org/lezing"


def test_an_event_in_detail(client, lecture):
    dutch = lecture["nl"]
    item = get_json(client, f"{PAGES}{dutch.pk}/")
    assert item["meta"]["type"] == "events.EventPage"
    assert item["meta"]["locale"] == "nl"
    assert item["introduction"] == dutch.introduction
    assert item["venue"]["name"] == "Naturalis"
    assert item["themes"][0]["html_url"].startswith("http://localhost/nl/")
    assert len(item["occurrences"]) == 2


def test_the_page_at_a_public_address(client, lecture):
    english = lecture["en"]
    response = client.get(f"{PAGES}find/", {"html_path": english.url})
    assert response.status_code == 302
    assert response["Location"].endswith(f"{PAGES}{english.pk}/?")
    assert client.get(f"{PAGES}find/", {"html_path": "/en/no-such-page/"}).status_code == 404


def test_upcoming_leaves_out_events_that_are_over(client, lecture, site_tree):
    long_ago = timezone.now() - datetime.timedelta(days=30)
    over = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"],
        dates=[(long_ago, long_ago + datetime.timedelta(hours=1))],
    )
    upcoming = get_json(client, PAGES, type="events.EventPage", locale="nl", upcoming="true")
    past = get_json(client, PAGES, type="events.EventPage", locale="nl", upcoming="false")
    assert lecture["nl"].pk in {item["id"] for item in upcoming["items"]}
    assert over.pk not in {item["id"] for item in upcoming["items"]}
    assert [item["id"] for item in past["items"]] == [over.pk]


def test_news_items_with_their_date_and_introduction(client, db, site_tree):
    news = site_tree["NewsPage"]["en"]
    data = get_json(client, PAGES, type="home.NewsPage", locale="en", fields="date,introduction")
    assert data["items"] == [
        {
            "id": news.pk,
            "meta": {
                "type": "home.NewsPage",
                "detail_url": f"http://localhost{PAGES}{news.pk}/",
                "html_url": news.full_url,
                "slug": news.slug,
                "first_published_at": data["items"][0]["meta"]["first_published_at"],
                "locale": "en",
            },
            "title": news.title,
            "date": "2023-06-01",
            "introduction": news.introduction,
        }
    ]


def test_anyone_may_read_it_from_a_browser_but_not_write(client, db, site_tree):
    response = client.get(PAGES)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post(PAGES, {"title": "x"}).status_code == 405
    assert client.delete(f"{PAGES}{site_tree['HomePage']['nl'].pk}/").status_code == 405


def uses(image, document=None):
    """A page body that shows ``image`` and links to ``document``."""
    body = [("figure", {"image": image, "caption": ""})]
    if document is not None:
        link = f'<p><a linktype="document" id="{document.pk}">Jaarstukken</a></p>'
        body.append(("paragraph", RichText(link)))
    return body


def listed_ids(client, endpoint, **params):
    return {item["id"] for item in get_json(client, f"/api/v2/{endpoint}/", **params)["items"]}


@pytest.fixture
def files(db, site_tree):
    """Images and documents in every situation the API must tell apart."""
    home = site_tree["HomePage"]["nl"]
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    made = {
        "public_image": ImageFactory(),
        "public_document": DocumentFactory(),
        "draft_image": ImageFactory(),  # only on a page that is not live yet (an embargo)
        "draft_document": DocumentFactory(),
        "private_image": ImageFactory(collection=private),  # on a live page, but restricted
        "private_document": DocumentFactory(collection=private),
        "unused_image": ImageFactory(),
        "logo": ImageFactory(),  # a live partner's logo, the partner on a live event
        "draft_logo": ImageFactory(),  # a partner whose changes await review
        "protected_image": ImageFactory(),  # only on a page behind a password
    }
    factories.StandardPageFactory(
        parent=home, body=uses(made["public_image"], made["public_document"])
    )
    factories.StandardPageFactory(
        parent=home, body=uses(made["private_image"], made["private_document"])
    )
    draft = factories.StandardPageFactory(
        parent=home, live=False, body=uses(made["draft_image"], made["draft_document"])
    )
    assert not draft.live
    protected = factories.StandardPageFactory(parent=home, body=uses(made["protected_image"]))
    PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    event = EventPage.objects.get(pk=site_tree["EventPage"]["nl"].pk)  # fresh: tests change it
    for logo, live in ((made["logo"], True), (made["draft_logo"], False)):
        partner = factories.PartnerFactory(logo=logo, live=live)
        event.partner_links.create(partner=partner)
    event.save_revision().publish()
    made["protected_page"] = protected
    return made


def test_images_and_documents_are_listed_only_when_live_public_content_uses_them(client, files):
    images = listed_ids(client, "images")
    documents = listed_ids(client, "documents")

    assert images == {files["public_image"].pk, files["logo"].pk}
    assert documents == {files["public_document"].pk}
    for hidden in ("draft_image", "private_image", "unused_image", "draft_logo", "protected_image"):
        assert client.get(f"/api/v2/images/{files[hidden].pk}/").status_code == 404, hidden
    for hidden in ("draft_document", "private_document"):
        assert client.get(f"/api/v2/documents/{files[hidden].pk}/").status_code == 404, hidden


def test_a_file_is_listed_once_its_page_is_published(client, files, site_tree):
    draft = Page.objects.get(title__isnull=False, live=False).specific
    assert files["draft_image"].pk not in listed_ids(client, "images")
    draft.save_revision().publish()
    assert files["draft_image"].pk in listed_ids(client, "images")


def test_answers_are_the_same_signed_in_or_with_a_page_password(client, files, django_user_model):
    anonymous = {
        path: client.get(path).json() for path in (PAGES, "/api/v2/images/", "/api/v2/documents/")
    }
    # A visitor who entered the page's password in this browser ...
    protected = files["protected_page"]
    response = client.post(
        f"/_util/authenticate_with_password/{protected.view_restrictions.get().pk}/{protected.pk}/",
        {"password": "geheim", "return_url": protected.url},
    )
    assert response.status_code == 302
    assert client.get(protected.url).status_code == 200
    # ... and a superuser, who may view every restricted collection.
    client.force_login(django_user_model.objects.create_superuser("beheer", password=None))
    for path, answer in anonymous.items():
        assert client.get(path).json() == answer, path
    assert client.get(f"{PAGES}{protected.pk}/").status_code == 404


HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        (f"{PAGES}?colour=red", 400),  # unknown filter
        (f"{PAGES}?type=events.Nothing", 400),
        (f"{PAGES}?type=events.Venue", 400),  # not a page type
        (f"{PAGES}?type=events.EventPage&price=free", 400),
        (f"{PAGES}?type=events.EventPage&venue=abc", 400),
        (f"{PAGES}?type=events.EventPage&venue={HUGE}", 400),
        (f"{PAGES}?type=events.EventPage&id={HUGE}", 400),
        (f"{PAGES}?type=home.NewsPage&date=tomorrow", 400),
        (f"{PAGES}?first_published_at=yesterday", 400),
        (f"{PAGES}?type=events.EventPage&upcoming=maybe", 400),
        (f"{PAGES}?upcoming=true", 400),  # only for events
        (f"{PAGES}?locale=xx", 404),
        (f"{PAGES}?child_of=abc", 400),
        (f"{PAGES}?child_of={HUGE}", 400),
        (f"{PAGES}?descendant_of=-1", 400),
        (f"{PAGES}?translation_of=abc", 400),
        (f"{PAGES}?fields=venue", 400),  # not a field of every page
        (f"{PAGES}?type=events.EventPage&fields=venue(name)", 400),
        (f"{PAGES}?order=colour", 400),
        (f"{PAGES}?limit=1000000", 400),
        (f"{PAGES}?limit=-1", 400),
        (f"{PAGES}?offset=abc", 400),
        (f"{PAGES}?offset={HUGE}", 400),
        (f"{PAGES}?format=api", 404),  # JSON only
        (f"{PAGES}abc/", 404),
        (f"{PAGES}{HUGE}/", 404),
        (f"{PAGES}find/?id=abc", 400),
        (f"{PAGES}find/?id=%C2%B2", 400),  # "²" is a digit to Python, not to int()
        ("/api/v2/images/find/?id=%C2%B2", 400),
        (f"{PAGES}?slug=%00", 400),  # PostgreSQL refuses NUL in text
        (f"{PAGES}?search=a%00b", 400),
        (f"{PAGES}?search=%20%20", 400),
        (f"{PAGES}?search=lecture&search_operator=xor", 400),
        (f"{PAGES}find/?id={HUGE}", 404),
        (f"{PAGES}find/?html_path=/xx/%00/", 400),
        ("/api/v2/images/?width=wide", 400),
        (f"/api/v2/images/?id={HUGE}", 400),
        ("/api/v2/images/abc/", 404),
        ("/api/v2/documents/?title=%00", 400),
        ("/api/v2/documents/999999/", 404),
        ("/api/v2/nothing/", 404),
        ("/api/v3/pages/", 404),
    ],
)
def test_bad_requests_are_answered_not_a_crash(client, db, site_tree, url, status):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    assert response.json()["message"]  # says what is wrong


@pytest.mark.parametrize("words", ['"', '"lezing', "'", "lezing)", "AND OR NOT", "*", "c++"])
def test_searching_odd_words_is_answered(client, lecture, words):
    response = client.get(PAGES, {"search": words})
    assert response.status_code == 200, response.content[:300]


def test_search_finds_pages_best_first(client, db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    # Made in the order worst first, so that an unordered answer (by id or by tree) fails.
    in_passing = factories.EventPageFactory(
        parent=agenda,
        title="Stadswandeling langs de Singels",
        introduction="Onderweg vertelt de gids ook iets over de kwelders.",
    )
    about_it = factories.EventPageFactory(
        parent=agenda,
        title="Kwelders van Leiden",
        introduction="Een middag over kwelders: hoe kwelders groeien en wie er op kwelders leeft.",
    )
    factories.EventPageFactory(parent=agenda, title="Lezing over sterrenkunde")
    for page in (in_passing, about_it):
        page.save_revision().publish()
    call_command("update_index", stdout=io.StringIO())  # a cluster shows pages after a refresh
    response = client.get(PAGES, {"search": "kwelders", "type": "events.EventPage"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [about_it.pk, in_passing.pk]


def add_events(site_tree, count):
    for _ in range(count):
        event = factories.EventPageFactory(
            parent=site_tree["FestivalPage"]["nl"], listing_image=ImageFactory()
        )
        event.theme_links.create(theme=site_tree["ThemePage"]["nl"])
        event.save_revision().publish()


@pytest.mark.parametrize(
    "url",
    [
        f"{PAGES}?type=events.EventPage&fields=*",
        f"{PAGES}?limit=50",
        f"{PAGES}?limit=50&fields=-title",
    ],
)
def test_listing_queries_do_not_grow_with_the_number_of_events(client, db, site_tree, url):
    add_events(site_tree, 1)
    with_few, few = count_queries(client, url)
    add_events(site_tree, 5)
    with_many, many = count_queries(client, url)
    assert len(many.json()["items"]) == len(few.json()["items"]) + 5
    assert with_many == with_few, f"{with_few} queries for few events, {with_many} for many"
