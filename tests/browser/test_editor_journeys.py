"""The editors' day of issue 17, walked in Chromium with the admin in Dutch at 1280 px.

Each journey is a test of its own, signed in as the role that walks it (Redacteur,
Eindredacteur, Vertaler), so a failure names the journey that broke. Every step asserts what the
editor sees (headings, buttons, messages, in the words of docs/editors.md) and, where a journey
publishes, what visitors see on the public pages in both languages.
"""

import datetime
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.models import Page

from stad.core.models import NewsPage
from stad.editorial.roles import EDITOR, MODERATOR, TRANSLATOR
from stad.events.models import EventPage
from stad.events.models.occurrence import Status
from tests.browser.editorial import (
    AMSTERDAM,
    INTRODUCTION,
    PICTURE_DESCRIPTION,
    SCREEN,
    TITLE,
    amsterdam,
    approve_on_dashboard,
    choose_in_dialog,
    dutch_agenda,
    footer_actions,
    messages,
    promote_a_page,
    review_row,
    status_row,
    translate_segment,
    type_date,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ENGLISH_TITLE = "Lecture: the future of Leiden"
ENGLISH_INTRODUCTION = "An evening about science in the city."
# Three Monday evenings in 2031; the last one is cancelled.
DATES = [
    ("10-02-2031 20:00", "10-02-2031 22:00", None),
    ("17-02-2031 20:00", "17-02-2031 22:00", None),
    ("24-02-2031 20:00", "24-02-2031 22:00", "Geannuleerd"),
]
DATE_FORMAT_MESSAGE = "Vul een datum en tijd in als 10-02-2027 20:00 (dag-maand-jaar uur:minuten)."
ALT_TEXT_MESSAGE = (
    "Beschrijf wat er op de afbeelding staat, of vink 'Deze afbeelding is decoratief' aan "
    "als zij niets toevoegt aan de tekst."
)


# --- set-up shared by the journeys (more in editorial.py and conftest.py) -------------------


def hreflangs(page):
    links = page.locator('head link[rel="alternate"][hreflang]')
    return {
        links.nth(i).get_attribute("hreflang"): links.nth(i).get_attribute("href")
        for i in range(links.count())
    }


# --- 1. Redacteur: create an event, preview, submit -------------------------------------------


def test_redacteur_creates_an_event_previews_and_submits_it(site, sign_in, visitor, picture):
    page = sign_in(EDITOR)
    agenda = dutch_agenda()
    page.goto(f"/admin/pages/{agenda.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Verkennen: Agenda")
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Maak een pagina in Agenda")
    page.get_by_role("link", name="Evenement", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuw: Evenement")

    page.get_by_role("textbox", name="Titel*").fill(TITLE)
    page.get_by_role("textbox", name="Inleiding").fill(INTRODUCTION)
    # Required: at least one date, so the heading carries the mark as a required field does.
    expect(page.get_by_role("heading", name="Datums*", exact=True)).to_be_visible()
    for index, (start, end, status) in enumerate(DATES):
        if index:
            page.get_by_role("button", name="Voeg Datum toe").click()
        type_date(page, f"occurrences-{index}-start", start)
        type_date(page, f"occurrences-{index}-end", end)
        if status:
            page.locator(f"select[name='occurrences-{index}-status']").select_option(label=status)
    choose_in_dialog(page, page.get_by_role("button", name="Kies locatie"), "Pieterskerk")
    expect(page.get_by_role("region", name="Waar")).to_contain_text("Pieterskerk")
    page.get_by_role("combobox", name="Voertaal*").select_option(label="Engels")
    choose_in_dialog(
        page,
        page.get_by_role("button", name="Kies een pagina (Thema)"),
        "Cultureel Erfgoed",
        search="Erfgoed",
    )
    page.get_by_role("button", name="Voeg Partner toe").click()
    choose_in_dialog(page, page.get_by_role("button", name="Kies partner"), "Universiteit Leiden")

    # The picture: on the content tab under Afbeelding (docs/editors.md), uploaded in the chooser
    # with its description.
    page.get_by_role("button", name="Kies een afbeelding").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Uploaden").click()
    dialog.get_by_label("Bestand").set_input_files(picture)
    dialog.get_by_role("textbox", name="Titel*").fill("Lezing in de Pieterskerk")
    dialog.get_by_role("textbox", name="Beschrijving").fill(PICTURE_DESCRIPTION)
    dialog.get_by_role("button", name="Uploaden").last.click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#id_listing_image-chooser")).to_contain_text("Lezing in de Pieterskerk")

    # The preview shows the page as visitors will see it, the cancelled date marked.
    page.get_by_role("button", name="Toon/verberg voorvertoning").click()
    # Wagtail swaps in a freshly loaded frame; the one with the id is the one shown.
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text(TITLE)
    main = preview.locator("main")
    for text in ("Pieterskerk", "Voertaal", "Engels", "Cultureel Erfgoed", "Universiteit Leiden"):
        expect(main).to_contain_text(text)
    expect(main).to_contain_text("maandag 24 februari 2031, 20:00–22:00 Geannuleerd")
    expect(main).to_contain_text("maandag 17 februari 2031, 20:00–22:00")
    page.get_by_role("button", name="Toon/verberg voorvertoning").click()

    # Submitting: the one action in the menu, no publishing on offer.
    footer_actions(page).get_by_role("button", name="Meer acties").click()
    expect(footer_actions(page).get_by_role("button", name="Publiceren")).to_have_count(0)
    footer_actions(page).get_by_role("button", name="Stuur door naar Eindredactie").click()
    expect(messages(page)).to_contain_text(f"Pagina '{TITLE}' is ter goedkeuring ingediend.")

    event = EventPage.objects.get(title=TITLE, locale__language_code="nl")
    assert not event.live
    page.goto(f"/admin/pages/{event.pk}/edit/")
    main_button = footer_actions(page).get_by_role("button").first
    expect(main_button).to_have_text("Ter beoordeling bij Eindredactie")

    # What was stored is what the editor typed (the draft under review).
    draft = event.get_latest_revision_as_object()
    dates = sorted(draft.occurrences.all(), key=lambda item: item.start)
    assert [timezone.localtime(item.start, AMSTERDAM) for item in dates] == [
        amsterdam(10, 20),
        amsterdam(17, 20),
        amsterdam(24, 20),
    ]
    assert [item.status for item in dates] == [Status.SCHEDULED] * 2 + [Status.CANCELLED]
    assert draft.venue.name == "Pieterskerk" and draft.spoken_language == "en"
    assert [link.theme.title for link in draft.theme_links.all()] == ["Cultureel Erfgoed"]
    assert [link.partner.name for link in draft.partner_links.all()] == ["Universiteit Leiden"]
    assert draft.listing_image.description == PICTURE_DESCRIPTION

    # Not public until reviewed.
    assert visitor.goto(urljoin(site, f"{dutch_agenda().url}{event.slug}/")).status == 404


# --- 2. Eindredacteur: the review queue first, approve, the page is public -------------------


def test_eindredacteur_finds_the_event_first_on_the_dashboard_and_approves_it(
    site, submitted_event, sign_in, visitor
):
    page = sign_in(MODERATOR)
    page.goto("/admin/")
    queue = page.get_by_role("region", name="In afwachting van jouw beoordeling")
    week = page.get_by_role("region", name=re.compile("^Deze week in de agenda"))
    expect(queue).to_be_visible()
    # First of the panels, and within the first screen (not below the fold).
    assert queue.bounding_box()["y"] < week.bounding_box()["y"]
    assert queue.bounding_box()["y"] < SCREEN["height"]
    expect(review_row(page, TITLE)).to_contain_text("Redacteur")

    approve_on_dashboard(page, TITLE)
    expect(messages(page)).to_have_text(f"'{TITLE}' is goedgekeurd en staat nu op de site.")
    expect(review_row(page, TITLE)).to_have_count(0)

    event = EventPage.objects.get(pk=submitted_event.pk)
    assert event.live
    visitor.goto(event.url)
    expect(visitor.locator("html")).to_have_attribute("lang", "nl")
    expect(visitor.locator("h1")).to_have_text(TITLE)
    main = visitor.locator("main")
    expect(main).to_contain_text(INTRODUCTION)
    expect(main).to_contain_text("maandag 24 februari 2031, 20:00–22:00 Geannuleerd")
    expect(main).to_contain_text("Pieterskerk")
    expect(main).to_contain_text("Cultureel Erfgoed")
    # Visitors find it with the site's search.
    visitor.goto(search_url("nl", "toekomst van Leiden"))
    expect(visitor.locator("main").get_by_role("link", name=TITLE).first).to_be_visible()
    # The English address offers the Dutch page under the notice, never a 404.
    english = Page.objects.get(alias_of=event, locale__language_code="en")
    assert visitor.goto(english.url).status == 200
    expect(visitor.locator("main .notice--untranslated")).to_be_visible()
    expect(visitor.locator("h1")).to_have_text(TITLE)


# --- 3. Vertaler: translate, send for review; Eindredacteur approves -------------------------


def assert_untranslated_in_english(visitor, dutch, english):
    """The English address: the notice, the Dutch content marked lang="nl"; hreflang on both
    pages offers only the Dutch."""
    visitor.goto(english.url)
    expect(visitor.locator("html")).to_have_attribute("lang", "en")
    expect(visitor.locator("main .notice--untranslated")).to_be_visible()
    heading = visitor.locator("h1")
    expect(heading).to_have_text(TITLE)
    expect(visitor.locator('main [lang="nl"]').filter(has=heading)).not_to_have_count(0)
    expect(visitor.locator("main")).not_to_contain_text(ENGLISH_TITLE)
    only_dutch = {"nl": dutch.full_url, "x-default": dutch.full_url}
    assert hreflangs(visitor) == only_dutch
    visitor.goto(dutch.url)
    assert hreflangs(visitor) == only_dutch


def test_vertaler_translates_the_event_and_eindredacteur_publishes_the_english(
    site, published_event, sign_in, visitor
):
    dutch = published_event
    english = Page.objects.get(alias_of=dutch, locale__language_code="en")
    translator = sign_in(TRANSLATOR)
    # What is left to translate: Rapporten → Vertaalstatus (docs/editors.md).
    translator.goto("/admin/")
    menu = translator.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("button", name="Rapporten").click()
    menu.get_by_role("link", name="Vertaalstatus").click()
    expect(status_row(translator, TITLE)).to_contain_text("Niet vertaald")
    status_row(translator, TITLE).get_by_role("link", name="Vertalen", exact=True).click()
    expect(translator.get_by_role("heading", level=1)).to_have_text(f"Vertaal pagina {TITLE}")
    expect(translator.get_by_role("checkbox", name="Engels")).to_be_checked()
    translator.get_by_role("button", name="Verzenden").click()
    expect(messages(translator)).to_contain_text("succesvol verzonden om in Engels vertaald")

    # While being translated: nothing English is public, and the report says where it stands.
    assert_untranslated_in_english(visitor, dutch, english)
    translator.goto("/admin/reports/translation-status/")
    expect(status_row(translator, TITLE)).to_contain_text("Wordt vertaald")
    status_row(translator, TITLE).get_by_role("link", name="Verder vertalen").click()
    expect(translator.get_by_role("heading", name="Titel", exact=True)).to_be_visible()

    translate_segment(translator, "Titel", ENGLISH_TITLE)
    translate_segment(translator, "Inleiding", ENGLISH_INTRODUCTION)
    review = translator.get_by_role("region", name="Beoordeling van deze vertaling")
    review.get_by_role("button", name="Vertaling ter beoordeling aanbieden").click()
    expect(messages(translator)).to_contain_text("is ter beoordeling aangeboden")
    expect(
        translator.get_by_role("button", name="Vertaling ter beoordeling aanbieden")
    ).to_have_count(0)

    # Submitted, not yet approved: still the Dutch under the notice.
    assert_untranslated_in_english(visitor, dutch, english)

    moderator = sign_in(MODERATOR)
    moderator.goto("/admin/")
    expect(review_row(moderator, ENGLISH_TITLE)).to_contain_text("Engels")
    approve_on_dashboard(moderator, ENGLISH_TITLE)
    expect(messages(moderator)).to_have_text(
        f"'{ENGLISH_TITLE}' is goedgekeurd en staat nu op de site."
    )

    english = Page.objects.get(pk=english.pk)
    visitor.goto(english.url)
    expect(visitor.locator("h1")).to_have_text(ENGLISH_TITLE)
    expect(visitor.locator("main")).to_contain_text(ENGLISH_INTRODUCTION)
    expect(visitor.locator("main .notice--untranslated")).to_have_count(0)
    both = {"nl": dutch.full_url, "en": english.full_url, "x-default": dutch.full_url}
    assert hreflangs(visitor) == both
    visitor.goto(dutch.url)
    expect(visitor.locator("h1")).to_have_text(TITLE)
    assert hreflangs(visitor) == both
    # Nothing left to do for the translator.
    translator.goto("/admin/reports/translation-status/")
    expect(translator.get_by_role("heading", level=1)).to_contain_text("Vertaalstatus")
    expect(status_row(translator, TITLE)).to_have_count(0)


# --- 4. Redacteur schedules a change to a news item; Eindredacteur sees when it goes live -----


def shown(moment):
    """Dutch DATETIME_FORMAT, "4 december 2026 20:00", as the admin shows a moment."""
    months = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
    return f"{moment.day} {months[moment.month - 1]} {moment.year} {moment:%H:%M}"


def test_redacteur_schedules_a_news_change_and_the_queue_shows_when_it_goes_live(
    site, team, sign_in, visitor
):
    news = (
        NewsPage.objects.live()
        .filter(locale__language_code="nl", alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    old_title, new_title = news.title, f"{news.title} (bijgewerkt)"
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(days=3), AMSTERDAM)
    go_live = go_live.replace(hour=20, minute=0, second=0, microsecond=0)

    editor = sign_in(EDITOR)
    editor.goto(f"/admin/pages/{news.pk}/edit/")
    editor.get_by_role("textbox", name="Titel*").fill(new_title)
    editor.get_by_role("button", name="Toon/verberg status").click()
    editor.get_by_role("button", name="Stel schema in").click()
    schedule = editor.get_by_role("dialog", name="Schema voor publicatie vaststellen")
    expect(schedule).to_be_visible()
    schedule.get_by_role("textbox", name="Publiceer op").fill(go_live.strftime("%d-%m-%Y %H:%M"))
    editor.keyboard.press("Tab")
    schedule.get_by_role("button", name="Schema opslaan").click()
    expect(schedule).to_be_hidden()
    footer_actions(editor).get_by_role("button", name="Meer acties").click()
    footer_actions(editor).get_by_role("button", name="Stuur door naar Eindredactie").click()
    expect(messages(editor)).to_contain_text(f"Pagina '{new_title}' is ter goedkeuring ingediend.")

    moderator = sign_in(MODERATOR)
    moderator.goto("/admin/")
    expect(review_row(moderator, new_title)).to_contain_text(f"Gaat live op {shown(go_live)}")
    moderator.goto(f"/admin/pages/{news.pk}/edit/")
    moderator.get_by_role("button", name="Toon/verberg status").click()
    expect(moderator.locator('[data-side-panel="status"]')).to_contain_text(
        f"Gaat live op: {shown(go_live)}"
    )
    moderator.goto("/admin/")
    approve_on_dashboard(moderator, new_title)
    expect(messages(moderator)).to_have_text(
        f"'{new_title}' is goedgekeurd en gaat live op {shown(go_live)}."
    )

    # Until then visitors read the published version, in both languages.
    visitor.goto(news.url)
    expect(visitor.locator("h1")).to_have_text(old_title)
    english = Page.objects.get(translation_key=news.translation_key, locale__language_code="en")
    english_title = english.title
    visitor.goto(english.url)
    expect(visitor.locator("h1")).to_have_text(english_title)
    assert NewsPage.objects.get(pk=news.pk).title == old_title


# --- 5. Eindredacteur improves search: a synonym group and a promoted result -----------------


def search_url(language, query):
    return {"nl": "/nl/zoeken/", "en": "/en/search/"}[language] + f"?q={query}"


def test_eindredacteur_adds_a_synonym_group_and_a_promoted_result(site, team, sign_in, visitor):
    page = sign_in(MODERATOR)
    page.goto("/admin/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Synoniemen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Synoniemen")
    page.get_by_role("link", name="Synoniemen toevoegen").click()
    page.get_by_role("textbox", name="Woorden die hetzelfde betekenen*").fill(
        "Dinomuseum, Naturalis"
    )
    footer_actions(page).get_by_role("button", name="Opslaan").click()
    expect(messages(page)).to_contain_text("Dinomuseum, Naturalis")
    expect(page.get_by_role("link", name="Dinomuseum, Naturalis")).to_be_visible()

    # A visitor's word that is on no page finds the pages naming the other, in both languages.
    for language in ("nl", "en"):
        visitor.goto(search_url(language, "Dinomuseum"))
        expect(visitor.locator("main")).to_contain_text("Naturalis")

    # The promoted result: under Instellingen, as docs/editors.md says.
    promote_a_page(page, "vrijwilligers", "Privacyverklaring")
    footer_actions(page).get_by_role("button", name="Toevoegen").click()
    expect(messages(page)).to_contain_text("vrijwilligers")

    privacy = Page.objects.get(title="Privacyverklaring")
    visitor.goto(search_url("nl", "vrijwilligers"))
    promoted = visitor.get_by_role("region", name="Aanbevolen")
    expect(promoted.get_by_role("link", name="Privacyverklaring")).to_have_attribute(
        "href", re.compile(re.escape(privacy.url) + "$")
    )
    # A pick is of a page in one language: the English search never recommends the Dutch page.
    visitor.goto(search_url("en", "vrijwilligers"))
    expect(visitor.locator("html")).to_have_attribute("lang", "en")
    expect(visitor.get_by_role("region", name="Recommended")).to_have_count(0)
    expect(visitor.locator(f'main a[href$="{privacy.url}"]')).to_have_count(0)


# --- 6. Typical mistakes, each answered in Dutch ---------------------------------------------


def upload_without_description(page, picture):
    """In the event's image chooser: a file and a title, no description, no 'decorative'."""
    page.goto(f"/admin/pages/add/events/eventpage/{dutch_agenda().pk}/")
    page.get_by_role("button", name="Kies een afbeelding").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Uploaden").click()
    dialog.get_by_label("Bestand").set_input_files(picture)
    dialog.get_by_role("textbox", name="Titel*").fill("Zonder beschrijving")
    dialog.get_by_role("button", name="Uploaden").last.click()
    return dialog


def test_an_upload_without_alt_text_is_refused_in_dutch(site, sign_in, picture):
    dialog = upload_without_description(sign_in(EDITOR), picture)
    expect(dialog.get_by_text(ALT_TEXT_MESSAGE)).to_be_visible()
    expect(dialog.get_by_role("textbox", name="Beschrijving")).to_have_attribute(
        "aria-invalid", "true"
    )
    expect(dialog.get_by_role("textbox", name="Titel*")).to_have_value("Zonder beschrijving")
    assert not get_image_model().objects.filter(title="Zonder beschrijving").exists()


def chosen_files(dialog):
    return dialog.get_by_label("Bestand").evaluate("input => [...input.files].map(f => f.name)")


def test_the_chosen_file_is_kept_after_the_alt_text_error(site, sign_in, picture):
    page = sign_in(EDITOR)
    dialog = upload_without_description(page, picture)
    expect(dialog.get_by_text(ALT_TEXT_MESSAGE)).to_be_visible()
    # static/js/admin/keep-chosen-upload.js puts the file back into the form Wagtail reshows.
    assert chosen_files(dialog) == ["pieterskerk.png"]
    dialog.get_by_role("textbox", name="Beschrijving").fill(PICTURE_DESCRIPTION)
    dialog.get_by_role("button", name="Uploaden").last.click()
    expect(dialog).to_be_hidden()
    # The event's picture, on the content tab under Afbeelding.
    expect(page.locator("#id_listing_image-chooser")).to_contain_text("Zonder beschrijving")
    image = get_image_model().objects.get(title="Zonder beschrijving")
    assert image.description == PICTURE_DESCRIPTION
    assert (image.width, image.height) == (800, 500)


def test_a_refused_file_is_not_kept_for_the_next_try(site, sign_in, tmp_path):
    """A file the server refuses (not a picture) has to be chosen again; only the other fields'
    errors keep it."""
    broken = Path(tmp_path) / "kapot.png"
    broken.write_bytes(b"geen afbeelding")
    page = sign_in(EDITOR)
    dialog = upload_without_description(page, broken)
    expect(dialog.get_by_label("Bestand")).to_have_attribute("aria-invalid", "true")
    assert chosen_files(dialog) == []
    assert not get_image_model().objects.filter(title="Zonder beschrijving").exists()


def test_the_multiple_uploader_says_the_picture_waits_for_its_description(site, sign_in, picture):
    images = get_image_model().objects
    before = images.count()  # the demo site's
    page = sign_in(EDITOR)
    page.goto("/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(picture)
    upload = page.locator("#upload-list > li").first
    expect(upload.get_by_text("Geüpload, nog niet opgeslagen")).to_be_visible()
    expect(upload).not_to_contain_text("Upload geslaagd")
    assert images.count() == before

    upload.get_by_role("textbox", name="Titel*").fill("Pieterskerk")
    upload.get_by_role("textbox", name="Beschrijving").fill(PICTURE_DESCRIPTION)
    upload.get_by_role("button", name="Bijwerken").click()
    expect(messages(page)).to_contain_text("Afbeelding opgeslagen.")
    assert images.count() == before + 1
    assert images.get(title="Pieterskerk").description == PICTURE_DESCRIPTION


def test_end_before_start_and_an_empty_title_are_explained_and_the_typed_date_is_kept(
    site, sign_in
):
    page = sign_in(EDITOR)
    page.goto(f"/admin/pages/add/events/eventpage/{dutch_agenda().pk}/")
    type_date(page, "occurrences-0-start", "10-02-2031 20:00")
    type_date(page, "occurrences-0-end", "10-02-2031 18:00")
    footer_actions(page).get_by_role("button", name="Bewaar concept").click()
    expect(messages(page)).to_contain_text(
        "De pagina kon niet aangemaakt worden vanwege validatiefouten."
    )
    title = page.get_by_role("region", name="Titel*")
    expect(title).to_contain_text("Dit is een verplicht veld.")
    expect(page.get_by_text("Het einde moet na het begin liggen.")).to_be_visible()
    expect(page.locator("input[name='occurrences-0-start']")).to_have_value("10-02-2031 20:00")
    expect(page.locator("input[name='occurrences-0-end']")).to_have_value("10-02-2031 18:00")
    expect(page.get_by_text("Kies een locatie, geef een onlinelink, of allebei.")).to_be_visible()

    # Put right, it saves, and the date is stored as typed: Dutch time.
    page.get_by_role("textbox", name="Titel*").fill("Datum zoals getypt")
    type_date(page, "occurrences-0-end", "10-02-2031 22:00")
    choose_in_dialog(page, page.get_by_role("button", name="Kies locatie"), "Pieterskerk")
    theme = page.get_by_role("region", name="Thema 1")
    expect(theme).to_contain_text("Dit is een verplicht veld.")
    choose_in_dialog(
        page,
        theme.get_by_role("button", name="Kies een pagina (Thema)"),
        "Cultureel Erfgoed",
        search="Erfgoed",
    )
    footer_actions(page).get_by_role("button", name="Bewaar concept").click()
    expect(messages(page)).to_contain_text("Datum zoals getypt")
    event = EventPage.objects.get(title="Datum zoals getypt", locale__language_code="nl")
    (date,) = event.get_latest_revision_as_object().occurrences.all()
    assert date.start == amsterdam(10, 20)
    assert date.end == amsterdam(10, 22)
    expect(page.locator("input[name='occurrences-0-start']")).to_have_value("10-02-2031 20:00")


def test_a_date_in_words_gets_the_dutch_format_message(site, sign_in):
    page = sign_in(EDITOR)
    page.goto(f"/admin/pages/add/events/eventpage/{dutch_agenda().pk}/")
    page.get_by_role("textbox", name="Titel*").fill("Datum in woorden")
    start = type_date(page, "occurrences-0-start", "10 februari 2031")
    type_date(page, "occurrences-0-end", "10-02-2031 22:00")
    expect(start).to_have_value("10 februari 2031")
    footer_actions(page).get_by_role("button", name="Bewaar concept").click()
    expect(page.get_by_text(DATE_FORMAT_MESSAGE)).to_be_visible()
    expect(page.locator("input[name='occurrences-0-start']")).to_have_value("10 februari 2031")
    assert not EventPage.objects.filter(title="Datum in woorden").exists()


def test_a_redacteur_is_not_offered_publishing(site, sign_in):
    page = sign_in(EDITOR)
    news = (
        NewsPage.objects.live()
        .filter(locale__language_code="nl", alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    page.goto(f"/admin/pages/{news.pk}/edit/")
    actions = footer_actions(page)
    expect(actions.get_by_role("button").first).to_have_text("Bewaar concept")
    actions.get_by_role("button", name="Meer acties").click()
    expect(actions.get_by_role("button", name="Stuur door naar Eindredactie")).to_be_visible()
    expect(actions.get_by_role("button", name=re.compile("Publiceer"))).to_have_count(0)

    # Nor in the list of pages: selecting a page offers no bulk publishing.
    page.goto(f"/admin/pages/{news.get_parent().pk}/")
    page.get_by_role("checkbox", name="Selecteer").first.check()
    bulk = page.locator("[data-bulk-action-footer]")
    expect(bulk).to_be_visible()
    expect(bulk.get_by_text("Publiceren", exact=True)).to_have_count(0)
    expect(bulk.get_by_text("Publicatie intrekken", exact=True)).to_have_count(0)
