"""The translation status report tells translators which pages need them, and links to the fix."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import create_aliases_for_new_page

from stad.translations.review import save_translation_draft
from tests import factories
from tests.scaffolding import sync_translations, translate_with_localize

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def admin(client, db):
    user = get_user_model().objects.create_superuser("vertaler", "vertaler@example.org", "x")
    # The admin speaks Dutch by default; this translator reads it in English.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def report_rows(client, **params):
    """{page title: (status, next step label, next step URL)} as the report shows them."""
    response = client.get(REPORT, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {}
    for row in soup.select("table.listing tbody tr"):
        cells = row.find_all("td")
        title = cells[0].find("a").get_text(strip=True)
        action = cells[-1].find("a")
        rows[title] = (cells[2].get_text(strip=True), action.get_text(strip=True), action["href"])
    return rows


@pytest.fixture
def news_index(site_tree):
    return site_tree["NewsIndexPage"]["nl"]


def test_translated_pages_are_not_listed(admin, site_tree):
    assert report_rows(admin) == {}
    # The listed pages are Dutch by definition: no filter on the pages' language.
    assert 'name="locale"' not in admin.get(REPORT).content.decode()


def test_a_new_dutch_page_is_listed_as_not_translated(admin, site_tree, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="Nieuw bericht")
    status, step, url = report_rows(admin)["Nieuw bericht"]
    assert (status, step) == ("Not translated", "Translate")
    translate = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert url == f"{translate}?select_locale=en"
    # The form opens with the report's language ticked: one click, not two.
    form = BeautifulSoup(admin.get(url).content, "html.parser")
    english = form.select_one('input[name="locales"][checked]')
    assert english is not None and english.find_parent("label").get_text(strip=True) == "English"


def test_the_synchronised_alias_counts_as_not_translated(admin, site_tree, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="Nog te vertalen")
    create_aliases_for_new_page(page)
    assert report_rows(admin)["Nog te vertalen"][0] == "Not translated"


def test_changing_a_dutch_page_makes_it_outdated_and_syncing_clears_it(
    admin, site_tree, news_index, english, django_capture_on_commit_callbacks
):
    page = factories.NewsPageFactory(parent=news_index, title="Stadsnieuws")
    translate_with_localize(page, english)
    assert "Stadsnieuws" not in report_rows(admin)

    # An editor changes the Dutch page and publishes it.
    page.title = "Stadsnieuws, bijgewerkt"
    page.save_revision().publish()
    status, step, url = report_rows(admin)["Stadsnieuws, bijgewerkt"]
    assert (status, step) == ("Changed since the last sync", "Sync translation")
    source = TranslationSource.objects.get_for_instance(page)
    assert url.startswith(reverse("wagtail_localize:update_translations", args=[source.pk]))

    # The translator follows the link: wagtail-localize's "Sync translated pages", publishing.
    assert admin.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith(REPORT)
    assert report_rows(admin) == {}
    # Until someone translates it, the new title reaches the English page in Dutch.
    assert page.get_translation(english).title == "Stadsnieuws, bijgewerkt"


def test_syncing_through_the_api_clears_it_too(
    admin, site_tree, news_index, english, django_capture_on_commit_callbacks
):
    page = factories.NewsPageFactory(parent=news_index, title="Bericht")
    translate_with_localize(page, english)
    page.introduction = "Een nieuwe inleiding."
    page.save_revision().publish()
    assert "Bericht" in report_rows(admin)

    with django_capture_on_commit_callbacks(execute=True):
        sync_translations(page)
    assert "Bericht" not in report_rows(admin)


def test_synced_without_publishing_waits_for_the_translator(admin, site_tree, news_index, english):
    """Sync without "Publish immediately": the new Dutch text is now in the translation editor,
    and the page stays listed until the translation is published."""
    page = factories.NewsPageFactory(parent=news_index, title="Agenda vol")
    target = translate_with_localize(page, english)
    page.introduction = "Nog meer activiteiten."
    page.save_revision().publish()
    url = report_rows(admin)["Agenda vol"][2]
    assert admin.post(url, {}).status_code == 302

    status, step, url = report_rows(admin)["Agenda vol"]
    assert (status, step) == ("Translation not published", "Review and publish")
    assert url == reverse("wagtailadmin_pages:edit", args=[target.pk])
    # The edit link opens wagtail-localize's translation editor for the English page.
    assert b"wagtail-localize" in admin.get(url).content.lower()

    # The translator publishes the translation.
    translation = TranslationSource.objects.get_for_instance(page).translations.get()
    translation.save_target(publish=False)
    target.get_latest_revision().publish()
    assert "Agenda vol" not in report_rows(admin)


def test_a_started_translation_is_being_translated_until_its_english_is_published(
    admin, site_tree, news_index, english, django_capture_on_commit_callbacks
):
    """The translator pressed "Translate": the English page exists, but what visitors see
    there is still the Dutch original, so the page stays listed until the English goes live."""
    page = factories.NewsPageFactory(parent=news_index, title="In vertaling")
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(page, [english])
    target = page.get_translation(english)
    assert target.live and target.alias_of_id is None

    status, step, url = report_rows(admin)["In vertaling"]
    assert (status, step) == ("Being translated", "Continue translating")
    assert url == reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert set(report_rows(admin, translation_status="in_progress")) == {"In vertaling"}

    # A draft of the translation (submitted for review) does not end it; publishing does.
    translation = TranslationSource.objects.get_for_instance(page).translations.get()
    save_translation_draft(translation, user=None)
    assert report_rows(admin)["In vertaling"][0] == "Being translated"
    target.get_latest_revision().publish()
    assert "In vertaling" not in report_rows(admin)


def test_a_draft_translation_is_listed_until_it_is_published(admin, site_tree, news_index, english):
    page = factories.NewsPageFactory(parent=news_index, title="Concept")
    target = translate_with_localize(page, english)
    target.unpublish()
    status, step, url = report_rows(admin)["Concept"]
    assert (status, step) == ("Translation not published", "Review and publish")
    assert url == reverse("wagtailadmin_pages:edit", args=[target.pk])


def test_drafts_in_dutch_are_not_listed(admin, site_tree, news_index):
    factories.NewsPageFactory(parent=news_index, title="Nog niet af", live=False)
    assert "Nog niet af" not in report_rows(admin)


def test_status_filter(admin, site_tree, news_index, english):
    factories.NewsPageFactory(parent=news_index, title="Ontbreekt")
    changed = factories.NewsPageFactory(parent=news_index, title="Veranderd")
    translate_with_localize(changed, english)
    changed.save_revision().publish()
    assert set(report_rows(admin, translation_status="outdated")) == {"Veranderd"}
    assert set(report_rows(admin, translation_status="missing")) == {"Ontbreekt"}
    assert set(report_rows(admin)) == {"Ontbreekt", "Veranderd"}


def test_dashboard_counts_pages_to_translate_and_links_to_the_report(admin, site_tree, news_index):
    soup = BeautifulSoup(admin.get("/admin/").content, "html.parser")
    link = soup.find("a", href=REPORT)
    assert link.get_text(" ", strip=True) == "0 pages to translate or sync"
    factories.NewsPageFactory(parent=news_index)
    factories.StandardPageFactory(parent=site_tree["HomePage"]["nl"])
    soup = BeautifulSoup(admin.get("/admin/").content, "html.parser")
    assert soup.find("a", href=REPORT).get_text(" ", strip=True) == "2 pages to translate or sync"


def test_report_is_in_the_reports_menu(admin, site_tree):
    response = admin.get("/admin/")
    assert REPORT in response.content.decode()


def test_editors_who_cannot_translate_neither_see_nor_open_it(client, site_tree):
    user = get_user_model().objects.create_user("gast", "gast@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail turns a refusal into a redirect to the dashboard, with a message.
    response = client.get(REPORT)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert REPORT not in client.get("/admin/").content.decode()
