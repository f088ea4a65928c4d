"""Media as production serves it: nginx with deploy/nginx/'s configuration in front of gunicorn
with production settings. Pictures that pages show answer, with a long cache lifetime; originals
and documents of restricted collections answer to no anonymous visitor by any URL.

nginx comes from Debian (``scripts/services.sh start`` or ``make serve-proxy`` install it); where
it is missing these tests skip, and fail under REQUIRE_SERVICES=1 (CI).
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from tests.production_content import PROJECT, make_content, production_site
from tests.servers import fetch, free_port, start, stop, wait_until_answering
from tests.services import require

ONE_YEAR = 365 * 24 * 60 * 60
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    """(address of nginx, what the content script made, media folder)."""
    require("nginx", NGINX is not None, "scripts/services.sh start")
    work = tmp_path_factory.mktemp("proxy")
    app_port, proxy_port = free_port(), free_port()
    # Its own database: this is about the proxy (tests/test_production_server.py runs
    # gunicorn on PostgreSQL under make test-stack).
    env = production_site(
        work,
        f"sqlite:///{work / 'db.sqlite3'}",
        PROXY_LISTEN=f"127.0.0.1:{proxy_port}",
        PROXY_UPSTREAM=f"127.0.0.1:{app_port}",
    )
    content = make_content(env)
    config = subprocess.run(
        ["scripts/proxy.sh", "config", str(work / "nginx")],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout.strip()
    gunicorn = Path(sys.executable).parent / "gunicorn"
    app = start(
        [
            str(gunicorn),
            "config.wsgi:application",
            "--bind",
            env["PROXY_UPSTREAM"],
            "--workers",
            "2",
        ],
        env,
        work / "gunicorn.log",
    )
    nginx = start(
        [NGINX, "-e", str(work / "nginx/error.log"), "-c", config, "-g", "daemon off;"],
        env,
        work / "nginx.log",
    )
    base = f"http://{env['PROXY_LISTEN']}"
    try:
        wait_until_answering(app, f"http://{env['PROXY_UPSTREAM']}/healthz")
        wait_until_answering(nginx, base + "/healthz")
        yield base, content, work / "media"
    finally:
        for server in (nginx, app):
            stop(server)


def path_of(url):
    return urlsplit(url).path


def open_graph_image(base, page_url):
    status, _headers, body = fetch(base + page_url)
    assert status == 200
    found = re.search(rb'<meta property="og:image" content="([^"]+)"', body)
    assert found, "the page has no og:image"
    return found.group(1).decode()


def test_the_page_and_its_og_image_answer_through_the_proxy(proxy):
    base, content, _media = proxy
    image = path_of(open_graph_image(base, content["home"]))
    assert image.startswith("/media/images/")
    status, headers, body = fetch(base + image)
    assert status == 200
    assert headers["Content-Type"] == "image/jpeg"
    assert body.startswith(b"\xff\xd8")  # a JPEG
    assert f"max-age={ONE_YEAR}" in headers["Cache-Control"]
    assert "public" in headers["Cache-Control"]


def test_the_api_links_a_rendition_that_answers(proxy):
    base, _content, _media = proxy
    status, _headers, body = fetch(base + "/api/v2/images/?title=Hortus")
    assert status == 200
    download = re.search(rb'"download_url": ?"([^"]+)"', body).group(1).decode()
    assert download.startswith("/media/images/")
    assert fetch(base + download)[0] == 200


def test_static_files_come_from_disk_with_a_long_lifetime(proxy):
    base, _content, _media = proxy
    _status, _headers, page = fetch(base + "/nl/")
    stylesheet = re.search(rb'href="(/static/css/base\.[0-9a-f]{12}\.css)"', page).group(1)
    status, headers, _body = fetch(base + stylesheet.decode())
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert "Server" not in headers or "/" not in headers["Server"]  # no version


def test_no_original_image_is_reachable_by_url(proxy):
    base, content, media = proxy
    for name in (content["public_image"], content["private_image"]):
        assert (media / name).exists()
        for url in (f"/media/{name}", f"/media/{quote(name)}", f"/media//{name}"):
            status, _headers, body = fetch(base + url, follow=False)
            assert status in (403, 404), url
            assert (media / name).read_bytes() not in body


def test_a_restricted_document_answers_no_anonymous_visitor(proxy):
    base, content, media = proxy
    document_id, name, url = content["private_document"]
    secret = (media / name).read_bytes()
    addresses = [
        url,
        f"/media/{name}",
        f"/media/images/../{name}",
        f"/media/images/%2e%2e/{name}",
        f"/static/../media/{name}",
        f"/documents/{document_id}/{Path(name).name}?download=1",
    ]
    for address in addresses:
        status, _headers, body = fetch(base + address, follow=False)
        assert status != 200, address
        assert secret not in body, address
    # The serve view's answer: to the login, and back to the document afterwards.
    status, headers, _body = fetch(base + url, follow=False)
    assert status == 302
    assert f"login/?next={url}" in headers["Location"]


def test_a_public_document_downloads_through_the_serve_view(proxy):
    base, content, media = proxy
    _document_id, name, url = content["public_document"]
    assert url.startswith("/documents/")
    status, headers, body = fetch(base + url)
    assert (status, body) == (200, b"openbaar verslag")
    assert "attachment" in headers["Content-Disposition"]
    # The file itself is not public by its media address.
    assert fetch(f"{base}/media/{name}", follow=False)[0] == 404
