"""Reviewers and editors are guided by what they see (issue 17, item 3): the review queue first
on a reviewer's dashboard, a confirmation of each decision, a scheduled go-live in the queue and
on the page, no action a role cannot complete, and a main button that says what happens."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from tests import factories
from tests.test_editorial_workflow import page_form

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}  # how the dashboard's buttons post


@pytest.fixture
def go_live():
    """A go-live three days ahead, as a Dutch editor types it and as the admin shows it."""
    moment = timezone.localtime() + datetime.timedelta(days=3)
    moment = moment.replace(hour=20, minute=0, second=0, microsecond=0)
    return moment


def typed(moment):
    return moment.strftime("%d-%m-%Y %H:%M")


def shown(moment):
    """Dutch DATETIME_FORMAT, "4 december 2026 20:00"."""
    months = "januari februari maart april mei juni juli augustus september oktober november"
    month = (months + " december").split()[moment.month - 1]
    return f"{moment.day} {month} {moment.year} {moment:%H:%M}"


def submit(client, editor, page, **fields):
    """The editor changes ``page`` and sends it to the Eindredactie, as the edit screen does."""
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**page_form(page, **fields), "action-submit": "1"},
        follow=True,  # the editor reads "ter goedkeuring ingediend": the reviewer will not
    )
    assert response.status_code == 200
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def messages_after(response):
    """The messages at the top of the screen, as the user reads them (without their buttons)."""
    soup = BeautifulSoup(response.content, "html.parser")
    for extra in soup.select(".messages li svg, .messages li .buttons"):
        extra.decompose()
    return [message.get_text(" ", strip=True) for message in soup.select(".messages li")]


def decide_on_dashboard(client, moderator, page, state, action, **data):
    """The reviewer clicks ``action`` in the dashboard's queue; returns the next screen."""
    client.force_login(moderator)
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    response = client.post(f"{url}?next=/admin/", data, **XHR)
    assert response.status_code == 200 and response.json()["step"] == "success"
    return client.get(response.json()["redirect"])


def test_approving_on_the_dashboard_confirms_the_page_is_live(client, editor, moderator, site_tree):
    page = site_tree["StandardPage"]["nl"]
    state = submit(client, editor, page, title="Nieuwe openingstijden")
    dashboard = decide_on_dashboard(client, moderator, page, state, "approve")
    assert messages_after(dashboard) == [
        "'Nieuwe openingstijden' is goedgekeurd en staat nu op de site."
    ]


def test_approving_a_scheduled_change_says_when_it_goes_live(
    client, editor, moderator, site_tree, go_live
):
    page = site_tree["StandardPage"]["nl"]
    state = submit(client, editor, page, title="Zomerprogramma", go_live_at=typed(go_live))
    dashboard = decide_on_dashboard(client, moderator, page, state, "approve")
    assert messages_after(dashboard) == [
        f"'Zomerprogramma' is goedgekeurd en gaat live op {shown(go_live)}."
    ]


def test_requesting_changes_says_the_page_went_back_to_its_editor(
    client, editor, moderator, site_tree
):
    page = site_tree["StandardPage"]["nl"]
    state = submit(client, editor, page, title="Nog niet af")
    dashboard = decide_on_dashboard(
        client, moderator, page, state, "reject", comment="Graag een kortere inleiding."
    )
    assert messages_after(dashboard) == [
        "'Nog niet af' is teruggestuurd naar redacteur met een wijzigingsverzoek."
    ]


def test_approving_on_the_edit_screen_confirms_it_instead_of_saying_updated(
    client, editor, moderator, site_tree
):
    page = site_tree["StandardPage"]["nl"]
    submit(client, editor, page, title="Goedgekeurd in het scherm")
    client.force_login(moderator)
    page.refresh_from_db()
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            **page_form(page, title="Goedgekeurd in het scherm"),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        },
        follow=True,
    )
    assert messages_after(response) == [
        "'Goedgekeurd in het scherm' is goedgekeurd en staat nu op de site."
    ]


def dashboard_panels(client):
    """The dashboard's panels, top to bottom, by their headings."""
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return [heading.get_text(" ", strip=True) for heading in soup.select("h2.w-panel__heading")]


def test_a_reviewer_finds_the_review_queue_first_on_the_dashboard(
    client, editor, moderator, site_tree
):
    submit(client, editor, site_tree["StandardPage"]["nl"], title="Wacht op controle")
    client.force_login(moderator)
    panels = dashboard_panels(client)
    assert panels[0] == "In afwachting van jouw beoordeling"
    assert any(panel.startswith("Deze week in de agenda") for panel in panels[1:])


def test_an_editor_without_anything_to_review_starts_with_the_week(client, editor, site_tree):
    client.force_login(editor)
    panels = dashboard_panels(client)
    assert panels[0].startswith("Deze week in de agenda")


def review_row(client, title):
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    queue = soup.select_one("#awaiting-review-section")
    rows = [row for row in queue.select("tbody tr") if title in row.get_text()]
    assert len(rows) == 1, f"{title!r} is not once in the review queue"
    return rows[0].get_text(" ", strip=True)


def test_the_review_queue_shows_when_a_change_goes_live(
    client, editor, moderator, site_tree, go_live
):
    submit(
        client, editor, site_tree["StandardPage"]["nl"], title="Gepland", go_live_at=typed(go_live)
    )
    other = factories.StandardPageFactory(parent=site_tree["HomePage"]["nl"])
    submit(client, editor, other, title="Meteen")
    client.force_login(moderator)
    assert f"Gaat live op {shown(go_live)}" in review_row(client, "Gepland")
    assert "Gaat live" not in review_row(client, "Meteen")


def test_the_page_under_review_shows_when_it_goes_live(
    client, editor, moderator, site_tree, go_live
):
    page = site_tree["StandardPage"]["nl"]
    submit(client, editor, page, title="Gepland", go_live_at=typed(go_live))
    client.force_login(moderator)
    soup = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    status = soup.select_one('[data-side-panel="status"]').get_text(" ", strip=True)
    assert re.search(rf"Na goedkeuring of publicatie: Gaat live op: {shown(go_live)}", status), (
        status
    )


def offered_bulk_actions(client, parent):
    """The bulk actions under the explorer's list of ``parent``'s pages."""
    soup = BeautifulSoup(client.get(f"/admin/pages/{parent.pk}/").content, "html.parser")
    footer = soup.select_one("[data-bulk-action-footer]")
    return [
        button.get_text(" ", strip=True) for button in footer.select("[data-bulk-action-button]")
    ]


def test_an_editor_is_not_offered_bulk_publishing(client, editor, site_tree):
    news = site_tree["NewsIndexPage"]["nl"]
    # An editor may move or delete a draft of their own (Wagtail's rule), not others' pages.
    factories.NewsPageFactory(parent=news, title="Mijn concept", owner=editor, live=False)
    client.force_login(editor)
    assert offered_bulk_actions(client, news) == ["Verplaats", "Verwijder"]
    assert offered_bulk_actions(client, site_tree["HomePage"]["nl"]) == []


def test_a_reviewer_is_offered_bulk_publishing(client, moderator, site_tree):
    client.force_login(moderator)
    offered = offered_bulk_actions(client, site_tree["HomePage"]["nl"])
    assert {"Publiceren", "Publicatie intrekken", "Verplaats", "Verwijder"} <= set(offered)


def test_after_submitting_the_editors_main_button_says_the_page_is_in_review(
    client, editor, site_tree
):
    page = site_tree["StandardPage"]["nl"]
    submit(client, editor, page, title="Ingediend")
    soup = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    buttons = [button.get_text(" ", strip=True) for button in soup.select("footer button")]
    assert buttons[0] == "Ter beoordeling bij Eindredactie"
    assert "Beoordeling afbreken" in buttons[1:]


def submit_partner(client, editor, partner, name):
    """The editor renames a partner and sends the change to the Eindredactie."""
    client.force_login(editor)
    form = {"name": name, "description": partner.description, "website": partner.website}
    response = client.post(
        reverse("wagtailsnippets_programmes_partner:edit", args=[partner.pk]),
        {**nested_form_data({**form, "logo": ""}), "action-submit": "1"},
        follow=True,  # the editor reads "ter goedkeuring ingediend": the reviewer will not
    )
    assert response.status_code == 200
    return WorkflowState.objects.get(object_id=str(partner.pk), status="in_progress")


@pytest.fixture
def partner(site_tree):
    return site_tree["NewsPage"]["nl"].partner_links.first().partner


def test_approving_a_partner_on_the_dashboard_confirms_it_is_live(
    client, editor, moderator, partner
):
    state = submit_partner(client, editor, partner, "Hernoemde partner")
    client.force_login(moderator)
    url = reverse(
        "wagtailsnippets_programmes_partner:workflow_action",
        args=[partner.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(f"{url}?next=/admin/", {"comment": ""}, **XHR)
    assert response.status_code == 200 and response.json()["step"] == "success"
    dashboard = client.get(response.json()["redirect"])
    assert messages_after(dashboard) == [
        "'Hernoemde partner' is goedgekeurd en staat nu op de site."
    ]


def test_requesting_changes_to_a_partner_on_its_screen_says_where_it_went(
    client, editor, moderator, partner
):
    submit_partner(client, editor, partner, "Nog niet goed")
    client.force_login(moderator)
    partner.refresh_from_db()
    form = {"name": "Nog niet goed", "description": partner.description}
    response = client.post(
        reverse("wagtailsnippets_programmes_partner:edit", args=[partner.pk]),
        {
            **nested_form_data({**form, "website": partner.website, "logo": ""}),
            "action-workflow-action": "1",
            "workflow-action-name": "reject",
        },
        follow=True,
    )
    assert messages_after(response) == [
        "'Nog niet goed' is teruggestuurd naar redacteur met een wijzigingsverzoek."
    ]


def test_after_submitting_a_partner_the_editors_main_button_says_it_is_in_review(
    client, editor, partner
):
    submit_partner(client, editor, partner, "Ingediende partner")
    url = reverse("wagtailsnippets_programmes_partner:edit", args=[partner.pk])
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    buttons = [button.get_text(" ", strip=True) for button in soup.select("footer button")]
    assert buttons[0] == "Ter beoordeling bij Eindredactie"
    assert "Beoordeling afbreken" in buttons[1:]
