"""The screens of docs/editors.md, walked in Chromium with the admin in Dutch at 1280 px.

One test per journey of the guide, signed in as the role that walks it. Each checks that the
screen shows the words the guide uses for it (and that the guide still uses them), and that the
guide shows its picture. With ``DOCS_SCREENSHOTS`` set to a folder (``make docs-screenshots``
sets docs/images) each test also writes that picture, so the guide's screenshots are made by
the code that checks them; without it (``make test-browser``, CI) nothing is written.
"""

import io
import os
import re
from pathlib import Path

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from playwright.sync_api import expect

from stad.core.models import NewsPage
from stad.editorial.roles import EDITOR, MODERATOR, TRANSLATOR
from tests.browser.editorial import (
    INTRODUCTION,
    PICTURE_DESCRIPTION,
    TITLE,
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

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "editors.md"
# The guide refers to its pictures as ![alt text](images/<name>.png).
PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(images/(?P<name>[\w-]+)\.png\)")


def guide_text():
    """docs/editors.md with its line breaks and runs of spaces as single spaces."""
    return " ".join(GUIDE.read_text().split())


def guide_pictures():
    """{name: alt text} of the pictures docs/editors.md shows."""
    return {match["name"]: match["alt"] for match in PICTURE.finditer(guide_text())}


@pytest.fixture
def illustrate():
    """``illustrate(page_or_element, name, words)``, once the test has checked the screen: the
    guide shows the picture images/<name>.png, described, and uses ``words`` (the screen's
    labels); with DOCS_SCREENSHOTS naming a folder, the picture is written there first.

    A page gives the window (1280 × 900), an element only itself. The picture is reduced to 256
    colours: admin screens are flat colours and text, and the files stay small in the repository.
    """
    folder = os.environ.get("DOCS_SCREENSHOTS")

    def illustrate(target, name, words):
        if folder:
            shot = Image.open(io.BytesIO(target.screenshot(animations="disabled")))
            path = Path(folder) / f"{name}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            shot.convert("RGB").quantize(colors=256).save(path, optimize=True)
        assert guide_pictures().get(name), f"docs/editors.md shows no images/{name}.png, described"
        guide = guide_text()
        missing = [word for word in words if word not in guide]
        assert not missing, f"the screen says {missing}, docs/editors.md does not"

    return illustrate


def scroll_to_top(page):
    """Scroll the admin's content (its own scrolling box, not the window) back to the top."""
    page.locator("#main").evaluate("main => main.scrollTo({top: 0, behavior: 'instant'})")


# --- Een evenement publiceren ------------------------------------------------------------------


def test_publishing_an_event_the_event_form(site, sign_in, illustrate):
    page = sign_in(EDITOR)
    page.goto(f"/admin/pages/{dutch_agenda().pk}/")
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    page.get_by_role("link", name="Evenement", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuw: Evenement")
    page.get_by_role("textbox", name="Titel*").fill(TITLE)
    page.get_by_role("textbox", name="Inleiding").fill(INTRODUCTION)
    expect(page.get_by_role("heading", name=re.compile("^Datums"))).to_be_visible()
    type_date(page, "occurrences-0-start", "10-02-2031 20:00")
    type_date(page, "occurrences-0-end", "10-02-2031 22:00")
    # Further down the form, as the guide's steps name them.
    for heading in ("Waar", "Voor wie", "Prijs en tickets", "Toegankelijkheid"):
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_attached()
    where = page.get_by_role("region", name="Waar")
    expect(where.get_by_role("button", name="Kies locatie")).to_be_attached()
    expect(where.get_by_role("textbox", name="Onlinelink")).to_be_attached()
    expect(page.get_by_role("combobox", name="Voertaal*")).to_have_value("nl")
    # Free entry is ticked to begin with; a price is for when it is not.
    expect(page.get_by_role("checkbox", name="Gratis toegang")).to_be_checked()
    expect(page.get_by_role("spinbutton", name="Prijs in euro")).to_be_attached()
    expect(page.get_by_role("button", name="Kies een pagina (Thema)")).to_be_attached()
    expect(footer_actions(page).get_by_role("button").first).to_have_text("Bewaar concept")
    footer_actions(page).get_by_role("button", name="Meer acties").click()
    submit = footer_actions(page).get_by_role("button", name="Stuur door naar Eindredactie")
    expect(submit).to_be_visible()
    # The top of the form as the editor fills it in, the menu with "submit" open below.
    expect(page.locator("label[for='id_listing_image']")).to_have_text("Afbeelding")
    scroll_to_top(page)
    page.mouse.move(0, 0)
    illustrate(
        page,
        "evenement-publiceren",
        [
            "Voeg onderliggende pagina toe",
            "Evenement",
            "Afbeelding",
            "Beschrijving van de afbeelding",
            "Datums",
            "Waar",
            "Kies locatie",
            "Onlinelink",
            "Voertaal",
            "Voor wie",
            "Prijs en tickets",
            "Gratis toegang",
            "Prijs in euro",
            "Toegankelijkheid",
            "Bewaar concept",
            "Stuur door naar Eindredactie",
        ],
    )


# --- Controleren en goedkeuren -----------------------------------------------------------------


def test_reviewing_the_dashboard_with_the_review_queue(site, submitted_event, sign_in, illustrate):
    page = sign_in(MODERATOR)
    page.goto("/admin/")
    queue = page.get_by_role("region", name="In afwachting van jouw beoordeling")
    expect(queue).to_be_visible()
    expect(page.get_by_role("region", name=re.compile("^Deze week in de agenda"))).to_be_visible()
    row = review_row(page, TITLE)
    expect(row).to_contain_text("Redacteur")
    row.get_by_role("button", name="Acties").click()
    expect(row.get_by_role("button", name="Goedkeuren", exact=True)).to_be_visible()
    expect(row.get_by_role("button", name="Wijzigingsverzoek", exact=True)).to_be_visible()
    expect(row.get_by_role("button", name="Goedkeuren met opmerking", exact=True)).to_be_visible()
    illustrate(
        page,
        "controleren-en-goedkeuren",
        [
            "In afwachting van jouw beoordeling",
            "Deze week in de agenda",
            "Goedkeuren",
            "Goedkeuren met opmerking",
            "Wijzigingsverzoek",
        ],
    )


# --- Afbeeldingen en alt-tekst -----------------------------------------------------------------


def test_images_the_upload_in_the_chooser_with_its_description(site, sign_in, picture, illustrate):
    page = sign_in(EDITOR)
    page.goto(f"/admin/pages/add/events/eventpage/{dutch_agenda().pk}/")
    # An event's picture is on its content tab, under Afbeelding.
    expect(page.locator("label[for='id_listing_image']")).to_have_text("Afbeelding")
    page.get_by_role("button", name="Kies een afbeelding").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Uploaden").click()
    dialog.get_by_label("Bestand").set_input_files(picture)
    dialog.get_by_role("textbox", name="Titel*").fill("Lezing in de Pieterskerk")
    dialog.get_by_role("textbox", name="Beschrijving").fill(PICTURE_DESCRIPTION)
    expect(dialog.get_by_role("checkbox", name="Deze afbeelding is decoratief")).not_to_be_checked()
    illustrate(
        dialog,
        "afbeelding-beschrijving",
        [
            "Afbeelding",
            "Kies een afbeelding",
            "Uploaden",
            "Deze afbeelding is decoratief",
        ],
    )


# --- Een pagina vertalen -----------------------------------------------------------------------


def test_translating_wagtail_localize_editor_with_the_review_action(
    site, published_event, sign_in, illustrate, settings
):
    # The development translator (it reverses words) is not what editors have: production
    # offers DeepL with a key, otherwise no machine translation.
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    page = sign_in(TRANSLATOR)
    page.goto("/admin/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("button", name="Rapporten").click()
    menu.get_by_role("link", name="Vertaalstatus").click()
    status_row(page, TITLE).get_by_role("link", name="Vertalen", exact=True).click()
    expect(page.get_by_role("checkbox", name="Engels")).to_be_checked()
    page.get_by_role("button", name="Verzenden").click()
    expect(messages(page)).to_contain_text("succesvol verzonden om in Engels vertaald")
    # Straight into the translation editor; later, the report leads back to it.
    expect(page.get_by_role("heading", name="Titel", exact=True)).to_be_visible()
    page.goto("/admin/reports/translation-status/")
    expect(status_row(page, TITLE)).to_contain_text("Wordt vertaald")
    status_row(page, TITLE).get_by_role("link", name="Verder vertalen").click()
    translate_segment(page, "Titel", "Lecture: the future of Leiden")
    segments = page.get_by_role("listitem")
    title = segments.filter(has=page.get_by_role("heading", name="Titel", exact=True))
    expect(title.get_by_role("button", name="Bewerk")).to_be_visible()
    introduction = segments.filter(has=page.get_by_role("heading", name="Inleiding", exact=True))
    expect(introduction.get_by_role("button", name="Vertaal")).to_be_visible()
    # The bar at the bottom offers a translator stopping the translation aid, not converting
    # the page back to a copy of the Dutch (that is the Eindredactie's).
    expect(page.get_by_role("button", name="Stop synchrone vertaling")).to_be_visible()
    expect(page.get_by_role("link", name="Naar alias-pagina omzetten")).to_have_count(0)
    review = page.get_by_role("region", name="Beoordeling van deze vertaling")
    expect(review.get_by_role("button", name="Vertaling ter beoordeling aanbieden")).to_be_visible()
    # The segments and, below them, the way to the review, in one window.
    review.scroll_into_view_if_needed()
    page.mouse.move(0, 0)
    illustrate(
        page,
        "pagina-vertalen",
        [
            "Rapporten → Vertaalstatus",
            "Vertalen",
            "Engels",
            "Verzenden",
            "Verder vertalen",
            "Vertaal",
            "Opslaan",
            "Bewerk",
            "Vertaling ter beoordeling aanbieden",
            "Stop synchrone vertaling",
            "Naar alias-pagina omzetten",
        ],
    )


# --- Publicatie plannen ------------------------------------------------------------------------


def test_scheduling_the_schedule_dialog(site, sign_in, illustrate):
    news = (
        NewsPage.objects.live()
        .filter(locale__language_code="nl", alias_of__isnull=True)
        .order_by("path")
        .first()
    )
    page = sign_in(EDITOR)
    page.goto(f"/admin/pages/{news.pk}/edit/")
    page.get_by_role("button", name="Toon/verberg status").click()
    page.get_by_role("button", name="Stel schema in").click()
    schedule = page.get_by_role("dialog", name="Schema voor publicatie vaststellen")
    expect(schedule).to_be_visible()
    go_live = schedule.get_by_role("textbox", name="Publiceer op")
    go_live.fill("10-02-2031 09:00")
    # The calendar that opens at the field closes when the editor clicks beside it.
    calendar = page.locator(".xdsoft_datetimepicker:visible")
    expect(calendar).to_have_count(1)
    schedule.get_by_role("heading", name="Schema voor publicatie vaststellen").click()
    expect(calendar).to_have_count(0)
    expect(go_live).to_have_value("10-02-2031 09:00")
    expect(schedule.get_by_role("textbox", name="Vervaldatum/tijd")).to_be_visible()
    expect(schedule.get_by_role("button", name="Schema opslaan")).to_be_visible()
    # The note the guide explains: a Redacteur's schedule holds once the Eindredactie approves.
    expect(schedule).to_contain_text("alleen degenen met publicatie-permissies")
    # Behind the dialog, the page from its title (focusing the field may have scrolled it).
    scroll_to_top(page)
    illustrate(
        page,
        "publicatie-plannen",
        ["Status", "Stel schema in", "Publiceer op", "Vervaldatum/tijd", "Schema opslaan"],
    )


# --- Zoeken beter maken ------------------------------------------------------------------------


def test_improving_search_a_promoted_result(site, sign_in, illustrate):
    page = sign_in(MODERATOR)
    page.goto("/admin/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link", name="Synoniemen")).to_be_visible()
    promote_a_page(page, "vrijwilligers", "Privacyverklaring")
    # The search term at the top, the chosen page below it: choosing scrolled the form down,
    # and the chooser's shade fades out after the chooser.
    scroll_to_top(page)
    expect(page.locator(".modal-backdrop")).to_have_count(0)
    page.mouse.move(0, 0)
    illustrate(
        page,
        "zoeken-uitgelicht-resultaat",
        [
            "Synoniemen",
            "Instellingen → Uitgelichte zoekresultaten",
            "Voeg een uitgelicht resultaat toe",
            "Zoekterm(en)/uitdrukking",
            "Kies een pagina",
            "Toevoegen",
        ],
    )


# --- Partners en locaties ----------------------------------------------------------------------


def test_partners_and_venues_a_venue_with_review_and_locking(site, sign_in, illustrate):
    page = sign_in(EDITOR)
    page.goto("/admin/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Locaties").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Locaties")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_contain_text("Partners")
    page.get_by_role("link", name="Pieterskerk", exact=True).click()
    page.get_by_role("button", name="Toon/verberg status").click()
    status = page.get_by_role("complementary", name="Status")
    expect(status.get_by_role("checkbox", name="Vergrendelen")).to_be_visible()
    expect(footer_actions(page).get_by_role("button").first).to_have_text("Bewaar concept")
    footer_actions(page).get_by_role("button", name="Meer acties").click()
    expect(
        footer_actions(page).get_by_role("button", name="Stuur door naar Eindredactie")
    ).to_be_visible()
    expect(footer_actions(page).get_by_role("button", name=re.compile("Publiceer"))).to_have_count(
        0
    )
    page.mouse.move(0, 0)
    illustrate(
        page,
        "partners-en-locaties",
        [
            "Partners",
            "Locaties",
            "Status",
            "Vergrendelen",
            "Bewaar concept",
            "Stuur door naar Eindredactie",
        ],
    )


# --- Inloggen in twee stappen ------------------------------------------------------------------

# An example key (RFC 6238's test key), so the QR code in the guide is the same on every run and
# belongs to no one: the test's user exists only for this test.
EXAMPLE_KEY = "3132333435363738393031323334353637383930"


def test_two_step_sign_in_setting_up_the_app(site, team, sign_in, illustrate):
    TOTPDevice.objects.create(
        user=team[EDITOR.name], name="authenticator", confirmed=False, key=EXAMPLE_KEY
    )
    page = sign_in(EDITOR)
    page.goto("/admin/")
    page.get_by_role("button", name="Redacteur").click()
    page.get_by_role("complementary", name="Zijbalk").get_by_role("link", name="Account").click()
    page.get_by_role("tab", name="Acties").click()
    page.get_by_role("link", name="Inloggen in twee stappen instellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen in twee stappen instellen")
    expect(page.get_by_role("img", name=re.compile("QR-code"))).to_be_visible()
    expect(page.get_by_role("button", name="Bevestigen en doorgaan")).to_be_visible()
    # The set-up card only, without the admin's background.
    illustrate(
        page.get_by_role("main"),
        "inloggen-in-twee-stappen",
        [
            "Account",
            "Acties",
            "Inloggen in twee stappen instellen",
            "QR-code",
            "Bevestigen en doorgaan",
        ],
    )
