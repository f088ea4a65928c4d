"""The editors' forms fit the content (issue 17, item 5): choosers open where the pages and
snippets of the page's own language are, and the event's picture is on the content tab."""

import json
import re
from html import unescape

import pytest
from bs4 import BeautifulSoup

from stad.core.choosers import starting_page
from stad.programmes.models import ThemePage

LANGUAGES = ["nl", "en"]
# Page types that link to themes and partners, and the form that opens them.
LINKING = ["EventPage", "NewsPage", "ProgrammePage", "NetworkPage"]


def choosers(html):
    """{field id: the options its chooser starts with} of every page and snippet chooser."""
    return {
        field_id: json.loads(options)
        for field_id, options in re.findall(
            r'new (?:Page|Snippet)Chooser\("([^"]+)", (\{.*?\})\);', html
        )
    }


def edit_form(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def new_form(client, page_type, parent):
    response = client.get(f"/admin/pages/add/{page_type}/{parent.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def modal(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.json()


# --- Choosers ---------------------------------------------------------------------------------


def opened_at(client, options, chosen):
    """Where Wagtail's page chooser script opens the chooser with ``options``: at its modal URL,
    with the parent of the chosen page appended once a page is chosen (page-chooser.js keeps
    ``parentId`` only with a value). Returns the chooser's answer."""
    url = options["modalUrl"]
    if chosen and "parentId" in options:
        url += f"{options['parentId']}/"
    return modal(client, url, page_type=",".join(options["modelNames"]))


def listed_titles(answer):
    return BeautifulSoup(answer["html"], "html.parser").get_text(" ")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", LINKING)
def test_the_theme_chooser_opens_at_the_theme_overview_of_the_pages_language(
    editor_client, site_tree, page_type, language
):
    themes = site_tree["ThemeIndexPage"][language]
    found = choosers(edit_form(editor_client, site_tree[page_type][language]))
    # The row for a new theme, and the row of the theme already linked.
    for field_id, chosen in (
        ("id_theme_links-__prefix__-theme", False),
        ("id_theme_links-0-theme", True),
    ):
        options = found[field_id]
        assert options["modelNames"] == ["programmes.themepage"]
        answer = opened_at(editor_client, options, chosen)
        assert answer["parent_page_id"] == themes.pk, field_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_event_offers_the_themes_of_its_language_first(editor_client, site_tree, language):
    agenda = site_tree["EventIndexPage"][language]
    found = choosers(new_form(editor_client, "events/eventpage", agenda))
    answer = opened_at(editor_client, found["id_theme_links-__prefix__-theme"], chosen=False)

    # Wagtail's own view, opened at the theme overview of the page's language.
    assert answer["parent_page_id"] == site_tree["ThemeIndexPage"][language].pk
    listed = listed_titles(answer)
    theme = site_tree["ThemePage"][language]
    other = site_tree["ThemePage"]["en" if language == "nl" else "nl"]
    assert theme.title in listed
    assert other.title not in listed


def test_a_theme_chosen_in_another_language_does_not_lead_the_chooser_there(
    editor_client, site_tree
):
    """The English copy of a page links to the Dutch theme; choosing another opens among the
    English themes."""
    english = site_tree["EventPage"]["en"]
    assert english.theme_links.get().theme.locale.language_code == "nl"
    options = choosers(edit_form(editor_client, english))["id_theme_links-0-theme"]
    answer = opened_at(editor_client, options, chosen=True)
    assert answer["parent_page_id"] == site_tree["ThemeIndexPage"]["en"].pk


def test_wagtails_own_start_for_themes_would_be_the_root(editor_client, site_tree):
    """Why the choosers are told where to open: themes in two languages have only the root of
    the site above them all, which is where Wagtail's chooser opens by itself."""
    answer = modal(editor_client, "/admin/choose-page/", page_type="programmes.themepage")
    assert answer["parent_page_id"] == site_tree["HomePage"]["nl"].get_parent().pk


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("page_type", "field_id", "snippet"),
    [
        ("EventPage", "id_venue", "Venue"),
        ("EventPage", "id_partner_links-__prefix__-partner", "Partner"),
        ("FestivalPage", "id_partner_links-__prefix__-partner", "Partner"),
        ("NewsPage", "id_partner_links-__prefix__-partner", "Partner"),
    ],
)
def test_partner_and_venue_choosers_list_those_of_the_pages_language(
    editor_client, site_tree, page_type, field_id, snippet, language
):
    from stad.events.models import Venue
    from stad.programmes.models import Partner

    model = {"Venue": Venue, "Partner": Partner}[snippet]
    url = choosers(edit_form(editor_client, site_tree[page_type][language]))[field_id]["modalUrl"]
    assert url.endswith(f"?locale={language}")

    html = modal(editor_client, url)["html"]
    soup = BeautifulSoup(html, "html.parser")
    chosen_links = {link["href"] for link in soup.select("a[href*='/chosen/']")}
    ours = {item.pk for item in model.objects.filter(locale__language_code=language)}
    shown = {int(re.search(r"/chosen/(\d+)/", href).group(1)) for href in chosen_links}
    assert shown and shown <= ours
    # The chooser's own language filter shows the language, so the editor can change it.
    language_filter = soup.find("select", attrs={"name": "locale"})
    assert language_filter.find("option", selected=True)["value"] == language


def test_before_the_first_theme_the_chooser_opens_at_the_empty_overview(db, site_tree, english):
    ThemePage.objects.filter(locale=english).delete()
    assert starting_page([ThemePage], english) == site_tree["ThemeIndexPage"]["en"]


# --- The event's picture ----------------------------------------------------------------------


def tab_of(soup, field_id):
    return soup.find(id=field_id).find_parent(attrs={"role": "tabpanel"})["id"]


def label_of(soup, field_id):
    return " ".join(soup.find("label", attrs={"for": field_id}).get_text(" ").split())


def test_the_events_picture_is_on_the_content_tab_as_afbeelding(editor_client, site_tree):
    soup = BeautifulSoup(edit_form(editor_client, site_tree["EventPage"]["nl"]), "html.parser")
    assert tab_of(soup, "id_listing_image") == "tab-inhoud"
    assert tab_of(soup, "id_listing_image_alt") == "tab-inhoud"
    assert label_of(soup, "id_listing_image") == "Afbeelding"
    assert label_of(soup, "id_listing_image_alt") == "Beschrijving van de afbeelding"
    help_text = soup.find(id=re.compile("listing_image-helptext$")).get_text()
    assert "bovenaan de pagina van het evenement" in help_text
    assert "kaartje in de agenda" in help_text
    # What stays on the Eigenschappen tab says where the picture went.
    assert tab_of(soup, "id_listing_title") == "tab-eigenschappen"
    assert "staat op het tabblad Inhoud, onder Afbeelding" in soup.find(
        id="tab-eigenschappen"
    ).get_text(" ")


def test_other_pages_keep_their_listing_picture_on_the_eigenschappen_tab(editor_client, site_tree):
    soup = BeautifulSoup(edit_form(editor_client, site_tree["NewsPage"]["nl"]), "html.parser")
    assert tab_of(soup, "id_listing_image") == "tab-eigenschappen"
    assert label_of(soup, "id_listing_image") == "Afbeelding in overzichten"


def test_the_picture_chosen_on_the_content_tab_is_the_events_listing_image(
    editor_client, site_tree
):
    """The same field as before: nothing to migrate, cards and the page show it as they did."""
    from wagtail_factories import ImageFactory

    from stad.events.models import EventPage
    from tests.test_admin import add_event, event_form

    picture = ImageFactory(description="Een volle zaal in de Pieterskerk")
    data = event_form(
        site_tree,
        [("2027-01-14 20:00", "2027-01-14 22:00", "scheduled", "")],
        listing_image=picture.pk,
        listing_image_alt="Publiek luistert naar een lezing",
    )
    response = add_event(editor_client, site_tree, data)
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(
        slug="science-cafe-stad-als-laboratorium", locale__language_code="nl"
    )
    assert event.listing_image == picture
    assert event.card_image_alt == "Publiek luistert naar een lezing"
    page = editor_client.get(event.url).content.decode()
    assert 'alt="Publiek luistert naar een lezing"' in page


# --- Required marks ---------------------------------------------------------------------------

REQUIRED_MARK = "w-required-mark"


def heading_with_mark(soup, text):
    """Whether a panel's heading (or a field's label) reading ``text`` carries the mark."""
    for heading in soup.select("[data-panel-heading-text]"):
        if heading.get_text(strip=True) == text:
            return heading.parent.find(class_=REQUIRED_MARK) is not None
    raise AssertionError(f"no heading {text!r}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_that_need_a_row_carry_the_required_mark(editor_client, site_tree, language):
    agenda = site_tree["EventIndexPage"][language]
    soup = BeautifulSoup(new_form(editor_client, "events/eventpage", agenda), "html.parser")
    assert heading_with_mark(soup, "Datums")  # at least one date
    assert heading_with_mark(soup, "Thema’s")  # at least one theme
    assert not heading_with_mark(soup, "Partners")  # none is fine


def test_the_alt_text_of_a_picture_in_the_body_carries_the_required_mark(editor_client, site_tree):
    """Wagtail's block form draws the mark from a child block's "required" in the body's
    definition, which the page form carries as data."""
    html = unescape(edit_form(editor_client, site_tree["EventPage"]["nl"]))
    alt_text = re.search(r'"_args": \["alt_text", .*?"required": (\w+)', html)
    assert alt_text.group(1) == "true"
    assert "Niet nodig als de afbeelding decoratief is" in html


def test_a_decorative_picture_in_the_body_still_needs_no_alt_text(site_tree):
    from wagtail.blocks import StructBlockValidationError
    from wagtail_factories import ImageFactory

    from stad.core.blocks import FigureBlock

    image_block = FigureBlock().child_blocks["image"]
    picture = ImageFactory()
    decorative = image_block.to_python({"image": picture.pk, "decorative": True, "alt_text": ""})
    assert image_block.clean(decorative) == decorative
    undescribed = image_block.to_python({"image": picture.pk, "decorative": False, "alt_text": ""})
    with pytest.raises(StructBlockValidationError):
        image_block.clean(undescribed)


def test_the_description_of_an_upload_carries_the_required_mark(editor_client):
    soup = BeautifulSoup(editor_client.get("/admin/images/add/").content, "html.parser")
    label = soup.find("label", attrs={"for": "id_description"})
    assert label.find(class_=REQUIRED_MARK) is not None
    # Not enforced by the browser: a decorative image is saved without one.
    assert not soup.find(id="id_description").has_attr("required")
