"""The header and footer belong to editors: changed in the admin per language, live after review."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import WorkflowContentType, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from stad.core.models import SiteChrome
from stad.editorial.roles import EDITOR, MODERATOR, REVIEW
from stad.events.models import Venue
from stad.programmes.models import Partner
from tests import factories
from tests.scaffolding import member

URLS = "wagtailsnippets_home_sitechrome"


@pytest.fixture
def chrome(db, site_tree, english):
    """The published Dutch header and footer and its English translation."""
    dutch_chrome = factories.SiteChromeFactory()
    english_chrome = dutch_chrome.copy_for_translation(english)
    english_chrome.site_name = "City of Discoveries"
    english_chrome.tagline = "Leiden, city of knowledge"
    english_chrome.footer_text = "A website of the municipality of Leiden and its partners."
    english_chrome.save()
    english_chrome.save_revision().publish()
    return {"nl": dutch_chrome, "en": english_chrome}


def chrome_form(chrome, **fields):
    values = {
        "site_name": chrome.site_name,
        "tagline": chrome.tagline,
        "footer_text": chrome.footer_text,
        "footer_links": streamfield([]),
        "contact_email": chrome.contact_email,
        "contact_phone": chrome.contact_phone,
        "contact_address": chrome.contact_address,
        "social_links": streamfield([]),
    }
    values.update(fields)
    return nested_form_data(values)


def public_page(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def site_name(soup):
    return soup.select_one(".site-header__name").get_text(strip=True)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_new_site_name_and_footer_are_public_only_after_review(
    client, roles, chrome, site_tree, language
):
    editor, moderator = member(EDITOR, roles), member(MODERATOR, roles)
    instance = chrome[language]
    page = site_tree["StandardPage"][language]
    old_name = instance.site_name

    client.force_login(editor)
    response = client.post(
        reverse(f"{URLS}:edit", args=[instance.pk]),
        {
            **chrome_form(
                instance,
                site_name=f"Nieuwe naam {language}",
                footer_text=f"Nieuwe voettekst {language}",
            ),
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(instance.pk), status="in_progress")
    assert state.workflow.name == REVIEW

    client.logout()
    soup = public_page(client, page)
    assert site_name(soup) == old_name
    assert f"Nieuwe voettekst {language}" not in soup.select_one("footer").get_text()

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse(f"{URLS}:workflow_action", args=[instance.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code == 302
    client.logout()
    soup = public_page(client, page)
    assert site_name(soup) == f"Nieuwe naam {language}"
    assert soup.title.get_text().endswith(f" · Nieuwe naam {language}")
    assert f"Nieuwe voettekst {language}" in soup.select_one("footer").get_text()
    # The other language keeps its own texts.
    other = "en" if language == "nl" else "nl"
    assert site_name(public_page(client, site_tree["StandardPage"][other])) == (
        chrome[other].site_name
    )


def test_an_editor_cannot_publish_the_chrome_without_review(client, roles, chrome, site_tree):
    client.force_login(member(EDITOR, roles))
    instance = chrome["nl"]
    client.post(
        reverse(f"{URLS}:edit", args=[instance.pk]),
        {**chrome_form(instance, site_name="Zelf gepubliceerd"), "action-publish": "1"},
    )
    client.logout()
    assert site_name(public_page(client, site_tree["HomePage"]["nl"])) == "Stad van ontdekkingen"


def test_a_fresh_database_without_the_snippet_still_renders(db, client, site_tree):
    assert not SiteChrome.objects.exists()
    dutch = public_page(client, site_tree["StandardPage"]["nl"])
    english = public_page(client, site_tree["StandardPage"]["en"])
    assert site_name(dutch) == "Stad van ontdekkingen"
    assert site_name(english) == "City of Discoveries"
    assert "kennispartners" in dutch.select_one("footer").get_text()
    # Without links chosen by editors, the footer lists the standard pages.
    standard = site_tree["StandardPage"]["nl"]
    assert dutch.select_one("footer").find("a", href=standard.url) is not None


def test_untranslated_english_shows_english_texts_not_the_dutch_ones_or_a_draft(
    client, site_tree, english
):
    factories.SiteChromeFactory(
        site_name="Alleen Nederlands",
        footer_text="Alleen in het Nederlands geschreven.",
        contact_email="kennisstad@leiden.nl",
    )
    draft = SiteChrome(locale=english, site_name="Draft English", live=False)
    draft.save()
    soup = public_page(client, site_tree["HomePage"]["en"])
    assert site_name(soup) == "City of Discoveries"
    footer = soup.select_one("footer").get_text()
    assert "Alleen in het Nederlands" not in footer
    assert "kennisstad@leiden.nl" in footer  # the same in every language


def test_footer_links_go_to_the_page_in_the_visitors_language(db, client, site_tree, english):
    dutch_page = site_tree["StandardPage"]["nl"]
    dutch_chrome = factories.SiteChromeFactory(
        footer_links=[
            ("link", {"text": "", "page": dutch_page, "url": ""}),
            ("link", {"text": "Colofon", "page": None, "url": "https://example.org/colofon"}),
        ]
    )
    # A translation keeps the links to the Dutch pages, as wagtail-localize synchronises them.
    english_chrome = dutch_chrome.copy_for_translation(english)
    english_chrome.save()
    english_chrome.save_revision().publish()
    footer = public_page(client, site_tree["HomePage"]["en"]).select_one("footer")
    english_page = site_tree["StandardPage"]["en"]
    assert footer.find("a", href=english_page.url).get_text() == english_page.title
    assert footer.find("a", href="https://example.org/colofon").get_text() == "Colofon"


def test_a_second_chrome_in_one_language_is_refused(client, roles, chrome):
    admin = get_user_model().objects.create_superuser("admin", password=None)
    client.force_login(admin)
    response = client.post(
        reverse(f"{URLS}:add") + "?locale=nl",
        chrome_form(chrome["nl"], site_name="Tweede"),
    )
    assert response.status_code == 200
    assert "Er is al een kop en voet voor Nederlands" in response.content.decode()
    assert SiteChrome.objects.filter(locale__language_code="nl").count() == 1


def test_the_chrome_can_be_translated_and_previewed(db, client, site_tree):
    chrome = {"nl": factories.SiteChromeFactory()}
    admin = get_user_model().objects.create_superuser("admin", password=None)
    client.force_login(admin)
    listing = client.get(reverse(f"{URLS}:list")).content.decode()
    # wagtail-localize's "Translate" action, offered while English is missing.
    assert f"/admin/localize/submit/snippet/home/sitechrome/{chrome['nl'].pk}/" in listing

    preview_url = reverse(f"{URLS}:preview_on_edit", args=[chrome["nl"].pk])
    response = client.post(preview_url, chrome_form(chrome["nl"], site_name="Voorproef"))
    assert response.json()["is_valid"]
    soup = BeautifulSoup(client.get(preview_url).content, "html.parser")
    assert site_name(soup) == "Voorproef"
    assert soup.select_one("footer") is not None
    # Previewing is not publishing.
    chrome["nl"].refresh_from_db()
    assert chrome["nl"].site_name == "Stad van ontdekkingen"


def test_the_english_chrome_previews_in_english_from_a_dutch_admin(client, chrome, site_tree):
    admin = get_user_model().objects.create_superuser("admin", password=None)
    client.force_login(admin)
    client.cookies["django_language"] = "nl"
    preview_url = reverse(f"{URLS}:preview_on_edit", args=[chrome["en"].pk])
    response = client.post(preview_url, chrome_form(chrome["en"], site_name="Preview"))
    assert response.json()["is_valid"]
    soup = BeautifulSoup(client.get(preview_url).content, "html.parser")
    assert site_name(soup) == "Preview"
    footer = soup.select_one("footer")
    # Without chosen links the footer lists the standard pages: the English ones.
    assert footer.find("a", href=site_tree["StandardPage"]["en"].url) is not None
    assert footer.find("a", href=site_tree["StandardPage"]["nl"].url) is None


def test_setup_roles_puts_the_snippets_under_review(roles):
    for model in (Partner, Venue, SiteChrome):
        assigned = WorkflowContentType.objects.get(content_type__model=model._meta.model_name)
        assert assigned.workflow.name == REVIEW
    editor, moderator = member(EDITOR, roles), member(MODERATOR, roles)
    for model in ("programmes.partner", "events.venue", "home.sitechrome"):
        app, name = model.split(".")
        assert editor.has_perm(f"{app}.change_{name}")
        assert not editor.has_perm(f"{app}.publish_{name}")
        assert moderator.has_perm(f"{app}.publish_{name}")


def chrome_queries(client, page):
    with CaptureQueriesContext(connection) as queries:
        public_page(client, page)
    sqls = [query["sql"] for query in queries.captured_queries]
    return len(sqls), sum('"home_sitechrome"' in sql for sql in sqls)


def test_the_chrome_costs_the_same_queries_however_many_links(db, client, site_tree):
    page = site_tree["StandardPage"]["nl"]
    chrome = factories.SiteChromeFactory(
        footer_links=[("link", {"text": "", "page": page, "url": ""})]
    )
    public_page(client, page)  # warm Wagtail's caches (site root paths)
    few, chrome_lookups = chrome_queries(client, page)
    assert chrome_lookups == 1  # once per request, though the title, header and footer use it
    links = [
        ("link", {"text": "", "page": child, "url": ""}) for child in site_tree_pages(site_tree)
    ]
    chrome.footer_links = links
    chrome.save_revision().publish()
    many, _chrome_lookups = chrome_queries(client, page)
    assert many == few


def site_tree_pages(site_tree):
    return [site_tree[name]["nl"] for name in ("StandardPage", "ThemeIndexPage", "NewsIndexPage")]
