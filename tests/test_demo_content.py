"""load_demo_content builds the whole bilingual site, and a second run changes nothing."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, Site, get_page_models
from wagtail_localize.models import StringTranslation

from stad.events.models import (
    ACCESS_FEATURES,
    AUDIENCES,
    AccessibilitySource,
    EventOccurrence,
    EventPage,
    FestivalPage,
    SpokenLanguage,
    Status,
    Venue,
)
from stad.programmes.models import NetworkPage, Partner, ProgrammePage, ThemePage
from stad.translations.status import pages_to_translate
from tests.demo_site import build_demo_with_renditions
from tests.factories import PAGE_TYPES
from tests.scaffolding import module_fixture

demo_site = module_fixture(build_demo_with_renditions)


def snapshot():
    """Everything a second run could create or change."""
    return {
        "pages": list(Page.objects.order_by("path").values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "partners": Partner.objects.count(),
        "venues": Venue.objects.count(),
        "dates": list(
            EventOccurrence.objects.order_by("pk").values_list(
                "pk", "event_id", "start", "end", "all_day", "status", "previous_start", "sequence"
            )
        ),
        "string translations": StringTranslation.objects.count(),
        "last published": list(Page.objects.values_list("pk", "last_published_at")),
    }


def test_second_run_changes_nothing(db, demo_site, capsys):
    # The command's first run adds the roles, their users and the demo agenda source's drafts
    # to what the builder made (``demo_site``).
    call_command("load_demo_content")
    capsys.readouterr()
    before = snapshot()
    call_command("load_demo_content")
    assert snapshot() == before
    out = capsys.readouterr().out
    assert "nothing changed" in out and "0 nieuw, 0 gewijzigd, 0 geannuleerd" in out


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
        assert translation.live
        if translation.alias_of_id is not None:  # the one untranslated page, tested below
            continue
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


def dutch_events():
    return EventPage.objects.filter(locale__language_code="nl")


def dutch_dates():
    return EventOccurrence.objects.filter(event__locale__language_code="nl")


def test_agenda_has_upcoming_and_past_events(db, demo_site):
    now = timezone.now()
    assert dutch_events().filter(occurrences__start__gte=now).distinct().count() >= 5
    assert dutch_events().filter(occurrences__end__lt=now).distinct().count() >= 3
    for occurrence in dutch_dates():
        assert timezone.localtime(occurrence.start).tzname() in {"CET", "CEST"}


def test_every_event_has_dates_and_its_translation_the_same_dates(db, demo_site):
    english = Locale.objects.get(language_code="en")
    for event in dutch_events():
        schedule = [item.schedule() for item in event.dates()]
        assert schedule, event
        assert [item.schedule() for item in event.get_translation(english).dates()] == schedule


def test_a_recurring_series_with_a_cancelled_date(db, demo_site):
    now = timezone.now()
    series = [event for event in dutch_events() if len(event.dates()) >= 4]
    assert series
    cafe = series[0]
    statuses = [item.status for item in cafe.dates()]
    assert Status.CANCELLED in statuses
    assert any(item.end < now for item in cafe.dates())
    assert sum(item.start > now for item in cafe.dates()) >= 3


def test_dates_that_are_sold_out_moved_or_all_day(db, demo_site):
    assert dutch_dates().filter(status=Status.SOLD_OUT).exists()
    postponed = dutch_dates().filter(status=Status.POSTPONED)
    assert postponed.exists()
    for occurrence in postponed:
        assert occurrence.previous_start is not None
        assert occurrence.previous_start != occurrence.start
    for occurrence in dutch_dates().filter(all_day=True):
        start, end = timezone.localtime(occurrence.start), timezone.localtime(occurrence.end)
        assert (start.time(), end.time()) == (datetime.time(0), datetime.time(23, 59))
    assert dutch_dates().filter(all_day=True).exists()


def test_spoken_languages_and_prices(db, demo_site):
    languages = set(dutch_events().values_list("spoken_language", flat=True))
    assert {SpokenLanguage.ENGLISH, SpokenLanguage.NONE, SpokenLanguage.BOTH} <= languages
    assert dutch_events().filter(is_free=True, price__isnull=True).exists()
    paid = dutch_events().filter(is_free=False)
    assert paid.exists()
    assert not paid.filter(price__isnull=True).exists()
    with_note = paid.exclude(price_note="")
    assert with_note.exists()
    english = Locale.objects.get(language_code="en")
    for event in with_note:
        assert event.get_translation(english).price_note not in {"", event.price_note}


@pytest.mark.parametrize("flag", AUDIENCES + ACCESS_FEATURES, ids=lambda flag: flag.slug)
def test_every_audience_and_accessibility_feature_is_used(db, demo_site, flag):
    assert dutch_events().filter(**{flag.field: True}).exists()


def test_events_follow_their_venues_accessibility_or_say_they_differ(db, demo_site):
    """The demo shows both: events that take their venue's features, and events that differ."""
    english = Locale.objects.get(language_code="en")
    following = dutch_events().filter(accessibility_source=AccessibilitySource.VENUE)
    differing = dutch_events().filter(
        accessibility_source=AccessibilitySource.EVENT, venue__isnull=False
    )
    assert following.exists() and differing.exists()
    assert any(event.access_features for event in following)
    for event in following:
        translation = event.get_translation(english)
        assert translation.accessibility_source == AccessibilitySource.VENUE
        assert translation.access_features == event.access_features


def test_every_event_says_who_it_is_for(db, demo_site):
    for event in dutch_events():
        assert event.audiences, event


def test_online_only_and_hybrid_events(db, demo_site):
    online = dutch_events().exclude(online_url="")
    assert online.filter(venue__isnull=True).exists()
    assert online.filter(venue__isnull=False).exists()
    assert not dutch_events().filter(venue__isnull=True, online_url="").exists()


def test_a_festival_runs_sessions_on_several_days(db, demo_site):
    days_per_festival = []
    for festival in FestivalPage.objects.filter(locale__language_code="nl"):
        days = {item.local_start.date() for item in festival.get_dates()}
        days_per_festival.append(len(days))
    assert max(days_per_festival) >= 3


def test_something_happens_this_week_and_this_weekend(db, demo_site):
    """The agenda's 'this weekend' (the coming Saturday and Sunday) is never empty."""
    now = timezone.now()
    today = timezone.localdate()
    sunday = today + datetime.timedelta(days=6 - today.weekday())
    saturday = max(today, sunday - datetime.timedelta(days=1))
    upcoming = dutch_dates().filter(end__gte=now).exclude(status=Status.CANCELLED)
    assert upcoming.filter(start__date__lte=today + datetime.timedelta(days=7)).count() >= 3
    this_weekend = [
        item
        for item in upcoming
        if item.local_start.date() <= sunday and item.local_end.date() >= saturday
    ]
    assert this_weekend


def test_demo_images_carry_alt_text_in_each_language(db, demo_site):
    for theme in ThemePage.objects.all():
        assert theme.listing_image is not None
        assert theme.card_image_alt
    dutch_theme = ThemePage.objects.filter(locale__language_code="nl").first()
    english_theme = dutch_theme.get_translation(Locale.objects.get(language_code="en"))
    assert english_theme.listing_image == dutch_theme.listing_image
    assert english_theme.card_image_alt != dutch_theme.card_image_alt


def test_one_page_is_left_untranslated_and_says_so_in_english(client, db, demo_site):
    english = Locale.objects.get(language_code="en")
    untranslated = Page.objects.filter(locale=english, alias_of__isnull=False)
    assert untranslated.count() == 1
    copy = untranslated.get()
    original = copy.alias_of
    assert original.locale.language_code == "nl" and copy.title == original.title
    response = client.get(copy.url)
    assert response.status_code == 200
    assert b"This page is not available in English yet." in response.content


def test_translation_status_report_lists_only_the_untranslated_page(db, demo_site):
    english = Locale.objects.get(language_code="en")
    untranslated = Page.objects.get(locale=english, alias_of__isnull=False)
    listed = pages_to_translate(english)
    assert [(page.pk, page.translation_status) for page in listed] == [
        (untranslated.alias_of_id, "missing")
    ]


# Languages over the whole demo tree ------------------------------------------------------------


def test_hreflang_and_switcher_are_reciprocal_on_every_page(client, db, demo_site):
    """Every live page in both trees: its hreflang set is the same on each page it names, and
    its switcher links lead to a page (never a 404) that links straight back, except where a
    page has no translation, which the switcher then says."""
    soups = {}

    def soup(url):
        path = urlsplit(url).path
        if path not in soups:
            response = client.get(path)
            assert response.status_code == 200, path
            soups[path] = BeautifulSoup(response.content, "html.parser")
        return soups[path]

    def alternates(url):
        links = soup(url).select('head link[rel="alternate"][hreflang]')
        return {link["hreflang"]: link["href"] for link in links}

    pages = Page.objects.filter(depth__gt=1).live().select_related("locale")
    assert pages.count() >= 100
    notes = []
    for page in pages:
        language = page.locale.language_code
        other = "en" if language == "nl" else "nl"
        untranslated_copy = page.alias_of_id is not None
        named = alternates(page.url)
        assert named["x-default"] == named["nl"], page.url
        if untranslated_copy:
            assert page.full_url not in named.values()
        else:
            assert named[language] == page.full_url
        for url in named.values():
            assert alternates(url) == named, f"{page.url} and {url} name different alternates"

        link = soup(page.url).select_one(f'nav.language-switcher a[hreflang="{other}"]')
        note = link.select_one(".language-switcher__note")
        target = soup(link["href"])  # never a dead end
        if note is not None:
            notes.append(page)
            assert other not in named
            continue
        assert urlsplit(named[other]).path == link["href"]
        back = target.select_one(f'nav.language-switcher a[hreflang="{language}"]')
        if untranslated_copy:
            # The Dutch original has no English version to link back to, and says so.
            assert back.select_one(".language-switcher__note") is not None
        else:
            assert back["href"] == page.url, f"{link['href']} does not link back to {page.url}"
    # Only the Dutch original of the one untranslated page has no English to link to.
    assert [(page.locale.language_code, page.alias_of_id) for page in notes] == [("nl", None)]


def test_sitemap_lists_every_translated_page_with_its_hreflang_set(client, db, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespaces = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    xhtml = "{http://www.w3.org/1999/xhtml}link"
    entries = {
        url.find("sm:loc", namespaces).text: {
            link.get("hreflang"): link.get("href") for link in url.iter(xhtml)
        }
        for url in ET.fromstring(response.content).findall("sm:url", namespaces)
    }
    pages = Page.objects.filter(depth__gt=1).live()
    assert set(entries) == {page.full_url for page in pages.filter(alias_of__isnull=True)}
    for page in pages.filter(alias_of__isnull=True):
        html = BeautifulSoup(client.get(page.url).content, "html.parser")
        links = html.select('head link[rel="alternate"][hreflang]')
        assert entries[page.full_url] == {link["hreflang"]: link["href"] for link in links}


# Findability and the accessibility statement ---------------------------------------------------


def test_every_page_has_a_title_of_its_own(client, db, demo_site):
    """Search results show the title: two pages with the same one look like duplicates."""
    titles = {}
    for page in Page.objects.filter(depth__gt=1).live().exclude(alias_of__isnull=False):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        title = BeautifulSoup(response.content, "html.parser").title.get_text()
        assert title.strip(), page.url
        titles.setdefault(title, []).append(page.url)
    duplicates = {title: urls for title, urls in titles.items() if len(urls) > 1}
    assert not duplicates
    assert len(titles) >= 100


STATEMENT_SECTIONS = {
    "nl": [
        "Status",
        "Wat nog niet voldoet",
        "Wat we eraan doen",
        "Contact en een probleem melden",
        "Niet tevreden?",
    ],
    "en": [
        "Compliance status",
        "What does not comply yet",
        "What we are doing about it",
        "Contact and reporting a problem",
        "Not satisfied?",
    ],
}
STATEMENT_FACTS = {
    "nl": [
        "voldoet gedeeltelijk",
        "WCAG 2.1",
        "Datum van deze verklaring: 29 november 2026",
        "Laatste controle: 29 november 2026",
        "Pdf-documenten",
        "toegankelijkheid@example.nl",
        "Nationale ombudsman",
    ],
    "en": [
        "partially compliant",
        "WCAG 2.1",
        "Date of this statement: 29 November 2026",
        "Last checked: 29 November 2026",
        "PDF documents",
        "toegankelijkheid@example.nl",
        "National Ombudsman",
    ],
}


@pytest.mark.parametrize(
    ("language", "slug"), [("nl", "toegankelijkheid"), ("en", "accessibility")]
)
def test_the_accessibility_statement_is_built_like_the_governments(
    client, db, demo_site, language, slug
):
    statement = Page.objects.live().get(locale__language_code=language, slug=slug)
    response = client.get(statement.url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").select_one("main")
    headings = [heading.get_text(strip=True) for heading in main.select("h2")]
    assert headings == STATEMENT_SECTIONS[language]
    text = " ".join(main.get_text(" ").split())
    for fact in STATEMENT_FACTS[language]:
        assert fact in text
    # The footer links every visitor to it.
    footer = BeautifulSoup(response.content, "html.parser").select_one("footer")
    assert footer.find("a", href=statement.url) is not None


def test_the_demo_partner_agenda_waits_for_review_and_mails_nobody(demo_installation):
    """`make run` shows imported events awaiting review, and its output ends with the sign-in
    lines and the source's summary: the demo's reviewers are not mailed about the demo's own
    drafts (development prints every mail into that output). Run as `make run` runs it: the
    development settings, in a process of its own, on a database of its own."""
    _folder, _env, output = demo_installation
    assert "Subject:" not in output
    assert output.strip().endswith("3 nieuw, 0 gewijzigd, 0 geannuleerd.")
