"""Servers that tests start as processes of their own (gunicorn, nginx): free ports, requests
that return error answers instead of raising, and waiting until a server answers."""

import os
import signal
import socket
import time
import urllib.error
import urllib.request

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


def wait_until_answering(server, url, seconds=STARTUP_SECONDS):
    """Poll ``url`` until the server answers; fail with its output if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(
                f"gunicorn exited with status {server.returncode} before answering {url}:\n"
                + server.stdout.read().decode(errors="replace")
            )
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.5)
    # Workers stuck in start-up ignore a polite stop and hold the output pipe open: kill them all.
    os.killpg(server.pid, signal.SIGKILL)
    output, _ = server.communicate(timeout=30)
    pytest.fail(
        f"gunicorn did not answer {url} within {seconds} seconds; its output:\n"
        + output.decode(errors="replace")
    )
