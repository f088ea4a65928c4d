"""Servers that tests start as processes of their own (gunicorn, nginx): free ports, requests
that return error answers instead of raising, and waiting until a server answers; and a small
server in a thread that answers with fixture files (partners' feeds)."""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

# gunicorn answers within a few seconds; the machine may be busy with other test runs.
STARTUP_SECONDS = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 3xx answer itself comes back (as an HTTPError)


def fetch(url, follow=True, **headers):
    """(status, headers, body) of a GET; with ``follow=False`` a redirect is the answer."""
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# The output files of the servers started by ``start``, while they run: a failing test's report
# shows the end of each (tests/conftest.py), so a 500 comes with the traceback the server logged.
RUNNING = {}
SHOWN_CHARACTERS = 6000


def start(command, env, output):
    """``command`` as a server in a process group of its own (so that a hung start-up can be
    killed), writing what it prints to the file ``output``: a pipe nobody reads would stall a
    server that logs much once its buffer is full."""
    with open(output, "wb") as log:
        server = subprocess.Popen(
            command,
            cwd=Path(__file__).resolve().parent.parent,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server.output = Path(output)
    RUNNING[server.pid] = server
    return server


def stop(server):
    """Stop ``server`` politely, or its whole process group when it does not stop in time."""
    try:
        server.terminate()
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)
    finally:
        RUNNING.pop(server.pid, None)


def output_of(server):
    """The end of what ``server`` has printed."""
    text = server.output.read_text(errors="replace") if server.output.exists() else ""
    return text[-SHOWN_CHARACTERS:]


def wait_until_answering(server, url, seconds=STARTUP_SECONDS):
    """Poll ``url`` until the server answers; fail with its output if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            RUNNING.pop(server.pid, None)
            pytest.fail(
                f"{server.args[0]} exited with status {server.returncode} before answering "
                f"{url}:\n{output_of(server)}"
            )
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.5)
    # Workers stuck in start-up ignore a polite stop: kill the whole group.
    os.killpg(server.pid, signal.SIGKILL)
    server.wait(timeout=30)
    RUNNING.pop(server.pid, None)
    pytest.fail(
        f"{server.args[0]} did not answer {url} within {seconds} seconds; its output:\n"
        + output_of(server)
    )


class FixtureServer:
    """A local HTTP server in a thread that answers from ``routes``: path → (status, headers,
    body). It answers 304 when a request's If-None-Match is the route's ETag, and keeps the
    headers of every request in ``requests`` (path, headers). A route whose headers have
    ``X-Stream`` is sent without a Content-Length, to be read until the connection closes."""

    def __init__(self, routes=None):
        import http.server
        import threading

        self.routes = dict(routes or {})
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                status, headers, body = server.routes.get(self.path, (404, {}, b"not here"))
                if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                    status, body = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304 and "X-Stream" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass  # quiet test output

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path, host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
