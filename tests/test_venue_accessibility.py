"""Venues have accessibility features; an event shows its venue's unless its editor says it
differs (issue 17, item 5): the same on the event page, its card, the agenda's filter and its
counts, the API and the schema.org data. The event form shows the venue's facts and warns, in
Dutch, about a claim the venue's details do not back."""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from stad.events.models import EventPage
from stad.events.models.choices import AccessibilitySource
from tests import factories
from tests.scaffolding import dutch_home, installed_site, manage, module_fixture

VENUE, EVENT = AccessibilitySource.VENUE, AccessibilitySource.EVENT
WHEELCHAIR_WARNING = (
    "Volgens de locatiegegevens is Zolderzaal niet rolstoeltoegankelijk, maar dit evenement "
    "zegt van wel."
)
ADVICE = "Zo niet, kies dan 'Zoals bij de locatie'."


def build_agenda():
    home = dutch_home()
    themes = factories.ThemeIndexPageFactory(parent=home)
    theme = factories.ThemePageFactory(parent=themes)
    agenda = factories.EventIndexPageFactory(parent=home)
    hall = factories.VenueFactory(
        name="Grote zaal",
        wheelchair_access=True,
        hearing_loop=True,
        accessibility="Ingang aan de achterkant, met lift.",
    )
    attic = factories.VenueFactory(name="Zolderzaal", accessibility="Alleen via de trap.")
    draft = factories.VenueFactory(name="Nieuwe zaal", wheelchair_access=True, live=False)
    first = timezone.now() + datetime.timedelta(days=3)
    events = {}

    def event(title, **fields):
        start = first + datetime.timedelta(hours=len(events))
        page = factories.EventPageFactory(
            parent=agenda,
            title=title,
            dates=[(start, start + datetime.timedelta(hours=1))],
            **fields,
        )
        page.theme_links.create(theme=theme)
        page.save_revision().publish()
        events[title] = page

    # Follows its venue: shows the hall's features, whatever it has ticked itself.
    event("Volgt de grote zaal", venue=hall, accessibility_source=VENUE)
    # Differs from its venue (another room of the hall): only its own ticks count.
    event("Anders in de grote zaal", venue=hall, accessibility_source=EVENT, sign_language=True)
    # Claims what its venue lacks: shown, and the editor is warned.
    event("Met oprit op zolder", venue=attic, accessibility_source=EVENT, wheelchair_access=True)
    event("Volgt de zolder", venue=attic, accessibility_source=VENUE, wheelchair_access=True)
    # A venue in review speaks for nobody yet.
    event("Volgt de nieuwe zaal", venue=draft, accessibility_source=VENUE)
    # Online: no venue to follow, so its own ticks.
    event(
        "Online met tolk",
        venue=None,
        online_url="https://example.org/live",
        accessibility_source=VENUE,
        sign_language=True,
    )
    return {"agenda": agenda, "hall": hall, "attic": attic, "draft": draft, **events}


tree = module_fixture(build_agenda)

SHOWN = {
    "Volgt de grote zaal": ["wheelchair", "hearing-loop"],
    "Anders in de grote zaal": ["sign-language"],
    "Met oprit op zolder": ["wheelchair"],
    "Volgt de zolder": [],
    "Volgt de nieuwe zaal": [],
    "Online met tolk": ["sign-language"],
}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# --- What visitors are told -------------------------------------------------------------------


@pytest.mark.parametrize("title", SHOWN)
def test_an_event_shows_its_venues_features_unless_it_differs(db, tree, title):
    page = EventPage.objects.get(pk=tree[title].pk)
    assert [flag.slug for flag in page.access_features] == SHOWN[title]


@pytest.mark.parametrize("title", SHOWN)
def test_the_event_page_lists_the_features_it_has(client, db, tree, title):
    facts = soup_of(client.get(tree[title].url)).select_one(".event-facts")
    labels = {"wheelchair": "Rolstoeltoegankelijk", "hearing-loop": "Ringleiding"}
    labels["sign-language"] = "Tolk Nederlandse Gebarentaal"
    for slug, label in labels.items():
        assert (label in facts.get_text(" ")) == (slug in SHOWN[title]), label


def test_the_agenda_filter_and_its_counts_use_what_the_events_show(client, db, tree):
    for slug in ("wheelchair", "hearing-loop", "sign-language"):
        soup = soup_of(client.get(tree["agenda"].url, {"access": slug}))
        listed = [
            title.get_text(strip=True) for title in soup.select(".agenda__dates .card__title")
        ]
        expected = [title for title, shown in SHOWN.items() if slug in shown]
        assert listed == expected, slug
    soup = soup_of(client.get(tree["agenda"].url))
    option = soup.select_one('select[name="access"] option[value="wheelchair"]')
    assert option.get_text(strip=True).endswith("(2)")
    # The cards say the same.
    card = next(
        card
        for card in soup.select(".card--event")
        if card.select_one(".card__title").get_text(strip=True) == "Volgt de grote zaal"
    )
    assert "Rolstoeltoegankelijk" in card.select_one(".facts").get_text()


def test_the_api_gives_what_the_events_show_and_the_venues_own_features(client, db, tree):
    response = client.get(
        "/api/v2/pages/",
        {"type": "events.EventPage", "fields": "accessibility,venue", "limit": 20},
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert {title: items[title]["accessibility"] for title in SHOWN} == SHOWN
    hall = items["Volgt de grote zaal"]["venue"]
    assert hall["accessibility_features"] == ["wheelchair", "hearing-loop"]
    assert items["Volgt de zolder"]["venue"]["accessibility_features"] == []


def test_the_schema_org_place_names_the_features_the_event_shows(client, db, tree):
    def amenities(title):
        script = soup_of(client.get(tree[title].url)).select_one(
            'script[type="application/ld+json"]'
        )
        data = json.loads(script.string)
        event = data[0] if isinstance(data, list) else data
        return [item["name"] for item in event["location"].get("amenityFeature", [])]

    assert amenities("Volgt de grote zaal") == ["Rolstoeltoegankelijk", "Ringleiding"]
    assert amenities("Anders in de grote zaal") == ["Tolk Nederlandse Gebarentaal"]
    assert amenities("Volgt de zolder") == []


def test_a_published_venue_change_reaches_the_events_that_follow_it(client, db, tree):
    attic = tree["attic"]
    attic.wheelchair_access = True
    attic.save_revision().publish()
    page = EventPage.objects.get(pk=tree["Volgt de zolder"].pk)
    assert [flag.slug for flag in page.access_features] == ["wheelchair"]
    # ...but not those that said they differ.
    assert [
        flag.slug
        for flag in EventPage.objects.get(pk=tree["Anders in de grote zaal"].pk).access_features
    ] == ["sign-language"]


# --- The editors' forms -----------------------------------------------------------------------


def test_a_venue_has_its_features_under_toegankelijkheid(editor_client, db, tree):
    soup = soup_of(editor_client.get(f"/admin/snippets/events/venue/edit/{tree['hall'].pk}/"))
    for field, label in (
        ("wheelchair_access", "Rolstoeltoegankelijk"),
        ("hearing_loop", "Ringleiding"),
    ):
        checkbox = soup.find("input", attrs={"name": field})
        assert checkbox.has_attr("checked")
        assert label in soup.find("label", attrs={"for": checkbox["id"]}).get_text()
    assert "Evenementen op deze locatie tonen deze gegevens" in soup.get_text(" ")


def test_a_venue_previews_its_features_as_the_events_that_follow_it_show_them(
    editor_client, db, tree
):
    from django.urls import reverse

    from tests.test_governed_snippets import venue_form

    preview_url = reverse("wagtailsnippets_events_venue:preview_on_edit", args=[tree["attic"].pk])
    form = venue_form(name="Zolderzaal", wheelchair_access="on")
    assert editor_client.post(preview_url, form).json()["is_valid"]
    facts = soup_of(editor_client.get(preview_url)).select_one(".event-facts").get_text(" ")
    assert "Toegankelijkheid" in facts and "Rolstoeltoegankelijk" in facts
    assert "Ringleiding" not in facts


def test_a_new_event_starts_from_its_venue(editor_client, db, tree):
    soup = soup_of(editor_client.get(f"/admin/pages/add/events/eventpage/{tree['agenda'].pk}/"))
    checked = soup.select_one('input[name="accessibility_source"][checked]')
    assert checked["value"] == VENUE
    assert "Zoals bij de locatie" in soup.find("label", attrs={"for": checked["id"]}).get_text()
    assert "Geen locatie gekozen: de vinkjes hieronder gelden." in soup.get_text(" ")


def test_the_event_form_shows_the_venues_facts(editor_client, db, tree):
    soup = soup_of(editor_client.get(f"/admin/pages/{tree['Volgt de grote zaal'].pk}/edit/"))
    facts = " ".join(soup.select_one("[data-venue-accessibility]").get_text(" ").split())
    assert "Grote zaal" in facts
    assert "Rolstoeltoegankelijk: ja" in facts
    assert "Ringleiding: ja" in facts
    assert "Ingang aan de achterkant, met lift." in facts
    soup = soup_of(editor_client.get(f"/admin/pages/{tree['Volgt de zolder'].pk}/edit/"))
    facts = " ".join(soup.select_one("[data-venue-accessibility]").get_text(" ").split())
    assert "Rolstoeltoegankelijk: nee" in facts and "Ringleiding: nee" in facts
    soup = soup_of(editor_client.get(f"/admin/pages/{tree['Volgt de nieuwe zaal'].pk}/edit/"))
    assert "nog niet gepubliceerd" in soup.select_one("[data-venue-accessibility]").get_text()


def test_the_venue_chooser_lists_each_venues_features(editor_client, db, tree):
    answer = editor_client.get("/admin/snippets/choose/events/venue/", {"locale": "nl"}).json()
    rows = {
        row.select_one("td").get_text(" ", strip=True): row.get_text(" ", strip=True)
        for row in BeautifulSoup(answer["html"], "html.parser").select("tbody tr")
    }
    assert "Toegankelijkheid" in answer["html"]
    assert "Rolstoeltoegankelijk, Ringleiding" in rows["Grote zaal"]
    assert "Geen rolstoeltoegang of ringleiding opgegeven" in rows["Zolderzaal"]


def test_a_claim_the_venue_does_not_back_is_pointed_out_in_dutch(editor_client, db, tree):
    soup = soup_of(editor_client.get(f"/admin/pages/{tree['Met oprit op zolder'].pk}/edit/"))
    warnings = [item.get_text(" ", strip=True) for item in soup.select("[data-beyond-venue]")]
    assert len(warnings) == 1
    assert WHEELCHAIR_WARNING in warnings[0] and ADVICE in warnings[0]
    # Following the same venue claims nothing of its own: nothing to point out.
    soup = soup_of(editor_client.get(f"/admin/pages/{tree['Volgt de zolder'].pk}/edit/"))
    assert soup.select("[data-beyond-venue]") == []


def test_saving_such_a_claim_is_allowed_with_a_dutch_warning(editor_client, db, tree):
    from tests.test_admin import event_form

    data = event_form(
        {"EventPage": {"nl": tree["Volgt de zolder"]}, "ThemePage": {"nl": theme_of(tree)}},
        [("2027-01-14 20:00", "2027-01-14 22:00", "scheduled", "")],
        venue=tree["attic"].pk,
        accessibility_source=EVENT,
        wheelchair_access="on",
    )
    data["action-publish"] = "action-publish"
    response = editor_client.post(
        f"/admin/pages/add/events/eventpage/{tree['agenda'].pk}/", data, follow=True
    )
    shown = [str(message) for message in response.context["messages"]]
    assert any(WHEELCHAIR_WARNING in message for message in shown), shown
    event = EventPage.objects.get(
        slug="science-cafe-stad-als-laboratorium", locale__language_code="nl"
    )
    assert event.live and [flag.slug for flag in event.access_features] == ["wheelchair"]


def theme_of(tree):
    return tree["Volgt de grote zaal"].theme_links.first().theme


def test_a_revision_stored_before_venues_had_features_keeps_its_ticks(db, tree):
    """Drafts and translation sources stored before the field existed lack it; loaded, they
    keep the ticks they were given, as the migrated events do."""
    page = tree["Met oprit op zolder"]
    revision = page.save_revision()
    del revision.content["accessibility_source"]
    revision.save()
    draft = revision.as_object()
    assert draft.accessibility_source == EVENT
    assert [flag.slug for flag in draft.access_features] == ["wheelchair"]


def test_the_english_venue_has_the_same_features(db, tree):
    english = Locale.objects.get(language_code="en")
    translation = tree["hall"].copy_for_translation(english)
    translation.save()
    assert (translation.wheelchair_access, translation.hearing_loop) == (True, True)
    from wagtail_localize.fields import SynchronizedField

    from stad.events.models import Venue

    synchronised = {
        field.field_name
        for field in Venue.translatable_fields
        if isinstance(field, SynchronizedField)
    }
    assert {"wheelchair_access", "hearing_loop"} <= synchronised
    assert re.search("accessibility_source", str(EventPage.override_translatable_fields))


# --- The migration ----------------------------------------------------------------------------


# Events as they stood before venues had features: each with its own ticks.
BEFORE = """
from tests import factories
from tests.scaffolding import dutch_home
agenda = factories.EventIndexPageFactory(parent=dutch_home())
hall = factories.VenueFactory(name="Grote zaal")
ticks = {
    "Met rolstoel en tolk": {"wheelchair_access": True, "sign_language": True},
    "Met ringleiding": {"hearing_loop": True},
    "Zonder": {},
}
for title, flags in ticks.items():
    page = factories.EventPageFactory(parent=agenda, title=title, venue=hall, **flags)
    page.save_revision().publish()
"""
AFTER = """
import json
from stad.events.models import EventPage, Venue
print(json.dumps({
    "events": {
        page.title: [page.accessibility_source, [flag.slug for flag in page.access_features]]
        for page in EventPage.objects.all()
    },
    "venues": [[venue.wheelchair_access, venue.hearing_loop] for venue in Venue.objects.all()],
}))
"""


def test_the_migration_keeps_what_existing_events_show(tmp_path):
    """Events of before the migration keep their ticks as their own ('Different for this
    event'), so nothing visitors see changes; venues start without features."""
    env = installed_site(tmp_path / "site")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "shell", "-v0", "-c", BEFORE)
    manage(env, "migrate", "events", "0005", "--noinput", "-v0")  # as the site stood before

    manage(env, "migrate", "--noinput", "-v0")

    after = json.loads(manage(env, "shell", "-v0", "-c", AFTER).stdout)
    assert after["events"] == {
        "Met rolstoel en tolk": [EVENT, ["wheelchair", "sign-language"]],
        "Met ringleiding": [EVENT, ["hearing-loop"]],
        "Zonder": [EVENT, []],
    }
    assert after["venues"] == [[False, False]]
