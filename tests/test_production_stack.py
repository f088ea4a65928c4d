"""The site on PostgreSQL and Redis, and what happens when a service goes away."""

import logging
import os
from unittest import mock

import pytest
from django.core.cache import cache, caches
from django.db import OperationalError, connection
from django.test import override_settings

from config import services
from config.cache import ResilientRedisCache
from tests.services import postgres_server, require

CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"
CLOSED_PORT_SEARCH = "opensearch://127.0.0.1:1"


def test_database_is_the_one_database_url_names(db):
    require("PostgreSQL (DATABASE_URL)", postgres_server())
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        assert cursor.fetchone()[0]


def redis_answers():
    if not os.environ.get("REDIS_URL"):
        return False
    try:
        cache._cache.get_client(write=True).ping()
    except Exception:  # noqa: BLE001 - any failure means it is not there
        return False
    return True


def test_cache_is_redis_when_redis_url_is_set():
    require("Redis (REDIS_URL)", redis_answers())
    assert isinstance(caches["default"], ResilientRedisCache)
    cache.set("stad-test-key", {"answer": 42}, 30)
    assert cache.get("stad-test-key") == {"answer": 42}
    raw = cache._cache.get_client(write=False)
    assert raw.exists(cache.make_and_validate_key("stad-test-key"))
    cache.delete("stad-test-key")


def test_pages_are_served_when_redis_is_gone(client, db, site_tree, caplog):
    with override_settings(CACHES=services.caches(CLOSED_PORT_REDIS, "unused")):
        assert isinstance(caches["default"], ResilientRedisCache)
        with caplog.at_level(logging.WARNING, logger="stad.outages"):
            response = client.get(site_tree["EventPage"]["nl"].url)
            assert cache.get("anything", "fallback") == "fallback"
        assert response.status_code == 200
        assert site_tree["EventPage"]["nl"].title.encode() in response.content
    assert any(
        "pages are served without the cache" in record.getMessage() for record in caplog.records
    )


def test_healthz_reports_everything_up(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
        "down": [],
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_names_the_cache_when_redis_is_down(client, db):
    with override_settings(CACHES=services.caches(CLOSED_PORT_REDIS, "unused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["cache"]


def test_healthz_names_search_when_the_cluster_is_down(client, db):
    backends = services.search_backends(CLOSED_PORT_SEARCH, timeout=1)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["search"]


def test_healthz_names_the_database_when_it_is_down(client, db):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("gone")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert "database" in response.json()["down"]


@pytest.mark.parametrize(
    ("url", "backend", "address"),
    [
        (
            "opensearch://127.0.0.1:9200",
            "stad.search.backends.opensearch",
            "http://127.0.0.1:9200",
        ),
        (
            "opensearch+https://search.example:443",
            "stad.search.backends.opensearch",
            "https://search.example:443",
        ),
        ("elasticsearch://es:9200", "stad.search.backends.elasticsearch", "http://es:9200"),
    ],
)
def test_search_url_selects_the_backend(url, backend, address):
    config = services.search_backends(url)["default"]
    assert (config["BACKEND"], config["URLS"]) == (backend, [address])


def test_unknown_search_url_scheme_is_refused_with_a_clear_message():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL scheme 'solr' is not supported"):
        services.search_backends("solr://127.0.0.1:8983")
