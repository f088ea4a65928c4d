"""gunicorn serves the site with production settings; whitenoise serves hashed static files."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.production_content import make_content, production_site
from tests.servers import fetch, free_port, start, stop, wait_until_answering
from tests.services import create_database, drop_database, postgres_server

PROJECT = Path(__file__).resolve().parent.parent
ONE_YEAR = 365 * 24 * 60 * 60
# tokens first: base and components use its custom properties.
STYLESHEETS = ["tokens", "base", "components"]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """The server's own new database: on PostgreSQL under make test-stack, else SQLite."""
    if not postgres_server():
        yield f"sqlite:///{tmp_path_factory.mktemp('production-database') / 'db.sqlite3'}"
        return
    url = create_database("stad_production")
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture(scope="module")
def production_server(tmp_path_factory, database):
    work = tmp_path_factory.mktemp("production")
    env = production_site(work, database)
    bin_dir = Path(sys.executable).parent
    port = free_port()
    server = start(
        [
            str(bin_dir / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env,
        work / "gunicorn.log",
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(server, base + "/healthz")
        yield base, work, env
    finally:
        stop(server)


def test_gunicorn_answers_the_health_check(production_server):
    base, _work, _env = production_server
    status, headers, body = fetch(base + "/healthz")
    assert status == 200, body
    assert b'"status": "ok"' in body
    assert headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("stylesheet", STYLESHEETS)
def test_static_files_have_hashed_names_long_cache_and_compression(production_server, stylesheet):
    base, work, _env = production_server
    hashed = [name.name for name in (work / "static/css").iterdir()]
    pattern = rf"{stylesheet}\.[0-9a-f]{{12}}\.css"
    name = next(name for name in hashed if re.fullmatch(pattern, name))
    status, headers, _body = fetch(f"{base}/static/css/{name}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert f"max-age={ONE_YEAR}" in headers["Cache-Control"]
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("Content-Encoding") == "gzip"


def test_production_pages_link_the_hashed_stylesheets_in_order(production_server):
    base, _work, _env = production_server
    status, _headers, body = fetch(base + "/en/does-not-exist/")
    assert status == 404
    stylesheet = rb'<link rel="stylesheet" href="/static/css/(\w+)\.[0-9a-f]{12}\.css">'
    linked = re.findall(stylesheet, body)
    assert [name.decode() for name in linked] == STYLESHEETS


def test_a_publish_in_another_process_shows_on_the_next_visit(production_server):
    """The page cache is shared by the server's workers and renewed by whichever process
    publishes: here a management shell, as a scheduled publish or an import would."""
    base, _work, env = production_server
    responses = [fetch(base + "/nl/") for _ in range(3)]
    assert [status for status, _headers, _body in responses] == [200, 200, 200]
    assert responses[-1][1]["X-Page-Cache"] == "hit"
    publish = (
        "from wagtail.models import Page\n"
        "page = Page.objects.get(depth=2).specific\n"
        "page.title = 'Gepubliceerd in een ander proces'\n"
        "page.save_revision().publish()\n"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", publish],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    status, headers, body = fetch(base + "/nl/")
    assert status == 200
    assert headers["X-Page-Cache"] == "miss"
    assert b"Gepubliceerd in een ander proces" in body


def test_gunicorn_sends_the_security_headers_and_no_version(production_server):
    base, _work, _env = production_server
    # Behind the TLS proxy (X-Forwarded-Proto), as in production; HSTS is sent over HTTPS only.
    status, headers, _body = fetch(base + "/en/does-not-exist/", **{"X-Forwarded-Proto": "https"})
    assert status == 404
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    # gunicorn names itself without a version (README: the proxy in front may drop even that).
    assert headers["Server"] == "gunicorn"


@pytest.fixture(scope="module")
def content(production_server):
    _base, _work, env = production_server
    return make_content(env)


def test_documents_go_through_the_serve_view_which_asks_for_a_login(production_server, content):
    """Without a proxy, gunicorn alone: the production settings link every document to Wagtail's
    serve view, which sends an anonymous visitor of a restricted collection to the login."""
    base, _work, _env = production_server
    document_id, file_name, url = content["private_document"]
    assert url == f"/documents/{document_id}/{Path(file_name).name}"
    status, headers, body = fetch(base + url, follow=False)
    assert status == 302
    assert "login/?next=/documents/" in headers["Location"]
    assert b"vertrouwelijk" not in body
    public_id, public_name, public_url = content["public_document"]
    assert public_url.startswith(f"/documents/{public_id}/")
    status, headers, body = fetch(base + public_url)
    assert (status, body) == (200, b"openbaar verslag")
    assert "attachment" in headers["Content-Disposition"]


def test_gunicorn_serves_no_media_files_at_all(production_server, content):
    base, _work, _env = production_server
    for name in (content["private_document"][1], content["private_image"]):
        assert fetch(f"{base}/media/{name}", follow=False)[0] == 404


def test_a_file_with_the_same_name_gets_a_name_of_its_own(production_server, content):
    base, work, _env = production_server
    (_first_id, first, _url), (_second_id, second, second_url) = (
        content["public_document"],
        content["same_name"],
    )
    assert first != second
    assert (work / "media" / first).read_bytes() == b"openbaar verslag"
    assert (work / "media" / second).read_bytes() == b"nieuwe versie"
    assert fetch(base + second_url)[2] == b"nieuwe versie"
