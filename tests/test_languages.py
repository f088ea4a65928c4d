"""Languages: the root redirect, complete interface catalogues, dates written per language."""

import datetime
import zoneinfo
from types import SimpleNamespace

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("nl-NL,nl;q=0.9,en;q=0.5", "/nl/"),
        ("de-DE,de;q=0.9", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_accept_language(client, db, site_tree, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_unknown_page_is_a_404_in_the_visitors_language(client, db, site_tree):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def catalogue(language):
    return polib.pofile(str(settings.BASE_DIR / f"locale/{language}/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalogue_is_complete(language):
    entries = catalogue(language)
    assert entries.metadata["Language"] == language
    assert not entries.metadata_is_fuzzy
    assert entries.untranslated_entries() == []
    assert entries.fuzzy_entries() == []
    assert entries.obsolete_entries() == []
    assert entries.percent_translated() == 100


def test_english_catalogue_repeats_its_english_source_strings():
    """A guess that msgmerge carried over from a similar string would show the wrong text."""
    for entry in catalogue("en"):
        if entry.msgid_plural:
            assert entry.msgstr_plural == {0: entry.msgid, 1: entry.msgid_plural}
        else:
            assert entry.msgstr == entry.msgid


def test_both_catalogues_hold_the_same_strings():
    def keys(language):
        return {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}

    assert keys("nl") == keys("en")


def test_interface_speaks_the_language_of_the_page(client, db, site_tree):
    dutch = client.get(site_tree["EventPage"]["nl"].url).content.decode()
    english = client.get(site_tree["EventPage"]["en"].url).content.decode()
    assert "Direct naar de inhoud" in dutch and "Skip to main content" not in dutch
    assert "Skip to main content" in english and "Direct naar de inhoud" not in english


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        ("nl", "za 12 sep, 20:00", "zaterdag 12 september 2026, 20:00"),
        ("en", "Sat 12 Sep, 20:00", "Saturday 12 September 2026, 20:00"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(language, short, long):
    start = datetime.datetime(2026, 9, 12, 20, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam"))
    occurrence = SimpleNamespace(
        local_start=start,
        local_end=start + datetime.timedelta(hours=2),
        all_day=False,
        ends_the_same_day_or_night=True,
    )
    with translation.override(language):
        for is_short, expected in ((True, short), (False, long)):
            html = render_to_string(
                "events/components/when.html", {"occurrence": occurrence, "short": is_short}
            )
            text = BeautifulSoup(html, "html.parser").find("time").get_text()
            assert text == expected
