"""Roles and review: editors submit, moderators publish, translators keep to the English pages;
scheduled pages go live and expire when `publish_scheduled` runs."""

import datetime
import io

import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from stad.editorial.demo_users import create_demo_users
from stad.editorial.roles import REVIEW, setup_roles
from stad.events.models import EventPage
from tests import factories


def page_form(page, **fields):
    """What the admin posts when an editor saves ``page`` (a StandardPage)."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([]),
            "listing_image_alt": "",
            "listing_title": "",
            "listing_summary": "",
            "seo_title": "",
            "search_description": "",
            "social_text": "",
            "go_live_at": "",
            "expire_at": "",
            **fields,
        }
    )


def test_setting_up_the_roles_twice_changes_nothing(roles):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Workflow

    counts = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    setup_roles()
    after = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    assert after == counts


def test_an_editor_can_submit_but_not_publish(client, editor, site_tree):
    page = site_tree["StandardPage"]["nl"]
    assert not page.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    url = f"/admin/pages/{page.pk}/edit/"
    client.post(url, {**page_form(page, title="Zelf gepubliceerd?"), "action-publish": "1"})
    assert Page.objects.get(pk=page.pk).title != "Zelf gepubliceerd?"  # not live
    response = client.post(url, {**page_form(page, title="Ter controle"), "action-submit": "1"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == REVIEW
    assert Page.objects.get(pk=page.pk).title != "Ter controle"


def test_a_moderator_approves_and_the_change_goes_live(client, editor, moderator, site_tree):
    page = site_tree["StandardPage"]["nl"]
    client.force_login(editor)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**page_form(page, title="Goedgekeurde titel"), "action-submit": "1"},
    )
    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "Goedgekeurde titel" in dashboard  # "awaiting your review" on the moderator's start
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    live = Page.objects.get(pk=page.pk)
    assert live.title == "Goedgekeurde titel" and live.live


def test_a_translator_edits_english_pages_only(client, translator, site_tree):
    dutch, english = site_tree["StandardPage"]["nl"], site_tree["StandardPage"]["en"]
    assert not dutch.permissions_for_user(translator).can_edit()
    assert english.permissions_for_user(translator).can_edit()
    assert not english.permissions_for_user(translator).can_publish()  # review applies too
    client.force_login(translator)
    assert client.get(f"/admin/pages/{dutch.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200


def test_a_page_scheduled_in_the_past_goes_live_when_publish_scheduled_runs(site_tree):
    now = timezone.now()
    page = factories.StandardPageFactory(
        parent=site_tree["HomePage"]["nl"], title="Gepland bericht", live=False
    )
    page.go_live_at = now + datetime.timedelta(hours=1)
    page.save_revision().publish()  # scheduled, not live yet
    assert not Page.objects.get(pk=page.pk).live
    with time_machine.travel(now + datetime.timedelta(hours=2)):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert Page.objects.get(pk=page.pk).live


def test_an_expired_event_is_gone_from_the_agenda(client, site_tree):
    now = timezone.now()
    event = factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Verlopen lezing"
    )
    event.expire_at = now + datetime.timedelta(hours=1)
    event.save_revision().publish()
    agenda = site_tree["EventIndexPage"]["nl"].url
    assert "Verlopen lezing" in client.get(agenda).content.decode()
    with time_machine.travel(now + datetime.timedelta(hours=2)):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert not EventPage.objects.get(pk=event.pk).live
    assert "Verlopen lezing" not in client.get(agenda).content.decode()


def test_demo_users_get_a_generated_password_shown_once(roles, client):
    first = list(create_demo_users(roles))
    passwords = [line.split("password ")[1].split()[0] for line in first]
    assert len(set(passwords)) == 3 and all(len(password) >= 16 for password in passwords)
    assert client.login(username="vertaler", password=passwords[2])
    again = list(create_demo_users(roles))
    assert not any(password in line for line in again for password in passwords)
    assert all("password unchanged" in line for line in again)


def test_the_dashboard_shows_this_weeks_events_draft_or_live(client, editor, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    soon = timezone.now() + datetime.timedelta(days=2)
    later = timezone.now() + datetime.timedelta(days=20)
    factories.EventPageFactory(parent=agenda, title="Lezing overmorgen", dates=[(soon, soon)])
    factories.EventPageFactory(
        parent=agenda, title="Concept deze week", live=False, dates=[(soon, soon)]
    )
    factories.EventPageFactory(parent=agenda, title="Over drie weken", dates=[(later, later)])
    client.force_login(editor)
    panel = (
        BeautifulSoup(client.get("/admin/").content, "html.parser")
        .select_one("#this-weeks-events-heading")
        .find_parent("section")
    )
    text = panel.get_text(" ", strip=True)
    assert "Lezing overmorgen" in text and "Concept deze week" in text
    assert "Over drie weken" not in text


def test_the_dashboard_writes_this_weeks_dates_the_dutch_way(client, editor, site_tree):
    """ "wo 2 dec 20:00", as the public agenda does; Django's "M" made it "Dec" (issue 17)."""
    soon = timezone.localtime() + datetime.timedelta(days=2)
    soon = soon.replace(hour=20, minute=0, second=0, microsecond=0)
    factories.EventPageFactory(
        parent=site_tree["EventIndexPage"]["nl"], title="Lezing", dates=[(soon, soon)]
    )
    client.force_login(editor)
    cell = (
        BeautifulSoup(client.get("/admin/").content, "html.parser")
        .select_one("#this-weeks-events-heading")
        .find_parent("section")
        .select_one("tbody td")
    )
    weekday = ["ma", "di", "wo", "do", "vr", "za", "zo"][soon.weekday()]
    months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    month = months[soon.month - 1]
    assert cell.get_text(strip=True) == f"{weekday} {soon.day} {month} 20:00"


def test_the_editor_offers_preview_and_wagtails_accessibility_checks(client, editor, site_tree):
    client.force_login(editor)
    for page_type in ("StandardPage", "EventPage", "ProgrammePage"):
        page = site_tree[page_type]["nl"]
        soup = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
        assert soup.select_one('[data-side-panel="preview"]'), page_type
        assert soup.select_one('[data-side-panel="checks"]'), page_type


def test_translators_see_what_needs_translating(client, translator):
    client.force_login(translator)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    report = client.get("/admin/reports/translation-status/")
    assert report.status_code == 200
