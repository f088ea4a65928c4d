"""Pages are compressed once, when the page cache stores them: browsers that take gzip get the
stored bytes as they are, other clients a plain copy, and both say what they vary on."""

import gzip

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def vary(response):
    return {word.strip().lower() for word in response.get("Vary", "").split(",")}


def test_a_browser_that_takes_gzip_gets_the_stored_compressed_page(client, site_tree, page_cache):
    url = site_tree["EventIndexPage"]["nl"].url
    plain = client.get(url).content
    first = client.get(url, **GZIP)
    assert first["Content-Encoding"] == "gzip"
    assert first["X-Page-Cache"] == "miss"
    assert gzip.decompress(first.content) == plain
    assert int(first["Content-Length"]) == len(first.content) < len(plain) / 3
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url, **GZIP)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content  # the stored bytes, not compressed again
    assert len(queries) == 0
    assert "accept-encoding" in vary(second)


def test_a_client_without_gzip_gets_a_plain_page_from_its_own_entry(client, site_tree, page_cache):
    url = site_tree["NewsIndexPage"]["nl"].url
    client.get(url, **GZIP)
    plain = client.get(url)
    assert plain["X-Page-Cache"] == "miss"  # the compressed copy is not handed to it
    assert "Content-Encoding" not in plain
    assert b"<html" in plain.content
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == plain.content
    assert "accept-encoding" in vary(again)


def test_the_compressed_copy_has_its_own_etag_and_answers_304(client, site_tree, page_cache):
    url = site_tree["NewsPage"]["nl"].url
    compressed = client.get(url, **GZIP)
    plain = client.get(url)
    assert compressed["ETag"] != plain["ETag"]
    not_modified = client.get(url, HTTP_IF_NONE_MATCH=compressed["ETag"], **GZIP)
    assert not_modified.status_code == 304


def test_a_publish_renews_the_compressed_copy_too(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    url = site_tree["NewsIndexPage"]["nl"].url
    news = site_tree["NewsPage"]["nl"]
    client.get(url, **GZIP)
    news.title = "Nieuw gecomprimeerd bericht"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    after = client.get(url, **GZIP)
    assert after["X-Page-Cache"] == "miss"
    assert "Nieuw gecomprimeerd bericht" in gzip.decompress(after.content).decode()
