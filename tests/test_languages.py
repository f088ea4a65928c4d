"""The root URL sends visitors to their language; Dutch is the fallback."""

import polib
import pytest
from django.conf import settings


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


def test_dutch_catalogue_is_complete():
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale/nl/LC_MESSAGES/django.po"))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.percent_translated() == 100


def test_interface_speaks_the_language_of_the_page(client, db, site_tree):
    dutch = client.get(site_tree["EventPage"]["nl"].url).content.decode()
    english = client.get(site_tree["EventPage"]["en"].url).content.decode()
    assert "Direct naar de inhoud" in dutch and "Skip to main content" not in dutch
    assert "Skip to main content" in english and "Direct naar de inhoud" not in english
