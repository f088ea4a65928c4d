"""The admin as the editors use it, in Dutch at 1280 px: the event the journeys share and the
steps they take, for the editors' journeys (test_editor_journeys.py) and the guide's screens
(test_editors_guide.py). The fixtures that sign in as a role are in conftest.py.
"""

import datetime
from zoneinfo import ZoneInfo

from playwright.sync_api import expect
from wagtail_localize.synctree import create_aliases_for_new_page

from stad.events.models import EventIndexPage, Venue
from stad.events.models.occurrence import Status
from stad.programmes.models import Partner, ThemePage
from tests import factories

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SCREEN = {"width": 1280, "height": 900}
TITLE = "Lezing: de toekomst van Leiden"
INTRODUCTION = "Een avond over wetenschap in de stad."
PICTURE_DESCRIPTION = "Publiek luistert naar een spreker in de Pieterskerk"


def leave(context):
    """Close a tab's context once the server has answered what it was still asking.

    The admin keeps talking to the server by itself (the preview panel refreshes, the editor
    saves automatically). A request still running when the test ends would hold the database
    that the live server is about to empty ("database table is locked").
    """
    for page in context.pages:
        page.goto("about:blank")
        page.wait_for_timeout(500)
    context.close()


def dutch_agenda():
    return EventIndexPage.objects.get(locale__language_code="nl")


def amsterdam(day, hour):
    return datetime.datetime(2031, 2, day, hour, 0, tzinfo=AMSTERDAM)


def build_event(editor):
    """The event of journey 1 as the editor left it: a draft with an English untranslated copy."""
    event = factories.EventPageFactory(
        parent=dutch_agenda(),
        title=TITLE,
        introduction=INTRODUCTION,
        venue=Venue.objects.get(name="Pieterskerk"),
        spoken_language="en",
        live=False,
        owner=editor,
        dates=[
            (amsterdam(10, 20), amsterdam(10, 22)),
            (amsterdam(17, 20), amsterdam(17, 22)),
            (amsterdam(24, 20), amsterdam(24, 22), {"status": Status.CANCELLED}),
        ],
    )
    event.theme_links.create(theme=ThemePage.objects.get(title="Cultureel Erfgoed"))
    event.partner_links.create(partner=Partner.objects.get(name="Universiteit Leiden"))
    create_aliases_for_new_page(event)
    return event


def messages(page):
    """The messages at the top of the admin screen."""
    return page.locator("main [role=status]").first


def footer_actions(page):
    return page.get_by_role("navigation", name="Acties (footer)")


def type_date(page, field, value):
    """Type into a date field as an editor does, then leave it (the picker's blur runs)."""
    box = page.locator(f"input[name='{field}']")
    box.fill(value)
    page.keyboard.press("Tab")
    return box


def choose_in_dialog(page, opener, link_name, search=None):
    """Open a chooser with ``opener``, optionally search, and pick ``link_name``."""
    opener.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    if search:
        dialog.get_by_role("textbox", name="Zoekterm").fill(search)
    dialog.get_by_role("link", name=link_name, exact=True).first.click()
    expect(dialog).to_be_hidden()


def promote_a_page(page, term, title):
    """Instellingen → Uitgelichte zoekresultaten → a new promoted result for ``term``, with the
    page ``title`` chosen; left at the form, before *Toevoegen* (the guide pictures it there,
    the journey saves it)."""
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("button", name="Instellingen").click()
    page.get_by_role("link", name="Uitgelichte zoekresultaten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uitgelichte zoekresultaten")
    page.get_by_role("link", name="Voeg een uitgelicht resultaat toe").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuw: Uitgelicht zoekresultaat")
    page.get_by_role("textbox", name="Zoekterm(en)/uitdrukking*").fill(term)
    page.get_by_role("button", name="Voeg een uitgelicht resultaat toe").click()
    choose_in_dialog(page, page.get_by_role("button", name="Kies een pagina"), title, search=title)
    expect(footer_actions(page).get_by_role("button", name="Toevoegen")).to_be_visible()


def review_row(page, title):
    """The row of ``title`` in the dashboard's review queue."""
    queue = page.get_by_role("region", name="In afwachting van jouw beoordeling")
    return queue.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))


def approve_on_dashboard(page, title):
    row = review_row(page, title)
    row.get_by_role("button", name="Acties").click()
    row.get_by_role("button", name="Goedkeuren", exact=True).click()


def translate_segment(page, heading, english):
    """wagtail-localize's editor: "Vertaal" beside a segment, type, "Opslaan"."""
    segment = page.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name=heading, exact=True)
    )
    segment.get_by_role("button", name="Vertaal").click()
    segment.get_by_role("textbox").fill(english)
    segment.get_by_role("button", name="Opslaan").click()
    expect(segment).to_contain_text("Handmatig vertaald")


def status_row(page, title):
    """The row of ``title`` in Rapporten → Vertaalstatus."""
    return page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
