"""Each worker's copies of pages (stad.core.page_cache.copies): a hit asks the shared store for the
generation token alone, and a copy is never served after an editor's change or past its entry's
end."""

import datetime
import time

import pytest
import time_machine
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page

from stad.core.page_cache import copies, generation
from stad.core.page_cache.middleware import cache_key

pytestmark = pytest.mark.django_db


def state(response):
    return response.get("X-Page-Cache")


@pytest.fixture
def shared_reads(monkeypatch):
    """The keys of every lookup of a page in the shared store (reads that ask for the generation
    token; the cards of a page built afresh are read apart), one list per read."""
    reads = []
    store = generation.page_cache()
    read = store.get_many

    def recorded(keys, *args, **kwargs):
        keys = list(keys)
        if generation.GENERATION_KEY in keys:
            reads.append(keys)
        return read(keys, *args, **kwargs)

    monkeypatch.setattr(store, "get_many", recorded)
    return reads


def test_a_hit_with_a_copy_reads_only_the_token_from_the_shared_store(
    client, site_tree, page_cache, shared_reads
):
    url = site_tree["NewsIndexPage"]["nl"].url
    key = cache_key(RequestFactory().get(url))
    miss, from_store, from_copy = (client.get(url) for _ in range(3))
    assert [state(miss), state(from_store), state(from_copy)] == ["miss", "hit", "hit"]
    assert from_copy.content == from_store.content == miss.content
    # The miss and the first hit read token and page together; the second hit the token alone.
    assert shared_reads == [
        [generation.GENERATION_KEY, key],
        [generation.GENERATION_KEY, key],
        [generation.GENERATION_KEY],
    ]


def test_a_copy_is_not_served_after_an_editor_publishes(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    home = site_tree["HomePage"]["nl"]
    for _ in range(3):
        client.get(home.url)
    assert copies.find(cache_key(RequestFactory().get(home.url))) is not None
    page = Page.objects.get(pk=home.pk).specific
    page.title = "Leiden, stad van ontdekkingen en verhalen"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(home.url)
    assert state(response) == "miss"
    assert "Leiden, stad van ontdekkingen en verhalen" in response.content.decode()


def test_each_visitor_gets_a_response_of_their_own(client, site_tree, page_cache):
    """What middleware outside the cache adds to one hit never reaches the next."""
    url = site_tree["NewsIndexPage"]["nl"].url
    for _ in range(3):
        client.get(url)
    first = client.get(url)
    first["X-Added-For-One-Visitor"] = "yes"
    assert "X-Added-For-One-Visitor" not in client.get(url)


def stored(seconds, body=b"<p>pagina</p>"):
    return copies.Stored("token", HttpResponse(body), time.time() + seconds)


def test_a_copy_ends_when_its_shared_entry_would(page_cache):
    """A page showing figures of an earlier time slot lives less than PAGE_CACHE_SECONDS; its
    copy no longer."""
    copies.keep("page:short-lived", stored(30))
    assert copies.find("page:short-lived").response.content == b"<p>pagina</p>"
    with time_machine.travel(datetime.timedelta(seconds=31)):
        assert copies.find("page:short-lived") is None


def test_large_pages_and_old_entries_are_not_copied(page_cache):
    copies.keep("page:large", stored(300, b"x" * (copies.LARGEST_COPY + 1)))
    copies.keep("page:old-format", ("token", HttpResponse(b"oud")))
    assert copies.find("page:large") is None
    assert copies.find("page:old-format") is None
