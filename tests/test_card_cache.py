"""Cards kept between page builds (``stad.core.card_cache``): a page built afresh draws only
cards that changed, and an editor's publish shows on every card at its next visit."""

import datetime

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(site_tree, django_capture_on_commit_callbacks):
    start = timezone.now() + datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        made = factories.EventPageFactory(
            parent=site_tree["EventIndexPage"]["nl"],
            title="Lezing over sterren",
            dates=[(start, start + datetime.timedelta(hours=2))],
        )
        made.save_revision().publish()
    return made


def card_title(title):
    return f">{title}</a></h3>"


def lists(site_tree):
    """Pages that show the event's card: the home page and the agenda."""
    return [site_tree["HomePage"]["nl"].url, site_tree["EventIndexPage"]["nl"].url]


def test_a_page_built_again_reuses_the_cards_of_this_generation(
    builds_every_visit, site_tree, page_cache, event
):
    for url in lists(site_tree):
        html = builds_every_visit.get(url).content.decode()
        assert card_title("Lezing over sterren") in html, url
    # A change behind the site's back (no publish, so no new generation) does not show: the
    # card was kept, not drawn again.
    type(event).objects.filter(pk=event.pk).update(title="Stil veranderd")
    for url in lists(site_tree):
        html = builds_every_visit.get(url).content.decode()
        assert card_title("Lezing over sterren") in html, url
        assert card_title("Stil veranderd") not in html, url


def test_a_publish_shows_on_every_card_at_the_next_visit(
    builds_every_visit, site_tree, page_cache, event, django_capture_on_commit_callbacks
):
    for url in lists(site_tree):
        html = builds_every_visit.get(url).content.decode()
        assert card_title("Lezing over sterren") in html, url
    with django_capture_on_commit_callbacks(execute=True):
        event.title = "Lezing over kometen"
        event.save_revision().publish()
    for url in lists(site_tree):
        html = builds_every_visit.get(url).content.decode()
        assert card_title("Lezing over kometen") in html, url
        assert card_title("Lezing over sterren") not in html, url


def test_with_the_page_cache_off_every_card_is_drawn_afresh(
    builds_every_visit, site_tree, event, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    agenda = site_tree["EventIndexPage"]["nl"].url
    assert card_title("Lezing over sterren") in builds_every_visit.get(agenda).content.decode()
    type(event).objects.filter(pk=event.pk).update(title="Stil veranderd")
    assert card_title("Stil veranderd") in builds_every_visit.get(agenda).content.decode()
