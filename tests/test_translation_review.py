"""A translation goes through review, and visitors never get Dutch passed off as English.

The journey of issue 17: a translator translates an untranslated page in wagtail-localize's
editor and submits it for review; the final editor sees it on the dashboard and approves it.
Until then the English address shows the Dutch original under the "not yet in English" notice,
and nothing offers it as English; afterwards both the page and the Dutch page's hreflang hold
the English.
"""

import json
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_factories import ImageFactory
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.synctree import create_aliases_for_new_page

from stad.translations.review import save_translation_draft
from tests import factories
from tests.test_untranslated_pages import alternates
from tests.test_untranslated_pages import get_soup as soup_of

DUTCH_TITLE = "Subsidie voor het Erfgoedlab"
ENGLISH_TITLE = "Funding for the Heritage Lab"


@pytest.fixture
def dutch(site_tree):
    """A published Dutch news item with its English alias, as the admin makes them."""
    page = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"],
        title=DUTCH_TITLE,
        introduction="Het lab krijgt geld voor drie jaar.",
    )
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    return page


def start_translation(client, user, dutch, english, capture_on_commit):
    """The translator's "Translate" (Vertalen) form, as wagtail-localize shows it."""
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[dutch.pk])
    with capture_on_commit(execute=True):
        response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=dutch.translation_key, target_locale=english)


def translate_string(client, translation, source_text, english_text):
    """What wagtail-localize's editor sends when the translator types a segment."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url, urlencode({"value": english_text}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def submit_for_review(client, translation, capture_on_commit):
    editor_page = client.get(
        reverse("wagtailadmin_pages:edit", args=[english_page(translation).pk])
    )
    form = BeautifulSoup(editor_page.content, "html.parser").select_one(
        "form[action$='/submit-for-review/']"
    )
    assert form is not None, "no way to submit the translation for review"
    assert form.button.get_text(strip=True) == "Vertaling ter beoordeling aanbieden"
    with capture_on_commit(execute=True):
        response = client.post(form["action"])
    assert response.status_code == 302
    return form


def english_page(translation):
    return translation.get_target_instance().specific


def assert_shown_as_untranslated(client, dutch, english, title=DUTCH_TITLE):
    """The English address shows the Dutch original under the notice; nothing offers it as
    English (hreflang on both pages, the sitemap, the Dutch page's language switcher)."""
    soup = soup_of(client, english.url)
    assert soup.html["lang"] == "en"
    assert soup.select_one("main .notice--untranslated") is not None
    heading = soup.find("h1")
    assert heading.get_text(strip=True) == title
    assert heading.find_parent(attrs={"lang": True})["lang"] == "nl"
    assert ENGLISH_TITLE not in soup.get_text()
    dutch_soup = soup_of(client, dutch.url)
    assert alternates(dutch_soup) == {"nl": dutch.full_url, "x-default": dutch.full_url}
    assert alternates(soup) == {"nl": dutch.full_url, "x-default": dutch.full_url}
    switcher = dutch_soup.select_one('nav.language-switcher a[hreflang="en"]')
    assert "Not translated yet" in switcher.get_text()
    assert english.full_url not in client.get("/sitemap.xml").content.decode()


def test_a_translation_goes_live_only_through_review(
    client, site_tree, english, dutch, translator, moderator, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = start_translation(client, translator, dutch, english, capture)
    page = english_page(translation)
    assert page.alias_of_id is None  # wagtail-localize made it a page of its own
    client.logout()
    assert_shown_as_untranslated(client, dutch, page)

    client.force_login(translator)
    translate_string(client, translation, DUTCH_TITLE, ENGLISH_TITLE)
    translate_string(
        client,
        translation,
        "Het lab krijgt geld voor drie jaar.",
        "The lab is funded for three years.",
    )
    submit_for_review(client, translation, capture)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    assert state.requested_by == translator
    # The translator is told so, and is not offered the button a second time.
    after = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    assert not after.select("form[action$='/submit-for-review/']")
    assert "wacht op beoordeling" in after.select_one(".translation-review").get_text()

    # Under review: the unreviewed English is nowhere public.
    client.logout()
    assert_shown_as_untranslated(client, dutch, page)
    assert Page.objects.get(pk=page.pk).draft_title == ENGLISH_TITLE

    # The final editor finds it on the dashboard and approves it.
    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert ENGLISH_TITLE in dashboard
    task_state = state.current_task_state
    with capture(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
    assert response.status_code in (200, 302)

    client.logout()
    page = Page.objects.get(pk=page.pk).specific
    soup = soup_of(client, page.url)
    assert soup.find("h1").get_text(strip=True) == ENGLISH_TITLE
    assert soup.select_one("main .notice--untranslated") is None
    assert soup.select_one("main [lang]") is None
    expected = {"nl": dutch.full_url, "en": page.full_url, "x-default": dutch.full_url}
    assert alternates(soup_of(client, dutch.url)) == expected
    assert alternates(soup) == expected
    assert page.full_url in client.get("/sitemap.xml").content.decode()


def test_the_english_list_marks_a_translation_in_progress_as_dutch(
    client, site_tree, english, dutch, translator, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, translator, dutch, english, django_capture_on_commit_callbacks
    )
    page = english_page(translation)
    client.logout()
    soup = soup_of(client, site_tree["NewsIndexPage"]["en"].url)
    link = soup.select_one(f'main .card__title a[href="{page.url}"]')
    card = link.find_parent("article")
    assert card.select_one(".card__title")["lang"] == "nl"
    assert card.select_one(".card__untranslated").get_text(strip=True) == "Only in Dutch"


def test_a_rejected_translation_goes_back_to_the_translator(
    client, site_tree, english, dutch, translator, moderator, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    translation = start_translation(client, translator, dutch, english, capture)
    page = english_page(translation)
    submit_for_review(client, translation, capture)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.force_login(moderator)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Titel nog vertalen"},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(translator)
    translate_string(client, translation, DUTCH_TITLE, ENGLISH_TITLE)
    submit_for_review(client, translation, capture)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()
    assert_shown_as_untranslated(client, dutch, page)


def test_only_those_who_may_edit_the_english_page_can_submit_it(
    client, site_tree, english, dutch, translator, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, translator, dutch, english, django_capture_on_commit_callbacks
    )
    url = reverse("translation_submit_for_review", args=[translation.pk])
    assert client.get(url).status_code == 405
    outsider = get_user_model().objects.create_user("buitenstaander", password=None)
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.post(url)
    # Wagtail's admin answers "permission denied" with its start page and a message.
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert not WorkflowState.objects.filter(object_id=str(english_page(translation).pk)).exists()


def editor_footer_links(client, page):
    """The links wagtail-localize's editor builds its footer buttons from."""
    soup = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    return json.loads(soup.select_one(".js-translation-editor")["data-props"])["links"]


def test_converting_back_to_a_copy_is_not_the_translators_main_button(
    client, site_tree, english, dutch, translator, moderator, django_capture_on_commit_callbacks
):
    # The footer's main button is the last action it may show. For a translator that was
    # "Naar alias-pagina omzetten", which replaces the translation with the Dutch copy.
    translation = start_translation(
        client, translator, dutch, english, django_capture_on_commit_callbacks
    )
    page = english_page(translation)
    links = editor_footer_links(client, page)
    assert links["convertToAliasUrl"] is None
    assert links["stopTranslationUrl"]
    client.force_login(moderator)
    assert editor_footer_links(client, page)["convertToAliasUrl"].endswith(
        f"/page/{page.pk}/convert_to_alias/"
    )


def test_after_stopping_the_translation_only_publishers_may_convert_it_to_a_copy(
    client, site_tree, english, dutch, translator, moderator, django_capture_on_commit_callbacks
):
    # Stopped, the English page opens in Wagtail's own editor, whose menu wagtail-localize
    # gives "Naar alias-pagina omzetten".
    translation = start_translation(
        client, translator, dutch, english, django_capture_on_commit_callbacks
    )
    page = english_page(translation)
    response = client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert response.status_code == 302
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-submit"' in editor  # Wagtail's editor, not the translation editor
    assert "localize-convert-to-alias" not in editor
    client.force_login(moderator)
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "localize-convert-to-alias" in editor


def test_the_approved_translation_shows_on_the_next_anonymous_visit(
    client,
    site_tree,
    english,
    dutch,
    translator,
    moderator,
    page_cache,
    django_capture_on_commit_callbacks,
):
    """The page cache keeps the untranslated copy; the workflow's publish must replace it."""
    capture = django_capture_on_commit_callbacks
    translation = start_translation(client, translator, dutch, english, capture)
    translate_string(client, translation, DUTCH_TITLE, ENGLISH_TITLE)
    submit_for_review(client, translation, capture)
    page = english_page(translation)
    client.logout()
    client.cookies.clear()
    for url in (page.url, dutch.url):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    client.force_login(moderator)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    with capture(execute=True):
        client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    client.logout()
    client.cookies.clear()

    page = Page.objects.get(pk=page.pk).specific
    soup = soup_of(client, page.url)
    assert soup.find("h1").get_text(strip=True) == ENGLISH_TITLE
    assert alternates(soup_of(client, dutch.url))["en"] == page.full_url


def test_the_english_listing_image_description_can_be_written_when_the_dutch_is_empty(
    client, site_tree, english, translator, django_capture_on_commit_callbacks
):
    """The Dutch editor left the page's description empty (the image's own is used); the
    translator is still given it to translate, and English cards show the English."""
    image = ImageFactory(description="Een radiostudio vol mensen")
    dutch = factories.NewsPageFactory(
        parent=site_tree["NewsIndexPage"]["nl"], title="Radio", listing_image=image
    )
    dutch.listing_image_alt = ""
    dutch.save_revision().publish()  # what the admin does: the page is validated, then saved
    create_aliases_for_new_page(dutch)

    translation = start_translation(
        client, translator, dutch, english, django_capture_on_commit_callbacks
    )
    translate_string(
        client, translation, "Een radiostudio vol mensen", "A radio studio full of people"
    )
    save_translation_draft(translation, translator)  # as "submit for review" does
    english_page(translation).get_latest_revision().publish()  # as the approval does

    client.logout()
    soup = soup_of(client, site_tree["NewsIndexPage"]["en"].url)
    card = soup.select_one(f'main .card__title a[href="{english_page(translation).url}"]')
    assert card.find_parent("article").select_one("img")["alt"] == "A radio studio full of people"
    dutch_list = soup_of(client, site_tree["NewsIndexPage"]["nl"].url)
    dutch_card = dutch_list.select_one(f'main .card__title a[href="{dutch.url}"]')
    assert (
        dutch_card.find_parent("article").select_one("img")["alt"] == "Een radiostudio vol mensen"
    )
