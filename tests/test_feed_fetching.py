"""Fetching partners' feeds safely (stad/events/sources/fetching.py): schemes, internal
addresses, redirects, size and conditional requests, against a local server."""

import socket

import pytest
from django.test import override_settings
from django.utils import translation

from stad.events.sources.feed_events import FeedError
from stad.events.sources.fetching import fetch_feed, is_public
from tests.servers import FixtureServer

CALENDAR = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


@pytest.fixture(autouse=True)
def in_dutch():
    """The messages are the editors' (Dutch, as the import stores them)."""
    with translation.override("nl"):
        yield


@pytest.fixture
def server():
    with FixtureServer({"/feed.ics": (200, {"ETag": '"abc"'}, CALENDAR)}) as running:
        yield running


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed.ics", "gopher://x/", "https:///nohost"]
)
def test_only_http_and_https(url):
    with pytest.raises(FeedError, match="http:// of https://"):
        fetch_feed(url)


@override_settings(EVENT_FEED_ALLOWED_HOSTS=["127.0.0.1"])
def test_a_listed_host_may_be_internal(server):
    fetched = fetch_feed(server.url("/feed.ics"))
    assert fetched.content == CALENDAR and fetched.etag == '"abc"'


@override_settings(EVENT_FEED_ALLOWED_HOSTS=[])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_unless_listed(server, host):
    with pytest.raises(FeedError, match="intern adres"):
        fetch_feed(server.url("/feed.ics", host=host))
    assert server.requests == []  # refused before connecting


@pytest.mark.parametrize(
    "addresses",
    [["10.1.2.3"], ["192.168.1.10"], ["169.254.169.254"], ["93.184.215.14", "172.16.0.1"], ["::1"]],
)
@override_settings(EVENT_FEED_ALLOWED_HOSTS=[])
def test_a_name_that_resolves_to_any_internal_address_is_refused(monkeypatch, addresses):
    def resolve(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in addresses
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(FeedError, match="intern adres"):
        fetch_feed("https://partner.example/feed.ics")


def test_which_addresses_count_as_public():
    assert is_public("93.184.215.14") and is_public("2a00:1450:400e:80c::200e")
    for address in (
        "127.0.0.1",
        "10.0.0.1",
        "100.64.0.1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
    ):
        assert not is_public(address), address


@override_settings(EVENT_FEED_ALLOWED_HOSTS=["127.0.0.1"])
def test_redirects_are_followed_and_checked_again(server):
    server.routes["/moved"] = (301, {"Location": "/feed.ics"}, b"")
    assert fetch_feed(server.url("/moved")).content == CALENDAR

    # To another scheme: refused.
    server.routes["/to-file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(FeedError, match="http:// of https://"):
        fetch_feed(server.url("/to-file"))
    # To an internal host that is not listed: refused, although the first host was allowed.
    server.routes["/to-localhost"] = (302, {"Location": server.url("/feed.ics", "localhost")}, b"")
    with pytest.raises(FeedError, match="intern adres"):
        fetch_feed(server.url("/to-localhost"))
    # In circles: given up.
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(FeedError, match="door"):
        fetch_feed(server.url("/loop"))


@override_settings(EVENT_FEED_ALLOWED_HOSTS=["127.0.0.1"], EVENT_FEED_MAX_BYTES=1000)
@pytest.mark.parametrize("headers", [{}, {"X-Stream": "1"}], ids=["announced", "streamed"])
def test_a_feed_over_the_size_limit_is_abandoned(server, headers):
    server.routes["/big.ics"] = (200, headers, CALENDAR + b"X" * 5000)
    with pytest.raises(FeedError, match="groter dan"):
        fetch_feed(server.url("/big.ics"))


@override_settings(EVENT_FEED_ALLOWED_HOSTS=["127.0.0.1"])
def test_conditional_requests(server):
    first = fetch_feed(server.url("/feed.ics"))
    again = fetch_feed(server.url("/feed.ics"), etag=first.etag, last_modified="Tue, 01 Dec 2026")
    assert again.content is None and again.etag == '"abc"'
    headers = server.requests[-1][1]
    assert headers["If-None-Match"] == '"abc"'
    assert headers["If-Modified-Since"] == "Tue, 01 Dec 2026"


@override_settings(EVENT_FEED_ALLOWED_HOSTS=["127.0.0.1"], EVENT_FEED_TIMEOUT_SECONDS=1)
def test_a_server_that_does_not_answer_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts the connection, never answers
        with pytest.raises(FeedError, match="niet bereikbaar"):
            fetch_feed(f"http://127.0.0.1:{silent.getsockname()[1]}/feed.ics")


def test_a_name_that_does_not_resolve():
    with pytest.raises(FeedError, match="niet gevonden"):
        fetch_feed("https://no-such-host.invalid/feed.ics")


@override_settings(EVENT_FEED_ALLOWED_HOSTS=[], EVENT_FEED_TIMEOUT_SECONDS=1)
def test_the_checked_address_is_the_one_connected_to(monkeypatch, server):
    """DNS rebinding: the name is public when checked and loopback a moment later. The
    connection goes to the address that was checked, never to the one a second lookup gives."""
    real_getaddrinfo = socket.getaddrinfo
    lookups = []

    def rebinding(host, port, *args, **kwargs):
        if host != "partner.example":
            return real_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(host)
        address = "1.1.1.1" if len(lookups) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FeedError):
        fetch_feed(f"http://partner.example:{server.port}/feed.ics")
    assert lookups == ["partner.example"] and server.requests == []
