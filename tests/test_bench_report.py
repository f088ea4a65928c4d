"""The benchmark's ratios (``scripts/bench_report.py``): each row against the static file asked
the same way, so a one-visitor row is not read against eight connections."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench_report.py"


def load_script():
    # scripts/ is not a package: load the file as the bench runs it.
    spec = importlib.util.spec_from_file_location("bench_report", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


report = load_script()
ALONE, STATIC = report.ALONE, report.STATIC


def row(name, rate, p50, cpu):
    return {
        "name": name,
        "requests_per_second": rate,
        "p50_ms": p50,
        "p99_ms": p50 * 2,
        "cpu_ms_per_request": cpu,
    }


def test_one_visitor_rows_are_divided_by_the_static_file_asked_by_one_connection():
    targets = [
        row("home nl", 4000, 2.0, 0.4),
        row("static CSS", 5000, 1.5, 0.3),
        row(ALONE + "search ?q=leiden", 1000, 0.5, 0.5),
        row(ALONE + "static CSS", 2500, 0.4, 0.3),
    ]
    report.add_ratios_to_static(targets)
    ratios = {target["name"]: target["ratio_to_static"] for target in targets}

    assert ratios["home nl"]["requests_per_second"] == 0.8
    assert ratios[ALONE + "search ?q=leiden"]["requests_per_second"] == 0.4
    assert ratios[ALONE + "search ?q=leiden"]["p50_ms"] == 1.25
    assert ratios["static CSS"]["cpu_ms_per_request"] == 1.0
    assert ratios[ALONE + "static CSS"]["requests_per_second"] == 1.0


def run(cache, pages, events=5000):
    """One mode's run of ``pages``, with the two static-file baselines as the bench has them."""
    targets = [*pages, row(STATIC, 5000, 1.5, 0.3), row(ALONE + STATIC, 2500, 0.4, 0.3)]
    for target in targets:
        target.setdefault("sql", 0 if report.is_baseline(target) else 18)
    report.add_ratios_to_static(targets)
    return {"cache": cache, "events": events, "targets": targets}


def summary(*runs):
    """The report's lines under the table, by what each is about."""
    return {line.split(":")[0]: line for line in report.against_targets(runs)}


MISSES = "- misses (built afresh, what pages share kept)"
AFTER_PUBLISH = "- built with nothing kept (as right after a publish)"


def test_each_line_names_the_worst_figure_and_says_whether_it_meets_its_target():
    hits = run("on", [row("home nl", 4000, 2.0, 0.4), row("agenda iCal", 3000, 3.0, 0.7)])
    event = row("event", 170, 45.0, 16.2)
    event["sql"] = 21
    misses = run(
        "miss",
        [
            row("home nl", 400, 20.0, 4.5),
            event,
            row("festival", 90, 90.0, 21.7),  # not one of the pages the target names
            row(ALONE + "search ?q=leiden", 16, 61.0, 40.0),
        ],
    )
    nothing_kept = run(
        "off", [row("agenda", 32, 240.0, 62.7), row("agenda iCal", 18, 410.0, 107.6)]
    )
    said = summary(nothing_kept, misses, hits)

    assert "0.60× the static file's (agenda iCal)" in said["- hits"]
    assert said["- hits"].endswith(": met")
    assert "at most 16.2 ms CPU (event)" in said[MISSES]
    assert said[MISSES].endswith(": NOT MET")
    assert "page at most 62.7 ms CPU (agenda)" in said[AFTER_PUBLISH]
    assert "the costliest page 107.6 ms CPU (agenda iCal)" in said[AFTER_PUBLISH]
    assert said[AFTER_PUBLISH].endswith(": met")
    # The time the visitor waited (p50), not the CPU the worker spent.
    assert "p50 61.0 ms" in said["- search for one visitor, miss"]
    assert said["- search for one visitor, miss"].endswith(": NOT MET")
    sql = said["- SQL of a page built with the page cache off"]
    assert "at most 21 (event)" in sql
    assert sql.endswith(": NOT MET")


def test_a_run_of_another_size_says_at_which_size_its_target_holds():
    pages = [row("agenda", 250, 30.0, 7.6), row(ALONE + "search ?q=leiden", 50, 17.4, 17.6)]

    at_scale = summary(run("miss", [dict(page) for page in pages], events=5000))
    demo = summary(run("miss", [dict(page) for page in pages], events=0))

    assert "the target is at demo size" in at_scale[MISSES]
    assert "the target is at demo size" not in demo[MISSES]
    assert "the target is on the scale set" in demo["- search for one visitor, miss"]
    assert "the target is on the scale set" not in at_scale["- search for one visitor, miss"]
