"""The search page as a visitor uses it: own language, kinds of page, odd input, a dead cluster."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.backends import get_search_backend

from config import services
from tests import factories


@pytest.fixture
def indexed(db, site_tree):
    call_command("update_index", stdout=io.StringIO())
    return site_tree


def visit(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def found(soup):
    return [text_of(link) for link in soup.select(".search-result__title a")]


def text_of(element):
    return " ".join(element.get_text().split())


def test_search_lives_at_a_translated_address(client, indexed):
    assert client.get("/nl/zoeken/").status_code == 200
    assert client.get("/en/search/").status_code == 200


def test_results_come_from_the_visitors_language_only(client, indexed):
    dutch = indexed["ProgrammePage"]["nl"]
    english = indexed["ProgrammePage"]["en"]
    assert dutch.title in found(visit(client, "/nl/zoeken/", q=dutch.title))
    in_english = found(visit(client, "/en/search/", q="English ProgrammePage"))
    assert english.title in in_english
    assert dutch.title not in in_english


def test_each_result_says_what_it_is_and_marks_the_words(client, indexed):
    news = indexed["NewsPage"]["en"]
    soup = visit(client, "/en/search/", q="English NewsPage")
    result = next(
        item
        for item in soup.select(".search-result")
        if text_of(item.select_one("a")) == news.title
    )
    assert result.select_one(".search-result__type").get_text(strip=True).startswith("News")
    assert [mark.get_text() for mark in result.select(".search-result__title mark")] == [
        "English",
        "NewsPage",
    ]


def test_kind_of_page_narrows_the_results(client, indexed):
    soup = visit(client, "/en/search/", q="English", type="news")
    titles = found(soup)
    assert titles and all("NewsPage" in title for title in titles)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!",
        "?*&%",
        "x" * 10_000,
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "🙂🔬",
        "a\x00b",
    ],
)
def test_odd_input_gets_a_page_with_the_input_escaped(client, indexed, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    if len(query) > 200:
        assert "alleen de eerste 200 tekens" in content


def test_a_page_past_the_end_is_a_404(client, indexed):
    assert client.get("/nl/zoeken/", {"q": "Inleiding", "page": 999}).status_code == 404


def test_the_language_switcher_keeps_the_search(client, indexed):
    soup = visit(client, "/nl/zoeken/", q="zaal")
    switch = soup.select_one('.language-switcher a[hreflang="en"]')
    assert switch["href"] == "/en/search/?q=zaal"


def test_a_dead_search_cluster_still_gets_an_answer(client, indexed, caplog):
    backends = services.search_backends("opensearch://127.0.0.1:9", timeout=1)
    dutch = indexed["ProgrammePage"]["nl"]
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        soup = visit(client, "/nl/zoeken/", q=dutch.title)
    assert dutch.title in found(soup)
    assert "answered from the database" in caplog.text
    assert "cluster" not in soup.get_text().lower()


def test_editors_promote_a_page_for_a_query_in_its_language(client, indexed):
    record = Query.get("lbsp")
    SearchPromotion.objects.create(query=record, page=indexed["ProgrammePage"]["nl"], sort_order=0)
    SearchPromotion.objects.create(query=record, page=indexed["ProgrammePage"]["en"], sort_order=1)
    dutch = visit(client, "/nl/zoeken/", q="LBSP")
    promoted = [text_of(a) for a in dutch.select(".search-result--promoted a")]
    assert promoted == [indexed["ProgrammePage"]["nl"].title]
    english = visit(client, "/en/search/", q="lbsp")
    assert [text_of(a) for a in english.select(".search-result--promoted a")] == [
        indexed["ProgrammePage"]["en"].title
    ]


def test_suggestions_while_typing_come_from_the_visitors_language(client, indexed):
    english = indexed["ProgrammePage"]["en"]
    data = client.get("/en/search/suggestions/", {"q": "English Prog"}).json()
    assert {"title": english.title, "url": english.url} in data["suggestions"]
    assert all(item["url"].startswith("/en/") for item in data["suggestions"])


@pytest.mark.parametrize("query", ["", "a", "!!", "<b>", "x" * 10_000, "🙂"])
def test_suggestions_take_odd_input_calmly(client, indexed, query):
    response = client.get("/nl/zoeken/suggesties/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_publishing_while_the_cluster_is_down_works_and_search_finds_the_page(
    client, indexed, django_capture_on_commit_callbacks
):
    backends = services.search_backends("opensearch://127.0.0.1:9", timeout=1)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        page = factories.ProgrammePageFactory(
            parent=indexed["ProgrammeIndexPage"]["nl"], title="Zeldzaamwoordprogramma", live=False
        )
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        soup = visit(client, "/nl/zoeken/", q="Zeldzaamwoordprogramma")
    page.refresh_from_db()
    assert page.live
    assert found(soup) == ["Zeldzaamwoordprogramma"]


def test_theme_narrows_the_results_to_what_is_linked_to_it(client, indexed):
    theme = indexed["ThemePage"]["en"]
    titles = found(visit(client, "/en/search/", q="English", theme=theme.slug))
    linked = {indexed[name]["en"].title for name in ("ProgrammePage", "NetworkPage", "NewsPage")}
    assert linked <= set(titles)
    assert indexed["StandardPage"]["en"].title not in titles


def test_upcoming_events_rank_above_past_ones(client, indexed, django_capture_on_commit_callbacks):
    agenda = indexed["EventIndexPage"]["nl"]
    now = timezone.now()
    past = factories.EventPageFactory(
        parent=agenda,
        title="Sterrenkijkavond vorig jaar",
        dates=[(now - datetime.timedelta(days=300), now - datetime.timedelta(days=300, hours=-2))],
    )
    coming = factories.EventPageFactory(parent=agenda, title="Sterrenkijkavond")
    with django_capture_on_commit_callbacks(execute=True):  # index updates wait for commit
        for page in (past, coming):
            page.save_revision().publish()
    get_search_backend().refresh_indexes()  # a cluster shows new documents after a refresh
    soup = visit(client, "/nl/zoeken/", q="Sterrenkijkavond")
    assert found(soup) == ["Sterrenkijkavond", "Sterrenkijkavond vorig jaar"]
    assert soup.select(".search-result__type time")  # events show their date


def test_an_unknown_theme_or_kind_is_explained(client, indexed):
    soup = visit(client, "/nl/zoeken/", q="Inleiding", theme="<b>x</b>")
    assert "Dat thema bestaat niet" in soup.select_one(".notice").get_text()


def test_untranslated_copies_are_left_to_the_original_languages_search(
    client, indexed, django_capture_on_commit_callbacks
):
    from wagtail_localize.synctree import create_aliases_for_new_page

    news = factories.NewsPageFactory(
        parent=indexed["NewsIndexPage"]["nl"], title="Radioprogramma over onderzoek"
    )
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
        create_aliases_for_new_page(news)
    get_search_backend().refresh_indexes()
    assert found(visit(client, "/nl/zoeken/", q="Radioprogramma")) == [news.title]
    assert found(visit(client, "/en/search/", q="Radioprogramma")) == []
