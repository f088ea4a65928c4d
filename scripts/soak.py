"""The traffic, the faults and the checks of ``scripts/soak.sh`` (``make soak``).

    soak.py drive --base http://127.0.0.1:PORT [--requests N] [--concurrency C] [--json OUT]
    soak.py editor --log FILE [--interval S]     started by ``drive``: publishes pages (Django)
    soak.py settle                               waits until the background worker is idle (Django)

``drive`` sends mixed anonymous traffic (pages, agenda filters, search, API, feeds, iCal) from
C threads until N requests are done, while an editor process publishes a change every few
seconds. Along the way it takes services away, in this order, each for a share of the requests:
Redis stopped, the search node stopped, the search node hanging, Redis hanging; each comes back
before the next. Every request is counted in the outage window it overlaps (from the fault until
the service answers again, plus the site's retry period, ``OUTAGE_RETRY_SECONDS``) or outside
all of them. Afterwards it checks that every published change shows: on the page, in the API and
in search. It exits 1 if any request outside the windows failed, any request inside them got a
5xx (no page of this site needs Redis or the search node), or a change is missing.

Loopback only: the base URL must be 127.0.0.1 or localhost.
"""

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = [str(ROOT / "scripts" / "services.sh")]
# Seconds a request may take before it counts as failed (gunicorn's own timeout is 120 s).
REQUEST_TIMEOUT = 30
# How the run is divided, as shares of the requests: (start, end, fault). The gaps between the
# faults are steady traffic, in which the site must recover fully.
FAULTS = [
    (0.15, 0.27, "redis stopped"),
    (0.37, 0.50, "search node stopped"),
    (0.60, 0.70, "search node hangs"),
    (0.78, 0.86, "redis hangs"),
]
# Words visitors search for; a share of searches gets a random tail, so they miss the page cache.
WORDS = [
    "leiden", "wetenschap", "museum", "kinderen", "lezing", "festival", "naturalis",
    "universiteit", "boek", "kunst", "geschiedenis", "muziek", "ruimte", "water", "student",
    "science", "lecture", "children", "music", "history", "art", "city", "talent", "book",
]  # fmt: skip


# Targets ------------------------------------------------------------------------------------------


class FormChoices(HTMLParser):
    """(name, value) of every checkbox, radio button and select option of a page's forms."""

    def __init__(self):
        super().__init__()
        self.choices, self.select = set(), None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") in ("checkbox", "radio") and attrs.get("value"):
            self.choices.add((attrs["name"], attrs["value"]))
        elif tag == "select":
            self.select = attrs.get("name")
        elif tag == "option" and self.select and attrs.get("value"):
            self.choices.add((self.select, attrs["value"]))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


class Site:
    """The site's addresses, found the way a client would: through its API and its forms."""

    def __init__(self, base):
        self.base = urllib.parse.urlsplit(base)
        if self.base.hostname not in ("127.0.0.1", "localhost"):
            sys.exit("soak.py drives loopback only (127.0.0.1 or localhost).")

    def get(self, path, timeout=REQUEST_TIMEOUT):
        """(status, body); raises OSError when the server does not answer."""
        connection = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=timeout)
        try:
            connection.request("GET", path, headers={"Connection": "close"})
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    def api(self, query):
        status, body = self.get(f"/api/v2/pages/?{query}")
        if status != 200:
            sys.exit(f"/api/v2/pages/?{query} answered {status}")
        return json.loads(body)["items"]

    def paths(self, page_type):
        items = self.api(f"type={page_type}&limit=50")
        return [urllib.parse.urlsplit(item["meta"]["html_url"]).path for item in items]

    def discover(self):
        # The API lists at most 50 a time; the first 200 pages are plenty of addresses.
        everything = [
            item for offset in range(0, 200, 50) for item in self.api(f"limit=50&offset={offset}")
        ]
        self.pages = [urllib.parse.urlsplit(item["meta"]["html_url"]).path for item in everything]
        self.page_ids = [item["id"] for item in everything]
        self.agendas = self.paths("events.EventIndexPage")
        self.festivals = self.paths("events.FestivalPage")
        self.news_indexes = self.paths("home.NewsIndexPage")
        status, body = self.get(self.agendas[0])
        parser = FormChoices()
        parser.feed(body.decode())
        self.filters = sorted(parser.choices)
        if not (self.pages and self.agendas and self.festivals and self.news_indexes):
            sys.exit("The site has no demo content: run load_demo_content first.")
        if not self.filters:
            sys.exit(f"No filters found on {self.agendas[0]}.")

    # One request of each kind, chosen at random.

    def page(self, rng):
        return rng.choice(self.pages)

    def agenda(self, rng):
        query = urllib.parse.urlencode(rng.sample(self.filters, rng.randint(1, 3)))
        return f"{rng.choice(self.agendas)}?{query}"

    def search(self, rng):
        word = rng.choice(WORDS)
        if rng.random() < 0.3:
            word += "".join(rng.choices("aeiklmnorst", k=3))
        return (
            rng.choice(["/nl/zoeken/", "/en/search/"]) + "?" + urllib.parse.urlencode({"q": word})
        )

    def api_call(self, rng):
        return rng.choice(
            [
                f"/api/v2/pages/?type=events.EventPage&limit=20&offset={rng.randrange(0, 200, 20)}",
                f"/api/v2/pages/{rng.choice(self.page_ids)}/",
                "/api/v2/pages/?" + urllib.parse.urlencode({"search": rng.choice(WORDS)}),
                "/api/v2/images/",
            ]
        )

    def feed(self, rng):
        return rng.choice(
            [f"{rng.choice(self.news_indexes)}feed/", f"{rng.choice(self.agendas)}ical/"]
            + [f"{festival}ical/" for festival in self.festivals[:2]]
        )


MIX = [("page", 45), ("agenda", 15), ("search", 15), ("api", 15), ("feed", 10)]


# Faults -------------------------------------------------------------------------------------------


def services(*args):
    subprocess.run([*SERVICES, *args], check=True, stdout=subprocess.DEVNULL)


def answers(service):
    """Whether the service answers (after a stop or a hang)."""
    if service == "redis":
        command = ["redis-cli", "-p", os.environ.get("REDIS_PORT", "6379"), "ping"]
    else:
        port = os.environ.get("OPENSEARCH_PORT", "9200")
        command = ["curl", "-fsS", "--max-time", "2", f"http://127.0.0.1:{port}/_cluster/health"]
    return subprocess.run(command, capture_output=True, timeout=10).returncode == 0


FAULT_ACTIONS = {
    # fault: (service, how it starts, how it ends)
    "redis stopped": ("redis", ("stop", "redis"), ("start", "redis")),
    "search node stopped": ("opensearch", ("stop", "opensearch"), ("start", "opensearch")),
    "search node hangs": ("opensearch", ("pause", "opensearch"), ("resume", "opensearch")),
    "redis hangs": ("redis", ("pause", "redis"), ("resume", "redis")),
}


class Window:
    def __init__(self, name):
        self.name, self.start, self.recovered = name, None, None

    def end(self, retry):
        # Each worker process tries the service again once its retry period has passed.
        return (self.recovered or time.time()) + retry + 2


def run_faults(progress, windows, done):
    """Start and end each fault when the run reaches its share of requests."""
    for (start_share, end_share, name), window in zip(FAULTS, windows, strict=True):
        service, begin, finish = FAULT_ACTIONS[name]
        while progress() < start_share and not done.is_set():
            time.sleep(0.1)
        if done.is_set():
            return
        window.start = time.time()
        print(f"  {time.strftime('%H:%M:%S')}  {name}", flush=True)
        services(*begin)
        while progress() < end_share and not done.is_set():
            time.sleep(0.1)
        services(*finish)
        while not answers(service):
            time.sleep(0.5)
        window.recovered = time.time()
        print(f"  {time.strftime('%H:%M:%S')}  {service} answers again", flush=True)


# Traffic ------------------------------------------------------------------------------------------


def drive(args):
    site = Site(args.base)
    site.discover()
    kinds = {"page": site.page, "agenda": site.agenda, "search": site.search,
             "api": site.api_call, "feed": site.feed}  # fmt: skip
    names, weights = zip(*MIX, strict=True)
    results, lock = [], threading.Lock()
    done = threading.Event()

    def traffic(seed):
        rng = random.Random(seed)
        while not done.is_set():
            with lock:
                if len(results) >= args.requests:
                    return
            kind = rng.choices(names, weights)[0]
            path = kinds[kind](rng)
            started = time.time()
            try:
                status, _body = site.get(path)
            except TimeoutError:
                status = "timeout"
            except OSError as error:  # refused, reset
                status = type(error).__name__
            with lock:
                results.append((started, time.time(), kind, status, path))

    windows = [Window(name) for _start, _end, name in FAULTS]
    editor_log = Path(args.json).with_suffix(".changes.jsonl")
    editor = subprocess.Popen(
        [sys.executable, __file__, "editor", "--log", str(editor_log)], cwd=ROOT
    )
    began = time.time()
    print(f"{args.requests} requests from {args.concurrency} clients; faults on the way:")
    faults = threading.Thread(
        target=run_faults,
        args=(lambda: len(results) / args.requests, windows, done),
        daemon=True,
    )
    faults.start()

    def progress():
        while not done.wait(15):
            failed = sum(1 for row in results[:] if not str(row[3]).startswith(("2", "3")))
            print(f"  {time.strftime('%H:%M:%S')}  {len(results)} requests, {failed} failed")

    threading.Thread(target=progress, daemon=True).start()
    threads = [
        threading.Thread(target=traffic, args=(seed,), daemon=True)
        for seed in range(args.concurrency)
    ]
    for thread in threads:
        thread.start()
    deadline = began + args.max_seconds
    for thread in threads:
        thread.join(max(0, deadline - time.time()))
    done.set()
    faults.join(timeout=180)
    elapsed = time.time() - began
    editor.send_signal(signal.SIGTERM)
    editor.wait(timeout=60)

    retry = float(os.environ.get("OUTAGE_RETRY_SECONDS", "30"))
    report = summarise(results, windows, retry, elapsed)
    print("Waiting for the background worker to finish its queue ...", flush=True)
    subprocess.run([sys.executable, __file__, "settle"], cwd=ROOT, check=True)
    report["changes"] = verify(site, editor_log)
    Path(args.json).write_text(json.dumps(report, indent=2))
    print(f"Results also in {args.json}")
    failed = (
        report["outside"]["errors"]
        or any(window["5xx"] for window in report["windows"])
        or report["changes"]["missing"]
        or len(results) < args.requests
    )
    return 1 if failed else 0


def window_of(started, finished, windows, retry):
    for window in windows:
        if window.start and started < window.end(retry) and finished > window.start:
            return window.name
    return None


def figures(rows):
    statuses = {}
    for row in rows:
        statuses[str(row[3])] = statuses.get(str(row[3]), 0) + 1
    durations = sorted((row[1] - row[0]) * 1000 for row in rows)

    def percentile(share):
        return round(durations[min(len(durations) - 1, int(share * len(durations)))]) if rows else 0

    return {
        "requests": len(rows),
        "statuses": statuses,
        "errors": sum(n for status, n in statuses.items() if not status.startswith(("2", "3"))),
        "5xx": sum(n for status, n in statuses.items() if status.startswith("5")),
        "p50_ms": round(statistics.median(durations)) if rows else 0,
        "p99_ms": percentile(0.99),
    }


def summarise(results, windows, retry, elapsed):
    by_window = {window.name: [] for window in windows}
    outside = []
    for row in results:
        name = window_of(row[0], row[1], windows, retry)
        (by_window[name] if name else outside).append(row)
    report = {
        "seconds": round(elapsed),
        "all": figures(results),
        "outside": figures(outside),
        "windows": [{"fault": name, **figures(rows)} for name, rows in by_window.items()],
        "kinds": {kind: figures([r for r in results if r[2] == kind]) for kind, _w in MIX},
        "failures": [row[2:] for row in results if not str(row[3]).startswith(("2", "3"))][:20],
    }
    print(f"\n{len(results)} requests in {elapsed:.0f} s ({len(results) / elapsed:.0f}/s)\n")
    print(f"{'':26} {'requests':>9} {'errors':>7} {'5xx':>5} {'p50 ms':>7} {'p99 ms':>7}  statuses")
    lines = [("all", report["all"]), ("outside outages", report["outside"])]
    lines += [(w["fault"], w) for w in report["windows"]]
    lines += [(f"  {kind}", figures_) for kind, figures_ in report["kinds"].items()]
    for name, row in lines:
        print(
            f"{name:26} {row['requests']:>9} {row['errors']:>7} {row['5xx']:>5} "
            f"{row['p50_ms']:>7} {row['p99_ms']:>7}  {row['statuses']}"
        )
    for failure in report["failures"]:
        print("  failed:", *failure)
    return report


# The editor ---------------------------------------------------------------------------------------


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def editor(args):
    """Publish a new title on one page after another until stopped: news and events, Dutch and
    English. Each title carries a word no other page has, so search can be asked for it."""
    setup_django()
    from wagtail.models import Page

    from stad.core.models import NewsPage
    from stad.events.models import EventPage

    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    pages = []
    for model in (NewsPage, EventPage):
        for language in ("nl", "en"):
            live = model.objects.live().filter(locale__language_code=language).order_by("pk")
            pages += list(live.values_list("pk", "title")[:3])
    run = "".join(random.choices("bcdfghjkmnpqrstvwxz", k=4))
    with open(args.log, "w") as log:
        number = 0
        while not stopping.is_set():
            pk, title = pages[number % len(pages)]
            word = f"soak{run}{number:04d}"
            entry = {"page": pk, "word": word, "at": time.time()}
            try:
                page = Page.objects.get(pk=pk).specific
                page.title = f"{title} {word}"
                page.save_revision().publish()
                entry.update(path=page.url, language=page.locale.language_code, ok=True)
            except Exception as error:  # counted as a lost change by drive
                entry.update(ok=False, error=f"{type(error).__name__}: {error}")
            log.write(json.dumps(entry) + "\n")
            log.flush()
            number += 1
            stopping.wait(args.interval)


def settle(args):
    """Wait (at most two minutes) until the background worker has run every queued task (the
    search index and the page cache follow a publish through it), then do what the scheduler
    does every minute: apply the index changes the search node missed while it was out."""
    setup_django()
    from django.core.management import call_command
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    )
    for _ in range(240):
        if not waiting.exists():
            break
        time.sleep(0.5)
    else:
        sys.exit(f"{waiting.count()} background tasks still waiting after two minutes.")
    call_command("catch_up_search_index")


# The checks afterwards ----------------------------------------------------------------------------


def verify(site, log_path):
    """Every page's last published title shows on the page, in the API and in search."""
    entries = [json.loads(line) for line in log_path.read_text().splitlines()]
    published = [entry for entry in entries if entry["ok"]]
    latest = {entry["page"]: entry for entry in published}
    missing = [f"publish failed: {entry['error']}" for entry in entries if not entry["ok"]]
    for pk, entry in latest.items():
        word = entry["word"].encode()
        status, body = site.get(entry["path"])
        if status != 200 or word not in body:
            missing.append(f"page {entry['path']} ({status}) does not show {entry['word']}")
        status, body = site.get(f"/api/v2/pages/{pk}/")
        if status != 200 or word not in body:
            missing.append(f"API page {pk} ({status}) does not show {entry['word']}")
        search = "/nl/zoeken/" if entry["language"] == "nl" else "/en/search/"
        status, body = site.get(f"{search}?q={entry['word']}")
        if status != 200 or entry["path"].encode() not in body:
            missing.append(f"searching {entry['word']} ({status}) does not find {entry['path']}")
    print(
        f"\n{len(entries)} changes published by the editor ({len(published)} succeeded); the last "
        f"of each of {len(latest)} pages checked on the page, in the API and in search: "
        f"{len(missing)} missing"
    )
    for line in missing:
        print("  missing:", line)
    return {"published": len(entries), "pages": len(latest), "missing": missing}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("drive")
    run.add_argument("--base", required=True)
    run.add_argument("--requests", type=int, default=20_000)
    run.add_argument("--concurrency", type=int, default=32)
    run.add_argument("--max-seconds", type=int, default=1200)
    run.add_argument("--json", default="soak-results.json")
    publish = commands.add_parser("editor")
    publish.add_argument("--log", required=True)
    publish.add_argument("--interval", type=float, default=2.0)
    commands.add_parser("settle")
    args = parser.parse_args()
    sys.exit({"drive": drive, "editor": editor, "settle": settle}[args.command](args))


if __name__ == "__main__":
    main()
