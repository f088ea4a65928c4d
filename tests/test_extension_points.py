"""Where an app above core adds to core's pages without core importing it.

News items are edited with the theme and partner panels of the programmes app, and the home
page offers the overviews that name it as their parent.
"""

from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from stad.core.models import HomePage, NewsPage


def test_the_news_editor_has_the_theme_and_partner_panels(editor_client, site_tree):
    index = site_tree["NewsIndexPage"]["nl"]
    response = editor_client.get(f"/admin/pages/add/home/newspage/{index.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert {"theme_links", "partner_links"} <= set(form.formsets)
    html = response.content.decode()
    # On the content tab ("inhoud": the admin speaks Dutch), after the body, as on the other
    # pages that link to themes and partners.
    sections = [
        html.index(f'id="panel-child-inhoud-{name}-section"')
        for name in ("body", "themas", "partners")
    ]
    assert sections == sorted(sections)


def test_an_editor_publishes_news_linked_to_a_theme(editor_client, site_tree):
    index = site_tree["NewsIndexPage"]["nl"]
    theme = site_tree["ThemePage"]["nl"]
    data = nested_form_data(
        {
            "title": "Erfgoed Deal toegekend",
            "slug": "erfgoed-deal-toegekend",
            "introduction": "",
            "date": "2026-11-02",
            "body": streamfield([]),
            "theme_links": inline_formset([{"theme": theme.pk}]),
            "partner_links": inline_formset([]),
            "listing_image_alt": "",
            "listing_title": "",
            "listing_summary": "",
            "seo_title": "",
            "search_description": "",
            "action-publish": "action-publish",
        }
    )
    response = editor_client.post(f"/admin/pages/add/home/newspage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    news = NewsPage.objects.get(slug="erfgoed-deal-toegekend", locale=index.locale)
    assert [link.theme_id for link in news.theme_links.all()] == [theme.pk]


def test_a_news_item_needs_a_theme(editor_client, site_tree):
    index = site_tree["NewsIndexPage"]["nl"]
    data = nested_form_data(
        {
            "title": "Zonder thema",
            "slug": "zonder-thema",
            "date": "2026-11-02",
            "body": streamfield([]),
            "theme_links": inline_formset([]),
            "partner_links": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = editor_client.post(f"/admin/pages/add/home/newspage/{index.pk}/", data)
    assert response.status_code == 200
    assert not NewsPage.objects.filter(slug="zonder-thema").exists()


def test_the_home_page_offers_exactly_what_names_it_as_parent(editor_client, site_tree):
    """Wagtail's own page, which names no parents, is not among them."""
    offered = {
        f"{model._meta.app_label}.{model.__name__}" for model in HomePage.allowed_subpage_models()
    }
    assert offered == {
        "home.StandardPage",
        "home.NewsIndexPage",
        "programmes.ProgrammeIndexPage",
        "programmes.ThemeIndexPage",
        "events.EventIndexPage",
    }
    # The overviews exist already (one per language), so the admin goes straight to the one
    # type left: a standard page.
    home = site_tree["HomePage"]["nl"]
    response = editor_client.get(f"/admin/pages/{home.pk}/add_subpage/")
    assert response.url == f"/admin/pages/add/home/standardpage/{home.pk}/"


def home_sections(client, home):
    soup = BeautifulSoup(client.get(home.url).content, "html.parser")
    return [
        (section.h2.get_text(strip=True), section.select_one(".section__more a")["href"])
        for section in soup.select("main section.section")
    ]


def test_the_home_page_shows_the_sections_the_apps_contribute(client, site_tree):
    home = site_tree["HomePage"]["nl"]
    assert home_sections(client, home) == [
        ("Binnenkort", site_tree["EventIndexPage"]["nl"].url),
        ("Vlaggenschipprogramma’s", site_tree["ProgrammeIndexPage"]["nl"].url),
        ("Laatste nieuws", site_tree["NewsIndexPage"]["nl"].url),
        ("Thema’s", site_tree["ThemeIndexPage"]["nl"].url),
    ]
    # Without a live agenda there is nothing to link to, and no section.
    Page.objects.get(pk=site_tree["EventIndexPage"]["nl"].pk).specific.unpublish()
    assert [heading for heading, _url in home_sections(client, home)] == [
        "Vlaggenschipprogramma’s",
        "Laatste nieuws",
        "Thema’s",
    ]
