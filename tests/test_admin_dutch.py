"""The admin speaks Dutch to every role, with the words of the editors' guide (docs/editors.md).

Each role opens the screens of its everyday work; the visible text (and the sidebar menu, which
the page carries as JSON) holds none of a list of English words, no words glued together by a
catalogue that lost a space, and the guide's names for what the editor works on.
"""

import datetime
import json
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from bs4.element import NavigableString, TemplateString
from django.conf import settings
from django.utils import timezone
from wagtail.models import TaskState
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from stad.editorial.roles import EDITOR, MODERATOR, TRANSLATOR
from tests import factories
from tests.scaffolding import member

# Chosen after reading every screen below in Dutch: what Wagtail, wagtail-localize or Django
# left in English there, and the English of the buttons and menus an editor uses most.
ENGLISH = [
    "More actions",
    "Actions",
    "Locale",
    "locale",
    "translation",
    "Translation",
    "ago",
    "now",
    "Publish",
    "Unpublish",
    "Save draft",
    "Submit",
    "Add child page",
    "Dashboard",
    "Editor Guide",
    "Checks",
    "Content metrics",
    "Minimap",
    "Default",
    "Preview",
    "Delete",
    "Edit",
    "Cancel",
    "Translate",
    "Sync",
    "Settings",
    "Reports",
    "Pages",
    "Images",
    "Error",
    "Page not found",
    # Dates written by a format that ignores the language ("1 December 2026").
    *[
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    *["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
]
# Words the screens used before the guide's: the page type, the dates section, "taalregio".
FORMER_WORDS = ["Activiteit", "Data", "Taalregio"]
# English no catalogue can reach: wagtail-localize's translations report names two filters by
# their field names and counts its rows by a model without a translated name.
UNTRANSLATABLE = {"translations": r"Source locale|Target locale|\b\d+ translations?\b"}
# "inEngels", "metDummy-vertaler", "aangemaakt inStad", "1-14van 14", "Nederlandspagina": a
# catalogue lost a space.
GLUED = re.compile(r"\b(?:in|met|van|naar)(?=[A-Z])|\d(?:van|of)\b|\b(?:Nederlands|Engels)pagina")


def sidebar(soup):
    """Every object in the sidebar's props, which the page carries as JSON for its script."""
    props = soup.find("script", id="wagtail-sidebar-props")
    pending = [json.loads(props.string)] if props else []
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            yield value
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)


def visible_text(response):
    """What the screen shows: its text and the sidebar's menu labels, without scripts, styles,
    icons, attributes or URLs. Hidden parts (dropdown menus, dialogs) count: they open. A
    chooser answers with JSON that holds its dialog's HTML."""
    content = response.content
    if response["Content-Type"].startswith("application/json"):
        content = json.loads(content)["html"]
    soup = BeautifulSoup(content, "html.parser")
    labels = [item["label"] for item in sidebar(soup) if isinstance(item.get("label"), str)]
    for element in soup(["script", "style", "svg"]):
        element.decompose()
    # Dialogs (the publishing schedule) wait in <template>s, which get_text leaves out by default.
    text = soup.get_text(" ", types=(NavigableString, TemplateString))
    return " ".join(text.split() + labels)


def english_in(text):
    return [word for word in ENGLISH + FORMER_WORDS if re.search(rf"\b{word}\b", text)]


@pytest.fixture
def team(roles):
    """One member of each role."""
    return {role: member(role, roles) for role in (EDITOR, MODERATOR, TRANSLATOR)}


@pytest.fixture
def in_review(team, site_tree):
    """The Dutch event, submitted by an editor to the review six minutes ago."""
    event = site_tree["EventPage"]["nl"]
    event.get_workflow().start(event, team[EDITOR])
    six_minutes_ago = timezone.now() - datetime.timedelta(minutes=6)
    TaskState.objects.filter(workflow_state__object_id=str(event.pk)).update(
        started_at=six_minutes_ago
    )
    return event


@pytest.fixture
def being_translated(site_tree, english):
    """A new Dutch event whose English a translator has started in wagtail-localize."""
    event = factories.EventPageFactory(parent=site_tree["EventIndexPage"]["nl"])
    event.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(event)
    Translation.objects.create(source=source, target_locale=english).save_target(publish=False)
    return event.get_translation(english)


@pytest.fixture
def untranslated_copy(site_tree, english):
    """A new Dutch news item whose English is still wagtail-localize's copy (an alias)."""
    news = factories.NewsPageFactory(parent=site_tree["NewsIndexPage"]["nl"])
    news.save_revision().publish()
    create_aliases_for_new_page(news)
    return news.get_translation(english)


# What each role opens in a working day: name -> URL, from the site tree and the pages at work
# (``work.event`` is in review, ``work.translation`` is being translated).
WRITING = {
    "dashboard": lambda tree, work: "/admin/",
    "agenda in the explorer": lambda tree, work: f"/admin/pages/{tree['EventIndexPage']['nl'].pk}/",
    "choosing the type of a new page": lambda tree, work: (
        f"/admin/pages/{tree['EventIndexPage']['nl'].pk}/add_subpage/"
    ),
    "new event": lambda tree, work: (
        f"/admin/pages/add/events/eventpage/{tree['EventIndexPage']['nl'].pk}/"
    ),
    "event in review": lambda tree, work: f"/admin/pages/{work.event.pk}/edit/",
    "its history": lambda tree, work: f"/admin/pages/{work.event.pk}/history/",
    "its review history": lambda tree, work: f"/admin/pages/{work.event.pk}/workflow_history/",
    "news item": lambda tree, work: f"/admin/pages/{tree['NewsPage']['nl'].pk}/edit/",
    "venues": lambda tree, work: "/admin/snippets/events/venue/",
    "new venue": lambda tree, work: "/admin/snippets/events/venue/add/",
    "partners": lambda tree, work: "/admin/snippets/programmes/partner/",
    "event sources": lambda tree, work: "/admin/snippets/event_sources/eventsource/",
    "new event source": lambda tree, work: "/admin/snippets/event_sources/eventsource/add/",
    "images": lambda tree, work: "/admin/images/",
    "adding images": lambda tree, work: "/admin/images/multiple/add/",
    "synonyms": lambda tree, work: "/admin/snippets/search/synonymgroup/",
    # The choosers open in a dialog; their answer carries the dialog's HTML.
    "choosing a page": lambda tree, work: "/admin/choose-page/",
    "choosing a venue": lambda tree, work: "/admin/snippets/choose/events/venue/",
    "choosing a partner": lambda tree, work: "/admin/snippets/choose/programmes/partner/",
    "choosing a picture": lambda tree, work: "/admin/images/chooser/",
    "linking to another site": lambda tree, work: "/admin/choose-external-link/",
    "searching pages": lambda tree, work: "/admin/pages/search/?q=leiden",
}
REVIEWING = WRITING | {
    "promoted search results": lambda tree, work: "/admin/searchpicks/",
    "searches that find little": lambda tree, work: "/admin/reports/searches-that-find-little/",
    "locked pages": lambda tree, work: "/admin/reports/locked/",
    "site history": lambda tree, work: "/admin/reports/site-history/",
    "translations": lambda tree, work: "/admin/localize/reports/translations/",
}
TRANSLATING = {
    "dashboard": lambda tree, work: "/admin/",
    "English agenda in the explorer": lambda tree, work: (
        f"/admin/pages/{tree['EventIndexPage']['en'].pk}/"
    ),
    "translation editor": lambda tree, work: f"/admin/pages/{work.translation.pk}/edit/",
    "untranslated copy": lambda tree, work: f"/admin/pages/{work.copy.pk}/edit/",
    "translation status": lambda tree, work: "/admin/reports/translation-status/",
    "translations": lambda tree, work: "/admin/localize/reports/translations/",
    "English event": lambda tree, work: f"/admin/pages/{tree['EventPage']['en'].pk}/edit/",
    "partners": lambda tree, work: "/admin/snippets/programmes/partner/",
}
SCREENS = {EDITOR: WRITING, MODERATOR: REVIEWING, TRANSLATOR: TRANSLATING}


@pytest.fixture
def screen(client, team, site_tree, in_review, being_translated, untranslated_copy):
    """Open a screen as a member of ``role`` and return its visible text, in the Dutch the
    admin speaks by default (no user has chosen another language)."""
    work = SimpleNamespace(event=in_review, translation=being_translated, copy=untranslated_copy)

    def open_screen(role, name):
        client.force_login(team[role])
        url = SCREENS[role][name](site_tree, work)
        response = client.get(url)
        assert response.status_code == 200, f"{name} ({url}): {response.status_code}"
        return re.sub(UNTRANSLATABLE.get(name, "^$"), "", visible_text(response))

    return open_screen


@pytest.mark.parametrize(
    ("role", "name"),
    [
        pytest.param(role, name, id=f"{role.name}: {name}")
        for role in SCREENS
        for name in SCREENS[role]
    ],
)
def test_every_screen_of_a_role_is_in_dutch(screen, role, name):
    text = screen(role, name)
    assert english_in(text) == []
    assert GLUED.findall(text) == []


def menu(client):
    """The sidebar's menus as {menu: [its items]}, as the dashboard carries them."""
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return {
        item["_args"][0]["label"]: [child["_args"][0]["label"] for child in item["_args"][1]]
        for item in sidebar(soup)
        if item.get("_type") == "wagtail.sidebar.SubMenuItem"
    }


# The words docs/editors.md uses for what an editor looks for on a screen, and that screen.
GUIDE_WORDS = {
    (EDITOR, "choosing the type of a new page"): ["Evenement"],
    (EDITOR, "agenda in the explorer"): ["Evenement"],
    (EDITOR, "new event"): [
        "Evenement",
        "Datums",
        "Verplaatst naar een nieuwe datum",
        "Geannuleerd",
        "Hele dag",
        "Waar",
        "Locatie",
        "Onlinelink",
        "Voertaal",
        "Voor wie",
        "Toegankelijkheid",
        "Prijs en tickets",
        "Gratis toegang",
        "Stuur door naar Eindredactie",
        "Eigenschappen",
        "Zo ziet deze pagina eruit in overzichten",
        "Afbeelding",
        "Beschrijving van de afbeelding",
        "Op de locatie",
        "Rolstoeltoegankelijkheid en ringleiding",
        "Zoals bij de locatie",
        "Anders voor dit evenement",
    ],
    (EDITOR, "new venue"): ["Toegankelijkheid", "Rolstoeltoegankelijk", "Ringleiding"],
    (MODERATOR, "event in review"): ["Stel schema in", "Publiceer op", "Vervaldatum/tijd"],
    (EDITOR, "event in review"): ["Ter beoordeling bij Eindredactie", "Beoordeling afbreken"],
    (MODERATOR, "dashboard"): ["In afwachting van jouw beoordeling", "Wijzigingsverzoek"],
}


@pytest.mark.parametrize(("role", "name"), GUIDE_WORDS)
def test_the_guide_and_the_screen_use_the_same_words(screen, role, name):
    guide = " ".join((settings.BASE_DIR / "docs" / "editors.md").read_text().split())
    text = screen(role, name)
    for word in GUIDE_WORDS[role, name]:
        assert word in guide, f"docs/editors.md does not say {word!r}"
        assert re.search(rf"\b{re.escape(word)}\b", text), f"{name} does not show {word!r}"


def test_the_menus_are_where_the_guide_says(client, team):
    # docs/editors.md, "Zoeken beter maken" and "Een pagina vertalen".
    client.force_login(team[MODERATOR])
    menus = menu(client)
    assert "Uitgelichte zoekresultaten" in menus["Instellingen"]
    assert {"Zoekopdrachten die weinig vinden", "Vertaalstatus"} <= set(menus["Rapporten"])
    client.force_login(team[TRANSLATOR])
    assert "Vertaalstatus" in menu(client)["Rapporten"]


def test_a_review_says_in_dutch_how_long_it_has_waited(screen):
    # Wagtail's naturaltime comes from Django's humanize catalogue ("6 minutes ago").
    assert "6 minuten geleden" in screen(MODERATOR, "event in review")


def javascript_catalogue(client, url):
    script = client.get(url).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.DOTALL).group(1))


def test_the_translation_editors_buttons_keep_their_spaces(client, team):
    # The script adds the language or the translator after these words: "Publiceer in het
    # Engels", "Vertaal met Dummy-vertaler". The page itself cannot show them without a browser.
    client.force_login(team[TRANSLATOR])
    catalogue = javascript_catalogue(client, "/admin/localize/jsi18n/")
    assert catalogue["Publish in "] == "Publiceer in het "
    assert catalogue["Translate with "] == "Vertaal met "
    assert catalogue["Translate all missing strings with "].endswith(" ")
