"""Pages linked to a theme, matched by the theme's translation key, the same everywhere.

A translated page keeps its link to the theme of the source language. The theme page, the
agenda's theme filter and the search's theme filter all use ``page_ids_linked_to``, so an
English event linked to the Dutch theme shows up under the English theme in all three.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from stad.events.models import EventThemeLink
from stad.programmes.models import NewsThemeLink, ProgrammeThemeLink, page_ids_linked_to
from stad.search.results import candidates
from tests import factories


@pytest.fixture
def other_theme(db, site_tree):
    return factories.ThemePageFactory(parent=site_tree["ThemeIndexPage"]["nl"], title="Erfgoed")


def test_links_match_the_theme_in_any_language(site_tree, other_theme):
    dutch, english = site_tree["ThemePage"]["nl"], site_tree["ThemePage"]["en"]
    events = {site_tree["EventPage"]["nl"].pk, site_tree["EventPage"]["en"].pk}
    assert set(page_ids_linked_to(dutch, EventThemeLink)) == events
    assert set(page_ids_linked_to(english, EventThemeLink)) == events
    # A link made to the English theme counts for the Dutch one as well.
    news = factories.NewsPageFactory(parent=site_tree["NewsIndexPage"]["nl"])
    NewsThemeLink.objects.create(page=news, theme=english)
    assert news.pk in set(page_ids_linked_to(dutch, NewsThemeLink))
    assert not set(page_ids_linked_to(other_theme, ProgrammeThemeLink))


def card_titles(client, url, **params):
    soup = BeautifulSoup(client.get(url, params).content, "html.parser")
    return {" ".join(a.get_text().split()) for a in soup.select("main .card__title a")}


def test_the_english_theme_page_agenda_and_search_agree(client, site_tree, other_theme):
    call_command("update_index", stdout=io.StringIO())
    theme = site_tree["ThemePage"]["en"]
    event = site_tree["EventPage"]["en"]
    programme = site_tree["ProgrammePage"]["en"]

    on_theme_page = card_titles(client, theme.url)
    assert {event.title, programme.title} <= on_theme_page

    agenda = site_tree["EventIndexPage"]["en"].url
    assert event.title in card_titles(client, agenda, theme=theme.slug)

    found = set(candidates("en", theme=theme).values_list("pk", flat=True))
    assert {event.pk, programme.pk, site_tree["NewsPage"]["en"].pk} <= found
    assert site_tree["EventPage"]["nl"].pk not in found  # still the visitor's language only

    # A theme nothing links to: the same three places show nothing linked.
    assert event.title not in card_titles(client, other_theme.url)
    assert not set(candidates("nl", theme=other_theme).values_list("pk", flat=True)) - {
        other_theme.pk
    }
