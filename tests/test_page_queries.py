"""Every public page type makes at most 20 SQL queries, in Dutch and in English, and as many with
a dozen items to list as with two.

A miss of the page cache (off in test settings) costs what these count: the second visit to a
page, as a running site with warm caches sees it. The site is built once for the module and grows
between the two counts; ``pytest -s`` prints the table.
"""

import datetime
import itertools

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail_factories import ImageFactory
from wagtail_localize.synctree import create_aliases_for_new_page

from tests import factories
from tests.factories import PAGE_TYPES
from tests.scaffolding import build_site_tree, count_queries, module_fixture

MOST_QUERIES = 20
FEW, MANY = 2, 12
SERIAL = itertools.count()  # titles, and so slugs, stay unique across both sizes


def add_items(tree, count):
    """``count`` of everything a page lists: events with dates and pictures in the festival and
    the agenda, news, programmes and networks linked to the theme, dates of the event page,
    themes; all found by a search for "Leiden", with the untranslated English copies that
    wagtail-localize keeps of new Dutch pages, and a news item and an event translated into
    English."""
    theme = tree["ThemePage"]["nl"]
    first = timezone.now() + datetime.timedelta(days=1)
    event = tree["EventPage"]["nl"]
    made = []
    for _ in range(count):
        number = next(SERIAL)
        image = ImageFactory()
        start = first + datetime.timedelta(hours=number)
        dates = [(start, start + datetime.timedelta(hours=1))]
        week_later = start + datetime.timedelta(days=7)
        dates.append((week_later, week_later + datetime.timedelta(hours=1)))
        pages = [
            factories.EventPageFactory(
                parent=tree[parent]["nl"],
                title=f"Leiden lezing {parent} {number}",
                listing_image=image,
                for_families=True,
                dates=dates,
            )
            for parent in ("FestivalPage", "EventIndexPage")
        ]
        pages.append(
            factories.NewsPageFactory(
                parent=tree["NewsIndexPage"]["nl"],
                title=f"Leiden nieuws {number}",
                listing_image=image,
            )
        )
        for factory in (factories.ProgrammePageFactory, factories.NetworkPageFactory):
            pages.append(
                factory(
                    parent=tree["ProgrammeIndexPage"]["nl"],
                    title=f"Leiden samen {number} {factory.__name__}",
                    listing_image=image,
                )
            )
        for page in pages:
            page.theme_links.create(theme=theme)
            page.save_revision().publish()
            create_aliases_for_new_page(page)
        made += pages
        # Another theme for the theme overview to list (and, in English, its copy).
        other_theme = factories.ThemePageFactory(
            parent=tree["ThemeIndexPage"]["nl"],
            title=f"Leiden thema {number}",
            listing_image=image,
        )
        other_theme.save_revision().publish()
        create_aliases_for_new_page(other_theme)
        # And a news item and an event that translators have put into English.
        translated = [
            factories.NewsPageFactory(parent=tree["NewsIndexPage"]["nl"], listing_image=image),
            factories.EventPageFactory(
                parent=tree["EventIndexPage"]["nl"], listing_image=image, dates=dates
            ),
        ]
        for page in translated:
            page.theme_links.create(theme=theme)
            page.save_revision().publish()
            english = page.copy_for_translation(tree_locale("en"))
            english.title = f"Leiden in English {type(page).__name__} {number}"
            english.save_revision().publish()
        event.occurrences.create(start=start, end=start + datetime.timedelta(hours=2))
    return made


def english_copy(page):
    """The untranslated English copy wagtail-localize keeps of a Dutch page."""
    return page.get_translation(tree_locale("en")).specific


def tree_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def urls(tree, copies):
    """{(page type, language): URL} of every public page type."""
    theme = tree["ThemePage"]["nl"]
    found = {}
    for name, versions in tree.items():
        for language, page in versions.items():
            found[name, language] = page.url
    for language, agenda in tree["EventIndexPage"].items():
        found["EventIndexPage, two filters", language] = (
            f"{agenda.url}?theme={theme.slug}&audience=families"
        )
    found["search", "nl"] = "/nl/zoeken/?q=leiden"
    found["search", "en"] = "/en/search/?q=leiden"
    # In Dutch "Leiden" fills a page of results at both sizes (in English 4, then 10); "nieuws"
    # finds 3 among few items and a full page among many, so a query per result would show.
    found["search, fewer results than a page", "nl"] = "/nl/zoeken/?q=nieuws"
    for name, page in copies.items():
        found[f"{name}, untranslated copy", "en"] = english_copy(page).url
    return found


def measure(tree, copies):
    client = Client()
    return {case: count_queries(client, url)[0] for case, url in urls(tree, copies).items()}


def build_and_measure():
    tree = build_site_tree()
    made = add_items(tree, FEW)
    # An untranslated copy of each kind of listed page, at an English path of its own.
    copies = {type(page).__name__: page for page in made}
    few = measure(tree, copies)
    add_items(tree, MANY - FEW)
    many = measure(tree, copies)
    print(f"\nSQL queries per page, {FEW} → {MANY} items of each kind:")
    for case in few:
        print(f"  {case[0]:42} {case[1]}  {few[case]:3} → {many[case]:3}")
    return {"tree": tree, "counts": {case: (few[case], many[case]) for case in few}}


measured = module_fixture(build_and_measure)

CASES = (
    [
        (name, language)
        for name in (*PAGE_TYPES, "EventIndexPage, two filters", "search")
        for language in ("nl", "en")
    ]
    + [("search, fewer results than a page", "nl")]
    + [
        (f"{name}, untranslated copy", "en")
        for name in ("EventPage", "NewsPage", "ProgrammePage", "NetworkPage")
    ]
)


@pytest.mark.parametrize(("page_type", "language"), CASES)
def test_a_page_makes_few_queries_however_many_items_it_lists(db, measured, page_type, language):
    few, many = measured["counts"][page_type, language]
    assert few <= MOST_QUERIES, f"{page_type} ({language}): {few} queries"
    assert many == few, (
        f"{page_type} ({language}): {few} queries for {FEW} items, {many} for {MANY}"
    )


def test_an_event_page_reads_its_dates_and_its_festival_once(client, db, measured):
    """The facts, the list of dates, the calendar button and the schema.org data share the
    dates; routing reads the pages along the address in one query, not the festival's row."""
    starts = [timezone.now() + datetime.timedelta(days=7 * week - 14) for week in range(5)]
    event = factories.EventPageFactory(
        parent=measured["tree"]["FestivalPage"]["nl"],
        dates=[(start, start + datetime.timedelta(hours=2)) for start in starts],
    )
    event.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(event.url)
    html = response.content.decode()
    assert "application/ld+json" in html and "date-list" in html  # all the users are there
    assert len(reading("events_eventoccurrence", queries)) == 1
    assert len(reading("events_festivalpage", queries)) == 1


def reading(table, queries):
    return [
        query["sql"]
        for query in queries
        if query["sql"].startswith("SELECT") and f'FROM "{table}"' in query["sql"]
    ]


def test_every_page_type_is_measured(db, measured):
    from stad.core.models import BasePage

    page_types = {model.__name__ for model in BasePage.__subclasses__()}
    page_types |= {
        model.__name__ for parent in BasePage.__subclasses__() for model in parent.__subclasses__()
    }
    measured = {case for case, _language in CASES}
    assert page_types - {"LinkedPage"} <= measured


def test_routing_in_one_query_keeps_wagtails_rules(client, db, measured):
    """Pages along an address are read at once, yet a routable page's own sub-routes still
    come before a child page of the same name, and an unknown address is a 404."""
    tree = measured["tree"]
    agenda = tree["EventIndexPage"]["nl"]
    shadowed = factories.FestivalPageFactory(parent=agenda, slug="ical", title="Een reeks")
    shadowed.save_revision().publish()
    calendar = client.get(agenda.url + "ical/")
    assert calendar.status_code == 200
    assert calendar["Content-Type"].startswith("text/calendar")
    event = tree["EventPage"]["nl"]
    assert client.get(event.url).status_code == 200
    assert client.get(event.url + "ical/")["Content-Type"].startswith("text/calendar")
    assert client.get(agenda.url + "bestaat-niet/").status_code == 404
    assert client.get(event.url + "bestaat-niet/").status_code == 404


def test_a_page_with_several_lists_of_cards_reads_their_renditions_at_once(client, db, measured):
    """The home page (coming up, flagships, news, themes), the agenda (dates and the current
    festivals above them) and a theme page (events, news, programmes, networks) show cards of
    several kinds, as the demo does: the renditions of all their pictures are one query, not
    one per list."""
    tree = measured["tree"]
    for name in ("ThemePage", "FestivalPage"):
        page = tree[name]["nl"]
        page.listing_image = ImageFactory()
        page.save_revision().publish()
    for name in ("HomePage", "EventIndexPage", "ThemePage"):
        client.get(tree[name]["nl"].url)  # a warm site: every rendition has been made
        with CaptureQueriesContext(connection) as queries:
            response = client.get(tree[name]["nl"].url)
        html = response.content.decode()
        assert html.count("<picture") >= 4, name  # the lists and their pictures are there
        assert len(reading("wagtailimages_rendition", queries)) == 1, name


def test_a_routed_page_knows_its_language_without_a_query_of_its_own(client, db, measured):
    """The agenda orders its filters by its language: routing read the page's locale along
    with the page, so rendering does not read it again."""
    for language in ("nl", "en"):
        agenda = measured["tree"]["EventIndexPage"][language]
        client.get(agenda.url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(agenda.url)
        assert 'name="when"' in response.content.decode()
        by_id = [sql for sql in reading("wagtailcore_locale", queries) if '."id" = ' in sql]
        assert by_id == [], language
