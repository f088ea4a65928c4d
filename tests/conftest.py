import pytest
from wagtail.models import Locale, Page, Site

from tests import factories


@pytest.fixture
def dutch(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def translate_page(page, locale):
    """An English copy of a Dutch page with its own title, published: what a translator makes."""
    translation = page.copy_for_translation(locale)
    translation.title = f"EN {page.title}"
    translation.introduction = f"English introduction of {page.title}."
    translation.save_revision().publish()
    return translation.specific


@pytest.fixture
def site_tree(dutch, english):
    """One page of every type in Dutch and English, with the Dutch home as the site root.

    Returns {model name: {"nl": page, "en": page}}.
    """
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="home-nl", locale=dutch)
    Site.objects.update(root_page=home)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()

    venue = factories.VenueFactory()
    venue.copy_for_translation(english).save()
    partner = factories.PartnerFactory()
    partner.copy_for_translation(english).save()

    themes = factories.ThemeIndexPageFactory(parent=home, show_in_menus=True)
    theme = factories.ThemePageFactory(parent=themes)
    programmes = factories.ProgrammeIndexPageFactory(parent=home, show_in_menus=True)
    programme = factories.ProgrammePageFactory(parent=programmes)
    network = factories.NetworkPageFactory(parent=programmes)
    agenda = factories.EventIndexPageFactory(parent=home, show_in_menus=True)
    festival = factories.FestivalPageFactory(parent=agenda)
    event = factories.EventPageFactory(parent=festival, venue=venue)
    news_index = factories.NewsIndexPageFactory(parent=home, show_in_menus=True)
    news = factories.NewsPageFactory(parent=news_index)
    standard = factories.StandardPageFactory(parent=home)
    for page in (programme, network, event, news):
        page.theme_links.create(theme=theme)
        page.partner_links.create(partner=partner)
        page.save_revision().publish()

    pages = [home, themes, theme, programmes, programme, network, agenda, festival, event]
    pages += [news_index, news, standard]
    tree = {}
    for page in pages:
        tree[type(page).__name__] = {"nl": page, "en": translate_page(page, english)}
    return tree
