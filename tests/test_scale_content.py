"""load_scale_content adds bilingual events and news to the demo, the same every time, once."""

import io

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from stad.core.models import NewsPage
from stad.demo.builder import DemoBuilder
from stad.demo.event_source import load_demo_source
from stad.editorial.roles import setup_roles
from stad.events.models import EventOccurrence, EventPage, FestivalPage
from tests.scaffolding import module_fixture

EVENTS, NEWS = 30, 10


def scale_pages(model, language):
    return model.objects.filter(locale__language_code=language, slug__regex=r"-s\d{5}$").order_by(
        "slug"
    )


def contents():
    """What a visitor would see of the scale content: titles, places in the tree, dates."""
    return [
        (
            page.locale.language_code,
            page.title,
            page.url,
            page.listing_image.title if page.listing_image else None,
            [
                (timezone.localtime(date.start).isoformat(), date.status)
                for date in getattr(page, "occurrences", EventOccurrence.objects.none()).all()
            ],
        )
        for model in (EventPage, NewsPage)
        for language in ("nl", "en")
        for page in scale_pages(model, language).select_related("locale", "listing_image")
    ]


def load():
    call_command("load_scale_content", events=EVENTS, news=NEWS, stdout=io.StringIO())


def build_twice():
    """The demo as load_demo_content leaves it (with the partner's agenda imported: drafts, and
    a draft venue in Dutch only), then the scale content loaded twice onto it: once rolled
    back, once kept."""
    DemoBuilder().build()
    setup_roles()
    load_demo_source()
    with transaction.atomic():
        load()
        first = contents()
        transaction.set_rollback(True)
    cache.clear()
    load()
    return first


first_load = module_fixture(build_twice)


def test_same_sizes_give_the_same_content(db, first_load):
    assert first_load == contents()
    assert len(first_load) == 2 * (EVENTS + NEWS)


def test_events_and_news_in_both_languages(db, first_load):
    english = Locale.objects.get(language_code="en")
    for model, count in ((EventPage, EVENTS), (NewsPage, NEWS)):
        dutch_pages = list(scale_pages(model, "nl"))
        assert len(dutch_pages) == count
        assert scale_pages(model, "en").count() == count
        for page in dutch_pages:
            translation = page.get_translation(english)
            assert translation.live and page.live
            assert translation.title != page.title
            assert "lorem" not in (page.introduction + translation.introduction).lower()
            assert page.live_revision_id and translation.live_revision_id


def test_events_have_dates_places_festivals_and_some_pictures(db, first_load):
    events = list(scale_pages(EventPage, "nl"))
    today = timezone.localdate()
    starts = [timezone.localtime(d.start).date() for e in events for d in e.occurrences.all()]
    assert len(starts) > len(events)
    assert min(starts) < today < max(starts)
    assert any(isinstance(e.get_parent().specific, FestivalPage) for e in events)
    with_picture = sum(1 for page in events if page.listing_image_id)
    assert 0 < with_picture < len(events)
    assert all(e.venue_id or e.online_url for e in events)
    assert all(e.theme_links.exists() and e.partner_links.exists() for e in events)
    # The English event is at the English venue and the English festival.
    english = Locale.objects.get(language_code="en")
    for event in events:
        translation = event.get_translation(english)
        if event.venue_id:
            assert translation.venue.locale == english
            assert translation.venue.translation_key == event.venue.translation_key
        assert translation.get_parent().locale == english


def test_pages_render_in_both_languages(client, db, first_load):
    for model in (EventPage, NewsPage):
        for language in ("nl", "en"):
            page = scale_pages(model, language).first()
            response = client.get(page.url)
            assert response.status_code == 200
            assert page.title in response.content.decode()


def test_search_finds_scale_content(client, db, first_load):
    page = scale_pages(NewsPage, "nl").first()
    with translation.override("nl"):
        search = reverse("search")
    response = client.get(search, {"q": page.title})
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_second_run_refuses_and_changes_nothing(db, first_load):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="already holds"):
        load()
    assert Page.objects.count() == pages
