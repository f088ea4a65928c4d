"""Fetching a partner's feed politely and safely.

- only http and https, also after every redirect (at most ``MAX_REDIRECTS``);
- the host is resolved once and every address it resolves to must be public, unless the host is
  in ``EVENT_FEED_ALLOWED_HOSTS``; the connection then goes to an address that was checked, so a
  second lookup cannot swap in an internal one;
- a timeout on connecting and on every read, and one on the whole download;
- at most ``EVENT_FEED_MAX_BYTES``, read in pieces and abandoned past the limit;
- conditional requests: the ETag and Last-Modified of the previous answer are sent back, and a
  304 means the feed has not changed.
"""

import http.client
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from .feed_events import FeedError

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = "StadVanOntdekkingen-agenda/1.0 (+https://stadvanontdekkingen.nl)"


@dataclass(frozen=True)
class Fetched:
    content: bytes | None  # None: not changed since the last fetch (304)
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""


def fetch_feed(url, etag="", last_modified=""):
    """The feed at ``url``; raises ``FeedError`` with a message for editors when it cannot."""
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + 3 * settings.EVENT_FEED_TIMEOUT_SECONDS
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            response, connection = request(url, headers)
        except (OSError, http.client.HTTPException) as error:
            raise FeedError(
                _("The feed cannot be reached: %(error)s") % {"error": error}
            ) from error
        try:
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status == 304:
                return Fetched(None, etag=etag, last_modified=last_modified)
            if response.status != 200:
                raise FeedError(
                    _("The feed answered with HTTP status %(status)s.")
                    % {"status": response.status}
                )
            return Fetched(
                read_limited(response, deadline),
                etag=response.getheader("ETag", ""),
                last_modified=response.getheader("Last-Modified", ""),
                content_type=response.getheader("Content-Type", ""),
            )
        except (OSError, http.client.HTTPException) as error:
            raise FeedError(_("Reading the feed failed: %(error)s") % {"error": error}) from error
        finally:
            connection.close()
    raise FeedError(_("The feed redirects more than %(count)s times.") % {"count": MAX_REDIRECTS})


def request(url, headers):
    """Send a GET for ``url`` to a checked address of its host: (response, connection)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedError(_("Only addresses that start with http:// or https:// are allowed."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = checked_address(parts.hostname, port)
    timeout = settings.EVENT_FEED_TIMEOUT_SECONDS
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(parts.hostname, port, timeout=timeout)
    else:
        connection = http.client.HTTPConnection(parts.hostname, port, timeout=timeout)

    # http.client connects through this attribute; TLS still checks the certificate against
    # the host name, and the Host header still names it.
    def connect_to_checked_address(_address, *args, **kwargs):
        return socket.create_connection((address, port), *args, **kwargs)

    connection._create_connection = connect_to_checked_address
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    connection.request("GET", path, headers=headers)
    return connection.getresponse(), connection


def checked_address(host, port):
    """The first address ``host`` resolves to, after checking every one of them."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        message = _("The name %(host)s was not found: %(error)s") % {"host": host, "error": error}
        raise FeedError(message) from error
    addresses = [info[4][0] for info in found]
    allowed = host.lower() in {name.lower() for name in settings.EVENT_FEED_ALLOWED_HOSTS}
    if not allowed:
        for address in addresses:
            if not is_public(address):
                raise FeedError(
                    _("%(host)s points to an internal address (%(address)s), which is not fetched.")
                    % {"host": host, "address": address}
                )
    return addresses[0]


def is_public(address):
    ip = ipaddress.ip_address(address.split("%")[0])
    if getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def read_limited(response, deadline):
    limit = settings.EVENT_FEED_MAX_BYTES
    too_big = FeedError(
        _("The feed is larger than %(size)s kB; nothing was read.") % {"size": limit // 1024}
    )
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise too_big
    pieces, size = [], 0
    while piece := response.read(CHUNK_BYTES):
        size += len(piece)
        if size > limit:
            raise too_big
        if time.monotonic() > deadline:
            raise FeedError(_("The feed took too long to send."))
        pieces.append(piece)
    content = b"".join(pieces)
    if not content.strip():
        raise FeedError(_("The feed is empty."))
    return content
