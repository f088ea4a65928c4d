"""Search, its suggestions and the API answer a client a limited number of times per window
(stad.core.rate_limits): past the limit a 429 that says when to come back, in the page's
language, never stored by a cache; other clients, and the same client in the next window, are
served; a cache that cannot count lets everyone through."""

import datetime
import logging

import pytest
import time_machine
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from config import services
from config.settings.base import env_rate
from stad.core import outages

pytestmark = pytest.mark.django_db

LIMIT = 3
SEARCH_NL = "/nl/zoeken/"
SEARCH_EN = "/en/search/"
SUGGESTIONS = "/nl/zoeken/suggesties/"
API = "/api/v2/pages/"
VISITOR, OTHER_VISITOR, PROXY = "203.0.113.10", "203.0.113.20", "10.0.0.2"


@pytest.fixture
def limits(settings):
    """Every limit on at LIMIT a minute, counted afresh, at a moment that stands still (a window
    must not end halfway through a test)."""
    settings.SEARCH_RATE_LIMIT = f"{LIMIT}/m"
    settings.SEARCH_SUGGESTIONS_RATE_LIMIT = f"{LIMIT}/m"
    settings.API_RATE_LIMIT = f"{LIMIT}/m"
    caches["pages"].clear()
    with time_machine.travel(
        datetime.datetime(2026, 5, 4, 12, 0, 0, tzinfo=datetime.UTC), tick=False
    ) as clock:
        yield clock
    caches["pages"].clear()


def search(client, address=VISITOR, url=SEARCH_NL, query="leiden", **headers):
    return client.get(url, {"q": query}, REMOTE_ADDR=address, **headers)


def use_up(client, address=VISITOR, url=SEARCH_NL):
    for number in range(LIMIT):
        response = client.get(url, {"q": f"woord{number}"}, REMOTE_ADDR=address)
        assert response.status_code == 200, (number, response.content[:300])


def assert_refused(response):
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_one_search_too_many_gets_a_dutch_429_until_the_window_has_passed(
    client, site_tree, limits, caplog
):
    use_up(client)
    with caplog.at_level(logging.WARNING, logger="stad.rate_limits"):
        refused = search(client)
        search(client)
    assert_refused(refused)
    body = refused.content.decode()
    assert "Te veel zoekopdrachten" in body
    assert "Wacht 1 minuut en zoek dan opnieuw." in body
    assert 'class="site-header"' in body and 'lang="nl"' in body  # the site's own page
    # One line per client and window, naming the client, however often it is refused.
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 1 and VISITOR in lines[0] and "3/m" in lines[0]

    assert search(client, address=OTHER_VISITOR).status_code == 200
    limits.shift(datetime.timedelta(seconds=61))
    assert search(client).status_code == 200


def test_the_english_search_says_it_in_english(client, site_tree, limits):
    use_up(client, url=SEARCH_EN)
    refused = search(client, url=SEARCH_EN)
    assert_refused(refused)
    assert "Please wait 1 minute and search again." in refused.content.decode()
    # One count for the search in either language.
    assert search(client, url=SEARCH_NL).status_code == 429


def test_suggestions_are_counted_apart_and_refused_as_json(client, site_tree, limits):
    use_up(client, url=SUGGESTIONS)
    refused = search(client, url=SUGGESTIONS)
    assert_refused(refused)
    assert refused.json()["suggestions"] == []
    assert search(client).status_code == 200  # the search page has a count of its own


def test_one_api_request_too_many_gets_a_json_429_until_the_window_has_passed(
    client, site_tree, limits
):
    for _ in range(LIMIT):
        assert client.get(API, REMOTE_ADDR=VISITOR).status_code == 200
    refused = client.get(API, REMOTE_ADDR=VISITOR)
    assert_refused(refused)
    assert refused["Content-Type"] == "application/json"
    assert list(refused.json()) == ["message"]
    assert "too many requests" in refused.json()["message"]
    # A partner's script on another site may read the answer and when to ask again.
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert refused["Access-Control-Expose-Headers"] == "Retry-After"

    assert client.get(API, REMOTE_ADDR=OTHER_VISITOR).status_code == 200
    assert search(client).status_code == 200  # the API has a count of its own
    limits.shift(datetime.timedelta(seconds=61))
    assert client.get(API, REMOTE_ADDR=VISITOR).status_code == 200


def test_behind_the_proxy_each_forwarded_address_has_its_own_count(
    client, site_tree, limits, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(LIMIT):
        response = search(
            client, address=PROXY, query=f"woord{number}", HTTP_X_FORWARDED_FOR=VISITOR
        )
        assert response.status_code == 200
    assert search(client, address=PROXY, HTTP_X_FORWARDED_FOR=VISITOR).status_code == 429
    # An entry the client typed in front of the proxy's does not make it someone else.
    forged = f"198.51.100.1, {VISITOR}"
    assert search(client, address=PROXY, HTTP_X_FORWARDED_FOR=forged).status_code == 429
    # Everyone comes from the proxy's address, yet another visitor is served.
    assert search(client, address=PROXY, HTTP_X_FORWARDED_FOR=OTHER_VISITOR).status_code == 200


def test_a_client_without_a_usable_address_is_served_not_failed(
    client, site_tree, limits, settings
):
    # No address over a Unix socket; garbage when TRUSTED_PROXY_COUNT is set too high.
    for _ in range(LIMIT + 2):
        assert search(client, address="").status_code == 200
    settings.TRUSTED_PROXY_COUNT = 1
    assert search(client, address=PROXY, HTTP_X_FORWARDED_FOR="unknown").status_code == 200
    assert client.get(API, REMOTE_ADDR="", HTTP_X_FORWARDED_FOR="unknown").status_code == 200


def test_switched_off_nothing_is_limited(client, site_tree, limits, settings):
    settings.SEARCH_RATE_LIMIT = settings.SEARCH_SUGGESTIONS_RATE_LIMIT = None
    settings.API_RATE_LIMIT = None
    for _ in range(LIMIT + 2):
        assert search(client).status_code == 200
        assert search(client, url=SUGGESTIONS).status_code == 200
        assert client.get(API, REMOTE_ADDR=VISITOR).status_code == 200


def test_the_settings_take_a_rate_or_a_word_for_none(monkeypatch):
    for value, rate in [("30/m", "30/m"), (" 100/5M ", "100/5m"), ("0", None), ("", None),
                        ("off", None)]:  # fmt: skip
        monkeypatch.setenv("SEARCH_RATE_LIMIT", value)
        assert env_rate("SEARCH_RATE_LIMIT", "30/m") == rate, value
    monkeypatch.delenv("SEARCH_RATE_LIMIT")
    assert env_rate("SEARCH_RATE_LIMIT", "30/m") == "30/m"
    for wrong in ("30", "30 per minute", "0/m", "30/0m", "-1/m", "30/w"):
        monkeypatch.setenv("SEARCH_RATE_LIMIT", wrong)
        with pytest.raises(ImproperlyConfigured, match="SEARCH_RATE_LIMIT.*e.g. '30/m'"):
            env_rate("SEARCH_RATE_LIMIT", "30/m")


def test_the_page_cache_stores_no_429_and_its_answers_are_not_counted(
    client, site_tree, limits, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    assert search(client, query="sterren")["X-Page-Cache"] == "miss"  # counted: 1
    for _ in range(5):
        assert search(client, query="sterren")["X-Page-Cache"] == "hit"  # not counted
    assert search(client, query="planeten").status_code == 200  # 2
    assert search(client, query="manen").status_code == 200  # 3
    refused = search(client, query="kometen")
    assert_refused(refused)
    assert "X-Page-Cache" not in refused  # neither served from the cache nor stored in it
    answered = search(client, address=OTHER_VISITOR, query="kometen")
    assert answered.status_code == 200 and answered["X-Page-Cache"] == "miss"


def test_the_limits_count_in_a_cache_that_all_workers_share(settings):
    alias = settings.RATELIMIT_USE_CACHE
    assert (
        services.caches(None, "/srv/page-cache")[alias]["BACKEND"]
        == "config.file_cache.PageFileCache"
    )
    with_redis = services.caches("redis://redis:6379/0", "-")[alias]
    assert with_redis["BACKEND"] == "config.cache.ResilientRedisCache"


def test_when_redis_does_not_answer_search_and_the_api_are_served(client, site_tree, limits):
    settings_for_a_dead_redis = services.caches("redis://127.0.0.1:1/0", "-")
    with override_settings(CACHES=settings_for_a_dead_redis, RATELIMIT_USE_CACHE="pages"):
        outages.cache.open()
        for number in range(LIMIT + 2):
            assert search(client, query=f"woord{number}").status_code == 200
            assert client.get(API, REMOTE_ADDR=VISITOR).status_code == 200
        assert outages.open_breakers() == ["cache"]
        # Also when Redis is asked (the breaker's retry) and refuses: served, not failed.
        outages.close_all()
        assert search(client).status_code == 200
        assert outages.open_breakers() == ["cache"]
