"""The page cache's file store (``config.file_cache``): it looks over its folder at most every
few seconds, not on every page stored, and culling never drops the generation token."""

import datetime
import os
import pathlib
import zlib

import time_machine
from django.core.cache.backends.filebased import FileBasedCache

from config.file_cache import CULL_SECONDS, PageFileCache
from stad.core.page_cache.generation import GENERATION_KEY

START = datetime.datetime(2027, 1, 1, 12, 0, tzinfo=datetime.UTC)


def store(folder, max_entries=10):
    return PageFileCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": max_entries}})


def test_the_folder_is_listed_at_most_once_per_interval(tmp_path, monkeypatch):
    cache = store(tmp_path)
    listings = []
    listed = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listings.append(1) or listed())
    with time_machine.travel(START, tick=False):
        for number in range(50):
            cache.set(f"page-{number}", "<html>", 300)
    assert len(listings) == 1
    with time_machine.travel(START + datetime.timedelta(seconds=CULL_SECONDS + 1), tick=False):
        cache.set("one-more", "<html>", 300)
    assert len(listings) == 2


def test_a_full_folder_is_culled_but_keeps_the_generation_token(tmp_path):
    cache = store(tmp_path)
    with time_machine.travel(START, tick=False):
        cache.set(GENERATION_KEY, "token", None)
        for number in range(40):
            cache.set(f"page-{number}", "<html>", 300)
    for second in range(1, 40):
        # Each look finds the folder full and deletes a third of it, never the token.
        moment = START + datetime.timedelta(seconds=second * (CULL_SECONDS + 1))
        with time_machine.travel(moment, tick=False):
            cache.set(f"later-{second}", "<html>", 300)
            assert cache.get(GENERATION_KEY) == "token"
    assert len(cache._list_cache_files()) <= 10 + 1


def test_entries_are_stored_without_deflating_and_read_back(tmp_path):
    """A gzipped page is kept as it is (zlib's stored blocks), not deflated a second time, and
    entries Django's own file cache wrote before are read as well."""
    body = zlib.compress(os.urandom(8_000) + b"<p>" * 20_000)  # like a gzipped page
    entry = {"status": 200, "headers": {"Content-Encoding": "gzip"}, "body": body}
    cache = store(tmp_path)
    cache.set("page", entry, 300)
    assert cache.get("page") == entry
    stored = pathlib.Path(cache._key_to_file("page")).read_bytes()
    assert body in stored  # the bytes as they are, not deflated again

    FileBasedCache(str(tmp_path), {}).set("written-before", entry, 300)
    assert cache.get("written-before") == entry
