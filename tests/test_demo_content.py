"""load_demo_content builds the whole bilingual site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site, get_page_models
from wagtail_localize.models import StringTranslation

from demo.builder import DemoBuilder
from events.models import EventPage, Venue
from programmes.models import NetworkPage, Partner, ProgrammePage, ThemePage
from tests.conftest import module_database
from tests.factories import PAGE_TYPES


def build_demo():
    DemoBuilder().build()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    yield from module_database(django_db_blocker, build_demo)


def snapshot():
    """Everything a second run could create or change."""
    return {
        "pages": list(Page.objects.order_by("path").values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "partners": Partner.objects.count(),
        "venues": Venue.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "last published": list(Page.objects.values_list("pk", "last_published_at")),
    }


def test_second_run_changes_nothing(db, demo_site, capsys):
    before = snapshot()
    call_command("load_demo_content")
    assert snapshot() == before
    assert "nothing changed" in capsys.readouterr().out


def test_every_page_type_exists_in_both_languages(db, demo_site):
    models = {model.__name__: model for model in get_page_models()}
    for name in PAGE_TYPES:
        for language in ("nl", "en"):
            live = models[name].objects.live().filter(locale__language_code=language)
            assert live.exists(), f"no live {name} in {language}"
    for model in (Partner, Venue):
        dutch = model.objects.filter(locale__language_code="nl")
        assert dutch.count() >= 7
        assert model.objects.filter(locale__language_code="en").count() == dutch.count()


def test_every_page_answers_200_in_both_languages(client, db, demo_site):
    english = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page
    dutch_pages = Page.objects.descendant_of(home, inclusive=True).live().specific()
    assert dutch_pages.count() >= 50
    translated_titles = 0
    for page in dutch_pages:
        translation = page.get_translation(english)
        assert translation.live and translation.alias_of_id is None
        translated_titles += translation.title != page.title
        for version in (page, translation):
            response = client.get(version.url)
            assert response.status_code == 200, version.url
            assert escape(version.title).encode() in response.content
    # Proper names (Brave New World, Naturalis) keep their name; most titles are translated.
    assert translated_titles > 0.7 * dutch_pages.count()


def test_site_address_is_the_one_the_admin_uses(db, demo_site, settings):
    """Absolute links (hreflang) then point where `make run` serves the site."""
    assert Site.objects.get(is_default_site=True).root_url == settings.WAGTAILADMIN_BASE_URL


def test_events_programmes_and_networks_all_have_a_theme(db, demo_site):
    for model in (EventPage, ProgrammePage, NetworkPage):
        pages = model.objects.all()
        assert pages.exists()
        for page in pages:
            assert page.theme_links.exists(), page


def test_agenda_has_upcoming_and_past_events(db, demo_site):
    now = timezone.now()
    dutch_events = EventPage.objects.filter(locale__language_code="nl")
    assert dutch_events.filter(start__gte=now).count() >= 5
    assert dutch_events.filter(end__lt=now).count() >= 3
    for event in dutch_events:
        assert timezone.localtime(event.start).tzname() in {"CET", "CEST"}


def test_demo_images_carry_alt_text_in_each_language(db, demo_site):
    for theme in ThemePage.objects.all():
        assert theme.listing_image is not None
        assert theme.card_image_alt
    dutch_theme = ThemePage.objects.filter(locale__language_code="nl").first()
    english_theme = dutch_theme.get_translation(Locale.objects.get(language_code="en"))
    assert english_theme.listing_image == dutch_theme.listing_image
    assert english_theme.card_image_alt != dutch_theme.card_image_alt
