"""Partners and venues go through review like pages; the public site shows only live ones.
And the block picker tells editors what each body block is."""

import json

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from stad.core.blocks import BodyBlock
from stad.editorial.roles import EDITOR, MODERATOR
from stad.events.models import EventPage, Venue
from tests import factories
from tests.scaffolding import member


def venue_form(**fields):
    values = {
        "name": "Nieuwe zaal",
        "street": "Rapenburg 70",
        "postcode": "2311 EZ",
        "city": "Leiden",
        "latitude": "",
        "longitude": "",
        "accessibility": "",
    }
    values.update(fields)
    return nested_form_data(values)


def test_a_venue_saved_as_draft_is_not_in_the_agenda_filter_or_the_api(client, roles, site_tree):
    client.force_login(member(EDITOR, roles))
    response = client.post(reverse("wagtailsnippets_events_venue:add") + "?locale=nl", venue_form())
    assert response.status_code == 302
    venue = Venue.objects.get(name="Nieuwe zaal")
    assert not venue.live
    event = site_tree["EventPage"]["nl"]
    event.venue = venue
    event.save_revision().publish()
    client.logout()

    agenda = client.get(site_tree["EventIndexPage"]["nl"].url)
    assert "Nieuwe zaal" not in agenda.content.decode()
    api = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "venue"}).json()
    (item,) = [item for item in api["items"] if item["id"] == event.pk]
    assert item["venue"] is None
    page = client.get(event.url).content.decode()
    assert "Nieuwe zaal" not in page

    venue.save_revision().publish()
    assert "Nieuwe zaal" in client.get(site_tree["EventIndexPage"]["nl"].url).content.decode()
    api = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "venue"}).json()
    (item,) = [item for item in api["items"] if item["id"] == event.pk]
    assert item["venue"]["name"] == "Nieuwe zaal"


def test_a_partner_change_is_public_only_after_approval(client, roles, site_tree):
    partner = site_tree["NewsPage"]["nl"].partner_links.first().partner
    old_name = partner.name
    news = site_tree["NewsPage"]["nl"]
    client.force_login(member(EDITOR, roles))
    response = client.post(
        reverse("wagtailsnippets_programmes_partner:edit", args=[partner.pk]),
        {
            **nested_form_data(
                {
                    "name": "Hernoemde partner",
                    "description": partner.description,
                    "website": partner.website,
                    "logo": "",
                }
            ),
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    client.logout()
    text = client.get(news.url).content.decode()
    assert old_name in text and "Hernoemde partner" not in text

    state = WorkflowState.objects.get(object_id=str(partner.pk), status="in_progress")
    client.force_login(member(MODERATOR, roles))
    response = client.post(
        reverse(
            "wagtailsnippets_programmes_partner:workflow_action",
            args=[partner.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code == 302
    client.logout()
    assert "Hernoemde partner" in client.get(news.url).content.decode()


def test_an_unpublished_partner_disappears_from_pages(db, client, site_tree):
    news = site_tree["NewsPage"]["nl"]
    partner = news.partner_links.first().partner
    assert partner.name in client.get(news.url).content.decode()
    partner.live = False
    partner.save()
    soup = BeautifulSoup(client.get(news.url).content, "html.parser")
    assert partner.name not in soup.select_one("main").get_text()


def test_existing_partners_and_venues_stay_live(db):
    assert factories.PartnerFactory().live
    assert factories.VenueFactory().live


def test_the_block_picker_describes_and_previews_every_body_block(db, admin_client, site_tree):
    preview = reverse("wagtailadmin_block_preview")
    for name, block in BodyBlock().child_blocks.items():
        assert block.meta.description, name
        assert block.is_previewable, name
        response = admin_client.get(preview, {"id": block.definition_prefix})
        assert response.status_code == 200, name
        assert 'href="/static/css/components.css"' in response.content.decode(), name
    page = site_tree["StandardPage"]["nl"]
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "A heading that starts a new section of the page." in editor or (
        "Een kop waarmee een nieuw deel van de pagina begint." in editor
    )


def test_a_hybrid_event_at_a_draft_venue_is_announced_as_online_only(db, client, site_tree):
    # Read afresh: the tree's objects keep what earlier tests set on them, such as a revision
    # that was rolled back with their test.
    event = EventPage.objects.get(pk=site_tree["EventPage"]["nl"].pk)
    venue = factories.VenueFactory(name="Zaal in oprichting", live=False)
    event.venue = venue
    event.online_url = "https://example.org/stream"
    event.save_revision().publish()
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    data = [json.loads(tag.string) for tag in soup.select('script[type="application/ld+json"]')]
    events = [item for item in data if isinstance(item, dict) and item.get("@type") == "Event"]
    assert events[0]["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert "Zaal in oprichting" not in json.dumps(events[0])
    assert "Zaal in oprichting" not in soup.select_one("main").get_text()


def test_a_venue_previews_as_the_event_page_shows_it_in_its_own_language(
    admin_client, site_tree, english
):
    venue = factories.VenueFactory(name="Hortus botanicus", street="Rapenburg 73")
    english_venue = venue.copy_for_translation(english)
    english_venue.save()
    preview_url = reverse("wagtailsnippets_events_venue:preview_on_edit", args=[english_venue.pk])
    form = venue_form(name="Hortus botanicus (garden)", street="Rapenburg 73", postcode="2311 GJ")
    assert admin_client.post(preview_url, form).json()["is_valid"]
    soup = BeautifulSoup(admin_client.get(preview_url).content, "html.parser")
    assert soup.html["lang"] == "en"
    assert "Hortus botanicus (garden)" in soup.select_one(".event-facts").get_text()
    assert soup.find("dt").get_text() == "Where"
    assert soup.select('link[rel="stylesheet"]')


def test_a_partner_previews_as_pages_that_name_it_show_it(admin_client, site_tree):
    partner = factories.PartnerFactory(name="Naturalis")
    preview_url = reverse("wagtailsnippets_programmes_partner:preview_on_edit", args=[partner.pk])
    form = nested_form_data(
        {"name": "Naturalis Biodiversity Center", "description": "", "website": "", "logo": ""}
    )
    assert admin_client.post(preview_url, form).json()["is_valid"]
    soup = BeautifulSoup(admin_client.get(preview_url).content, "html.parser")
    assert soup.html["lang"] == "nl"
    assert soup.select_one(".partner-list").get_text(strip=True) == "Naturalis Biodiversity Center"
