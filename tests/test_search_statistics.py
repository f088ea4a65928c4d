"""Search statistics: counted for editors, never shown raw to visitors, bounded in size, and
turned into a report of searches that find little with the remedies one click away."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from stad.editorial.roles import EDITOR, MODERATOR
from stad.search import statistics
from stad.search.models import SearchStatistic
from tests.scaffolding import member

SPAM = "koop goedkope horloges op spam punt example"


@pytest.fixture
def indexed(db, site_tree):
    call_command("update_index", stdout=io.StringIO())
    return site_tree


def search(client, query, language="nl", **params):
    path = "/nl/zoeken/" if language == "nl" else "/en/search/"
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def offered(soup):
    """The "Often searched" suggestions of an empty result."""
    return [tag.get_text(strip=True) for tag in soup.select(".empty .tag")]


def counts():
    return {
        (row.query, row.language): (row.searches, row.results)
        for row in SearchStatistic.objects.all()
    }


def test_each_search_is_counted_per_language_with_what_it_found(client, indexed):
    dutch = indexed["ProgrammePage"]["nl"]
    for _ in range(3):
        search(client, dutch.title)
    search(client, dutch.title, page=1)  # turning pages is not a new search
    search(client, "qqqzzz", language="en")

    assert counts()[(dutch.title.lower(), "nl")][0] == 3
    assert counts()[(dutch.title.lower(), "nl")][1] >= 1
    assert counts()[("qqqzzz", "en")] == (1, 0)
    assert not Query.objects.exists()  # visitors' text no longer creates promotion records


def test_what_anonymous_visitors_type_never_reaches_other_visitors(client, indexed):
    for _ in range(6):
        search(client, SPAM)
    assert SPAM not in offered(search(client, "qqqzzz"))
    assert offered(search(client, "qqqzzz")) == []


def test_visitors_are_offered_the_searches_that_editors_answered_most_searched_first(
    client, indexed
):
    programme = indexed["ProgrammePage"]
    for query, times in (("bio science park", 3), ("erfgoed", 1)):
        record = Query.get(query)
        SearchPromotion.objects.create(query=record, page=programme["nl"], sort_order=0)
        for _ in range(times):
            search(client, query)
    english_only = Query.get("heritage")
    SearchPromotion.objects.create(query=english_only, page=programme["en"], sort_order=0)
    search(client, "heritage")  # searched in Dutch, but promoted with an English page
    for _ in range(6):
        search(client, SPAM)

    assert offered(search(client, "qqqzzz")) == ["bio science park", "erfgoed"]


def test_a_flood_of_new_queries_fills_a_bounded_number_of_rows(client, indexed, settings):
    settings.SEARCH_STATISTICS_NEW_QUERIES_PER_DAY = 3
    for number in range(10):
        search(client, f"willekeurig {number}")
    search(client, "willekeurig 0")  # a query already counted today is still counted

    assert SearchStatistic.objects.count() == 3
    assert counts()[("willekeurig 0", "nl")][0] == 2


def test_old_statistics_are_pruned(db, settings):
    today = timezone.localdate()
    for age in (0, 89, 90, 400):
        SearchStatistic.objects.create(
            query=f"{age} dagen", language="nl", day=today - datetime.timedelta(days=age)
        )
    settings.SEARCH_STATISTICS_DAYS = 90
    out = io.StringIO()
    call_command("prune_search_statistics", stdout=out)

    assert sorted(SearchStatistic.objects.values_list("query", flat=True)) == [
        "0 dagen",
        "89 dagen",
    ]
    assert "Deleted 2" in out.getvalue()
    with pytest.raises(CommandError, match="1 or more"):
        call_command("prune_search_statistics", days=0)


def report_rows(client, **params):
    response = client.get(reverse("searches_that_find_little"), params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [" ".join(cell.get_text().split()) for cell in row.select("td")]
        for row in soup.select("table tbody tr")
    ], soup


def test_reviewers_see_searches_that_found_little_with_the_remedies(client, indexed, roles):
    dutch = indexed["ProgrammePage"]["nl"]
    for _ in range(2):
        search(client, "Vleermuizen")
    search(client, "bats", language="en")
    # Found more than a few: not in the report. Recorded directly, because how many pages a
    # title finds differs per backend (every word on the database, all of them on a cluster).
    SearchStatistic.objects.create(
        query=dutch.title.lower(), language="nl", day=timezone.localdate(),
        results=statistics.FEW_RESULTS + 1,
    )  # fmt: skip
    client.force_login(member(MODERATOR, roles))

    rows, soup = report_rows(client)
    assert [row[:4] for row in rows] == [
        ["vleermuizen", "Nederlands", "2", "0"],
        ["bats", "Engels", "1", "0"],
    ]
    synonyms = soup.find("a", string=lambda text: text and "Synoniemen toevoegen" in text)
    form = client.get(synonyms["href"]).content.decode()
    assert "vleermuizen, " in form  # the synonym group starts with the visitor's word
    assert soup.find("a", href="/nl/zoeken/?q=vleermuizen")
    assert soup.find("a", href=reverse("wagtailsearchpromotions:add"))

    english, _soup = report_rows(client, language="en")
    assert [row[0] for row in english] == ["bats"]


def test_a_query_that_finds_pages_now_leaves_the_report(client, indexed, roles):
    SearchStatistic.objects.create(
        query="lbsp", language="nl", day=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.force_login(member(MODERATOR, roles))
    assert [row[0] for row in report_rows(client)[0]] == ["lbsp"]
    SearchStatistic.objects.create(query="lbsp", language="nl", day=timezone.localdate(), results=4)
    assert report_rows(client)[0] == []


def test_the_report_is_for_those_who_can_add_synonyms(client, roles):
    client.force_login(member(EDITOR, roles))
    response = client.get(reverse("searches_that_find_little"))
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's refusal
    assert b"searches-that-find-little" not in client.get("/admin/").content  # the menu
    client.force_login(member(MODERATOR, roles))
    assert client.get(reverse("searches_that_find_little")).status_code == 200
    assert b"searches-that-find-little" in client.get("/admin/").content


def test_a_search_term_recorded_before_without_a_promoted_result_is_not_offered(client, indexed):
    """Query rows that visitors' searches made before (Wagtail's Query.get) are no approval."""
    Query.get(SPAM).add_hit()
    search(client, SPAM)
    assert offered(search(client, "qqqzzz")) == []


def test_the_migration_forgets_visitors_search_terms_but_keeps_promoted_ones(indexed):
    import importlib

    from django.apps import apps

    forget = importlib.import_module(
        "stad.search.migrations.0003_forget_visitors_search_terms"
    ).forget_unanswered_queries
    Query.get(SPAM).add_hit()
    promoted = Query.get("bio science park")
    SearchPromotion.objects.create(
        query=promoted, page=indexed["ProgrammePage"]["nl"], sort_order=0
    )
    forget(apps, None)
    assert list(Query.objects.values_list("query_string", flat=True)) == ["bio science park"]
