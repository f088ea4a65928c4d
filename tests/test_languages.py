"""Languages: the root redirect, complete interface catalogues, dates written per language."""

import datetime
import zoneinfo
from pathlib import Path
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


def upstream_msgids(catalogue_name):
    """The msgids of Wagtail's and wagtail-localize's Dutch catalogues of one domain."""
    import wagtail
    import wagtail_localize

    msgids = set()
    for package in (wagtail, wagtail_localize):
        root = Path(package.__file__).parent
        for path in root.glob(f"**/locale/nl/LC_MESSAGES/{catalogue_name}"):
            msgids |= {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    return msgids


@pytest.mark.parametrize("catalogue_name", ["django.po", "djangojs.po"])
def test_our_corrections_of_wagtails_dutch_match_its_strings_exactly(catalogue_name):
    """A correction whose msgid differs by a space or a context from Wagtail's corrects nothing
    (stad/editorial/admin_dutch.py, locale/nl/LC_MESSAGES/djangojs.po)."""
    ours = polib.pofile(str(settings.BASE_DIR / "locale/nl/LC_MESSAGES" / catalogue_name))
    corrections = {
        (entry.msgctxt, entry.msgid)
        for entry in ours
        if catalogue_name == "djangojs.po"
        or any(path == "stad/editorial/admin_dutch.py" for path, _line in entry.occurrences)
    }
    assert corrections
    assert corrections - upstream_msgids(catalogue_name) == set()


def test_every_string_marked_for_correction_has_its_dutch():
    from stad.editorial import admin_dutch

    marked = {
        text
        for group in (
            admin_dutch.GLUED,
            admin_dutch.LANGUAGE,
            admin_dutch.ENGLISH,
            admin_dutch.REVIEW,
        )
        for text in group
        if isinstance(text, str)  # the plural one is a lazy object
    }
    dutch = {entry.msgid for entry in catalogue("nl") if entry.msgstr}
    assert marked - dutch == set()
