"""Whatever a visitor, a crawler or an attacker puts in the query string, the agenda, festival,
search, API and feeds answer with a page or a clear 4xx, never a 500 (Hypothesis makes the
query strings: known parameter names with odd values, unknown names, repeats)."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

AGENDA = ["theme", "free", "audience", "accessibility", "language", "festival", "when", "from",
          "to", "page"]  # fmt: skip
SEARCH = ["q", "type", "theme", "page"]
API = ["type", "locale", "limit", "offset", "fields", "order", "search", "upcoming",
       "child_of", "descendant_of", "translation_of", "id", "html_path", "venue", "date",
       "format", "site"]  # fmt: skip

ODD_VALUES = [
    "", "0", "-1", "²", "99999999999999999999", "1e309", "nan", "2027-02-30",
    "2026-13-01", "10-02-2027", "true", "false", "events.EventPage", "home.Nope",
    "*", "-title", "title,-", "\x00", "%00", "../../etc/passwd", "' OR 1=1 --",
    '"', "<script>", "🙂" * 20, "x" * 3000, "nl", "en", "xx",
]  # fmt: skip
ODD_TEXT = st.one_of(st.text(max_size=40), st.sampled_from(ODD_VALUES))


def queries(names):
    """Query strings of up to five parameters: mostly the address's own, some made up."""
    name = st.one_of(st.sampled_from(names), st.text(max_size=10))
    return st.lists(st.tuples(name, ODD_TEXT), min_size=1, max_size=5)


EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def addresses(site_tree):
    """(address, the parameters it reads) of every listing, feed and endpoint."""
    agenda = site_tree["EventIndexPage"]
    festival = site_tree["FestivalPage"]
    news = site_tree["NewsIndexPage"]["nl"].url
    return [
        (agenda["nl"].url, AGENDA),
        (agenda["en"].url, AGENDA),
        (agenda["nl"].url + "past/", AGENDA),
        (agenda["nl"].url + "ical/", AGENDA),
        (festival["nl"].url, ["day", "page"]),
        (festival["en"].url + "ical/", ["day"]),
        (site_tree["EventPage"]["nl"].url + "ical/", AGENDA),
        # Mijn programma: the selection, and the festival and event pages that carry it.
        (agenda["nl"].url + "mijn-programma/", ["d"]),
        (agenda["en"].url + "my-programme/ical/", ["d"]),
        (festival["nl"].url, ["d", "day"]),
        (site_tree["EventPage"]["en"].url, ["d"]),
        ("/nl/zoeken/", SEARCH),
        ("/en/search/", SEARCH),
        ("/nl/zoeken/suggesties/", SEARCH),
        ("/api/v2/pages/", API),
        ("/api/v2/images/", API),
        ("/api/v2/pages/find/", API),
        (news + "feed/", ["page"]),
        (news, ["page", "theme"]),
        ("/sitemap.xml", ["p", "page"]),
    ]


@pytest.mark.parametrize("index", range(20))
def test_no_odd_value_of_a_parameter_makes_a_page_fail(site_tree, index):
    """Every parameter the address reads, with every value of the odd list, one at a time."""
    address, names = addresses(site_tree)[index]
    client = Client(raise_request_exception=False)
    failures = [
        (name, value)
        for name in names
        for value in ODD_VALUES
        if client.get(address, {name: value}).status_code >= 500
    ]
    assert failures == [], address


@pytest.mark.parametrize("index", range(20))
def test_no_query_string_makes_a_page_fail(site_tree, index):
    """Random combinations of parameters, made-up names and any text (Hypothesis)."""
    address, names = addresses(site_tree)[index]
    client = Client(raise_request_exception=True)

    @EXAMPLES
    @given(query=queries(names))
    def visit(query):
        response = client.get(address, query)
        assert response.status_code < 500, (address, query)

    visit()
