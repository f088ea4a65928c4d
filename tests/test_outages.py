"""A search cluster or Redis that hangs (accepts connections, never answers) costs one request a
short timeout; then the site skips it for a while, answers from the database, logs the outage
once and says so on /healthz. Measured by the connections the hanging service receives, not by
the clock."""

import datetime
import io
import logging
import socket
import threading

import pytest
import time_machine
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings
from redis.exceptions import ConnectionError as RedisConnectionError

from config import services
from stad.core import outages
from stad.search.backends import cluster


class HangingService:
    """A TCP server that accepts every connection and never sends a byte."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def hanging():
    service = HangingService()
    yield service
    service.close()


@pytest.fixture
def indexed(db, site_tree):
    call_command("update_index", stdout=io.StringIO())
    return site_tree


def outage_lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "stad.outages"]


def test_a_visitors_search_waits_less_than_half_a_second_for_the_cluster():
    assert cluster.QUERY_TIMEOUT < 0.5
    assert cluster.with_query_timeout(object(), {"size": 10}) == {
        "size": 10,
        "request_timeout": cluster.QUERY_TIMEOUT,
    }


def test_a_hanging_cluster_is_asked_once_then_skipped_and_logged_once(
    client, indexed, hanging, caplog
):
    title = indexed["ProgrammePage"]["nl"].title
    backends = services.search_backends(f"opensearch://127.0.0.1:{hanging.port}")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), caplog.at_level(logging.INFO):
        for _ in range(5):
            response = client.get("/nl/zoeken/", {"q": title})
            assert response.status_code == 200
            assert title in response.content.decode()  # answered from the database
        health = client.get("/healthz")

    assert len(hanging.connections) == 1  # the first search's; the others skipped the cluster
    assert health.status_code == 503 and health.json()["down"] == ["search"]
    assert len(hanging.connections) == 1  # /healthz did not ask the hanging cluster either
    lines = outage_lines(caplog)
    assert len(lines) == 1
    assert lines[0].startswith("Search cluster failed (ConnectionTimeout")
    assert "Traceback" not in caplog.text


def test_after_the_retry_period_one_search_tries_the_cluster_again(client, indexed, hanging):
    backends = services.search_backends(f"opensearch://127.0.0.1:{hanging.port}")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), time_machine.travel(0) as clock:
        client.get("/nl/zoeken/", {"q": "Inleiding"})
        clock.shift(datetime.timedelta(seconds=outages.OUTAGE_RETRY_SECONDS + 1))
        for _ in range(3):
            client.get("/nl/zoeken/", {"q": "Inleiding"})
    assert len(hanging.connections) == 2


def test_a_service_that_answers_again_closes_the_outage_with_a_line(caplog):
    def fails():
        raise ConnectionError("refused")

    with time_machine.travel(0) as clock, caplog.at_level(logging.WARNING):
        with pytest.raises(ConnectionError):
            outages.search.call(fails)
        assert outages.open_breakers() == ["search"]
        clock.shift(datetime.timedelta(seconds=outages.OUTAGE_RETRY_SECONDS + 1))
        assert outages.search.call(lambda: "answer") == "answer"
    assert outages.open_breakers() == []
    assert outage_lines(caplog)[-1] == "Search cluster answers again"


def test_a_hanging_redis_is_asked_once_and_pages_are_served(client, site_tree, hanging, caplog):
    with override_settings(CACHES=services.caches(f"redis://127.0.0.1:{hanging.port}/0", "-")):
        cache = caches["default"]
        with caplog.at_level(logging.WARNING):
            assert cache.get("anything", "fallback") == "fallback"
            for _ in range(3):
                response = client.get(site_tree["EventPage"]["nl"].url)
                assert response.status_code == 200
            cache.set("key", "value")
            health = client.get("/healthz")
    assert len(hanging.connections) == 1
    assert health.status_code == 503 and health.json()["down"] == ["cache"]
    lines = outage_lines(caplog)
    assert len(lines) == 1 and lines[0].startswith("Redis failed (TimeoutError")


def test_an_error_that_is_not_an_outage_does_not_stop_the_cache(settings):
    from redis.exceptions import RedisError  # noqa: F401 - the only kind that counts

    with pytest.raises(ValueError):
        outages.cache.call(lambda: int("not a number"))
    assert outages.open_breakers() == []


def times_out():
    raise TimeoutError("the cluster did not answer")


def test_healthz_asks_again_once_the_retry_period_is_over(client, db, hanging):
    backends = services.search_backends(f"opensearch://127.0.0.1:{hanging.port}")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), time_machine.travel(0) as clock:
        with pytest.raises(TimeoutError):
            outages.search.call(times_out)
        assert client.get("/healthz").json()["down"] == ["search"]
        assert len(hanging.connections) == 0  # skipped, not asked
        clock.shift(datetime.timedelta(seconds=outages.OUTAGE_RETRY_SECONDS + 1))
        assert client.get("/healthz").json()["down"] == ["search"]
        assert len(hanging.connections) == 1  # asked again (and it still hangs)


def test_pages_stored_before_a_cache_outage_are_not_served_after_it(db):
    """A publish during the outage could not renew the page cache; Redis that hung keeps what it
    stored before. So the first answer from Redis after the outage starts a new generation."""
    from stad.core.page_cache import generation

    before = generation.current()

    def refused():
        raise RedisConnectionError("Connection refused")

    with time_machine.travel(0) as clock:
        with pytest.raises(RedisConnectionError):
            outages.cache.call(refused)
        clock.shift(datetime.timedelta(seconds=outages.OUTAGE_RETRY_SECONDS + 1))
        # The call that finds Redis back is a cache call (through the breaker on the stack).
        assert outages.cache.call(generation.page_cache().get, "anything", "answer") == "answer"
    assert generation.current() != before


def test_the_page_lookup_that_finds_redis_back_serves_nothing_stored_before(db, monkeypatch):
    """The lookup reads the token and the page together; when that very read is the one that
    closes the breaker, both were stored before the outage and neither may be used."""
    from stad.core.page_cache import generation

    cache = generation.page_cache()
    before = generation.current()
    cache.set("page:stored-before", (before, "a page from before the outage"), 60)
    read = cache.get_many

    def closes_the_breaker(keys, *args, **kwargs):
        found = read(keys, *args, **kwargs)
        generation.after_outage.owed.set()  # what the breaker's listener does on this call
        return found

    monkeypatch.setattr(cache, "get_many", closes_the_breaker)
    token, stored = generation.current_and("page:stored-before")
    assert stored is None
    assert token != before
    assert not generation.after_outage.owed.is_set()
