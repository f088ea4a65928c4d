"""CPU per request of the WSGI application in this process, without a server or a load tool.

    DJANGO_SETTINGS_MODULE=... .venv/bin/python scripts/request_cpu.py [--requests N]
        [--gzip] [--new-address] PATH [PATH ...]

Calls the application as gunicorn would (same middleware, same settings and stores), a few
times to warm up, then N times, and prints the CPU time per request of this process and what
the last answer was (status, bytes, ``X-Page-Cache``). Steadier than ``make bench`` on a shared
machine, since no other process is counted, and quick: for comparing a hit with the static file,
or a change to a page's build (``--new-address`` adds a parameter no page reads, unique per
request, as the bench's "miss" mode does). Set up the environment as ``scripts/bench.sh`` does
(production settings, a database with content, ``PAGE_CACHE_SECONDS``).
"""

import argparse
import io
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.core.wsgi import get_wsgi_application  # noqa: E402


def environ(path, gzip):
    path, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_ACCEPT_ENCODING": "gzip" if gzip else "",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }


def ask(application, path, gzip):
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    body = application(environ(path, gzip), start_response)
    size = sum(len(chunk) for chunk in body)
    if hasattr(body, "close"):
        body.close()
    return answer["status"], size, answer["headers"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--gzip", action="store_true", help="ask as browsers do")
    parser.add_argument("--new-address", action="store_true", help="every request a new URL")
    options = parser.parse_args()
    application = get_wsgi_application()

    def address(path):
        if not options.new_address:
            return path
        return f"{path}{'&' if '?' in path else '?'}request-cpu={uuid.uuid4().hex}"

    for path in options.paths:
        for _ in range(5):
            ask(application, address(path), options.gzip)
        started = time.process_time()
        for _ in range(options.requests):
            status, size, headers = ask(application, address(path), options.gzip)
        per_request = (time.process_time() - started) / options.requests
        print(
            f"{path:55} {status[:3]} {size:8d} B  {headers.get('X-Page-Cache', '-'):4}"
            f"  {per_request * 1000:7.3f} ms CPU/request"
        )


if __name__ == "__main__":
    main()
