"""Editors can open every page type and snippet in the admin, in both languages."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from stad.events.models import EventPage
from tests.factories import PAGE_TYPES


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_opens_in_the_editor(editor_client, site_tree, page_type):
    dutch = site_tree[page_type]["nl"]
    response = editor_client.get(f"/admin/pages/{dutch.pk}/edit/")
    assert response.status_code == 200
    assert escape(dutch.title) in response.content.decode()


# (page type, type of the parent page) under which an editor starts a new page: DESIGN.md's tree.
STARTS_UNDER = [
    ("home.standardpage", "HomePage"),
    ("home.standardpage", "StandardPage"),
    ("home.newspage", "NewsIndexPage"),
    ("programmes.programmepage", "ProgrammeIndexPage"),
    ("programmes.networkpage", "ProgrammeIndexPage"),
    ("programmes.themepage", "ThemeIndexPage"),
    ("events.festivalpage", "EventIndexPage"),
    ("events.eventpage", "EventIndexPage"),
    ("events.eventpage", "FestivalPage"),
]
# One per language, and the site tree has both: a new one is refused, not a broken form.
SINGLETONS = [
    ("home.newsindexpage", "HomePage"),
    ("programmes.programmeindexpage", "HomePage"),
    ("programmes.themeindexpage", "HomePage"),
    ("events.eventindexpage", "HomePage"),
]


def new_page_url(page_type, parent):
    return f"/admin/pages/add/{page_type.replace('.', '/')}/{parent.pk}/"


@pytest.mark.parametrize(("page_type", "parent_type"), STARTS_UNDER)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_pages_can_be_started_under_their_parent(
    editor_client, site_tree, page_type, parent_type, language
):
    response = editor_client.get(new_page_url(page_type, site_tree[parent_type][language]))
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").find("form", id="page-edit-form")
    assert form.find("input", attrs={"name": "title"})
    assert form.find("input", attrs={"name": "slug"})


@pytest.mark.parametrize(("page_type", "parent_type"), SINGLETONS)
def test_a_second_overview_is_refused_with_a_message(
    editor_client, site_tree, page_type, parent_type
):
    response = editor_client.get(new_page_url(page_type, site_tree[parent_type]["nl"]), follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert [message.level_tag for message in response.context["messages"]] == ["error"]


@pytest.mark.parametrize("snippet", ["programmes/partner", "events/venue"])
def test_snippet_listings_open_with_search(editor_client, site_tree, snippet):
    response = editor_client.get(f"/admin/snippets/{snippet}/?q=Zaal")
    assert response.status_code == 200
    if snippet == "events/venue":  # the search really searches: the test venue is found
        assert "Zaal" in response.content.decode()


def test_venue_listing_filters_by_city_and_language(editor_client, site_tree):
    from tests.factories import VenueFactory

    VenueFactory(name="Theater De Veste", city="Delft")
    listing = "/admin/snippets/events/venue/"

    in_delft = editor_client.get(listing, {"city": "Delft"}).content.decode()
    in_leiden = editor_client.get(listing, {"city": "Leiden"}).content.decode()
    assert "Theater De Veste" in in_delft
    assert "Theater De Veste" not in in_leiden
    # Wagtail's own language filter for translatable snippets (by language code).
    in_dutch = editor_client.get(listing, {"locale": "nl"}).content.decode()
    in_english = editor_client.get(listing, {"locale": "en"}).content.decode()
    assert "Theater De Veste" in in_dutch
    assert "Theater De Veste" not in in_english


def test_partner_listing_filters_by_language(editor_client, site_tree):
    from tests.factories import PartnerFactory

    PartnerFactory(name="Hogeschool Zuid")
    listing = "/admin/snippets/programmes/partner/"
    assert "Hogeschool Zuid" in editor_client.get(listing, {"locale": "nl"}).content.decode()
    assert "Hogeschool Zuid" not in editor_client.get(listing, {"locale": "en"}).content.decode()


def event_form(site_tree, dates, **fields):
    """What the admin posts for a new event with ``dates`` as (start, end, status, moved from)."""
    occurrences = [
        {
            "start": start,
            "end": end,
            "status": status,
            "previous_start": previous,
        }
        for start, end, status, previous in dates
    ]
    return nested_form_data(
        {
            "title": "Science Café: de stad als laboratorium",
            "slug": "science-cafe-stad-als-laboratorium",
            "introduction": "Een avond over onderzoek in de stad.",
            "occurrences": inline_formset(occurrences, min=1),
            "venue": site_tree["EventPage"]["nl"].venue_id,
            "online_url": "",
            "spoken_language": "nl_en",
            "accessibility_source": "venue",  # checked in a new event's form
            "for_general_public": "on",
            "is_free": "on",
            "price": "",
            "price_note": "",
            "ticket_url": "",
            "body": streamfield([]),
            "theme_links": inline_formset([{"theme": site_tree["ThemePage"]["nl"].pk}]),
            "partner_links": inline_formset([]),
            "listing_image_alt": "",
            "listing_title": "",
            "listing_summary": "",
            "seo_title": "",
            "search_description": "",
            **fields,
        }
    )


def add_event(editor_client, site_tree, data):
    """Publish a new event (Wagtail checks a draft less strictly, so that editors can pause)."""
    agenda = site_tree["EventIndexPage"]["nl"]
    data["action-publish"] = "action-publish"
    return editor_client.post(f"/admin/pages/add/events/eventpage/{agenda.pk}/", data)


def test_editor_adds_a_series_with_a_moved_date(editor_client, site_tree):
    data = event_form(
        site_tree,
        [
            ("2027-01-14 20:00", "2027-01-14 22:00", "scheduled", ""),
            ("2027-02-18 20:00", "2027-02-18 22:00", "postponed", "2027-02-11 20:00"),
        ],
    )
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(
        slug="science-cafe-stad-als-laboratorium", locale__language_code="nl"
    )
    dates = list(event.occurrences.all())
    assert [item.local_start.strftime("%d-%m %H:%M") for item in dates] == [
        "14-01 20:00",
        "18-02 20:00",
    ]
    assert dates[1].status == "postponed"
    assert dates[1].previous_start.date().isoformat() == "2027-02-11"
    assert event.spoken_language == "nl_en"


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ([], "Verstuur minimaal 1 formulier"),
        ([("2027-01-14 20:00", "2027-01-14 19:00", "scheduled", "")], "Het einde moet na"),
        ([("2027-01-14 20:00", "2027-01-14 22:00", "postponed", "")], "Geef aan wanneer"),
    ],
)
def test_editor_is_told_what_is_wrong_with_the_dates(editor_client, site_tree, dates, message):
    response = add_event(editor_client, site_tree, event_form(site_tree, dates))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="science-cafe-stad-als-laboratorium").exists()


def test_an_event_needs_a_venue_or_an_online_link(editor_client, site_tree):
    data = event_form(
        site_tree, [("2027-01-14 20:00", "2027-01-14 22:00", "scheduled", "")], venue=""
    )
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 200
    assert "Kies een locatie" in response.content.decode()


def test_the_admin_page_search_finds_pages_in_every_language(editor_client, site_tree):
    # The admin searches without a visitor's language: every page's own analysis counts.
    call_command("update_index", stdout=io.StringIO())
    english = site_tree["ProgrammePage"]["en"]
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": english.title})
    assert response.status_code == 200
    assert english.title in response.content.decode()
