"""Print line coverage per app from coverage.py's JSON report: one line per app, then the total.

    coverage json -o coverage.json && python scripts/coverage_by_app.py coverage.json

An app is a package under ``stad/`` (``stad/core``, ``stad/events``, ...); ``config`` is one more.
Run by ``make test`` after the suite; the figures in the README come from here.
"""

import json
import sys
from collections import defaultdict
from pathlib import PurePosixPath


def app_of(path):
    parts = PurePosixPath(path).parts
    if parts[0] == "stad" and len(parts) > 2:
        return "/".join(parts[:2])
    return parts[0]


def by_app(report):
    """{app: (statements, missed)} from a coverage.py JSON report."""
    totals = defaultdict(lambda: [0, 0])
    for path, measured in report["files"].items():
        summary = measured["summary"]
        app = totals[app_of(path.replace("\\", "/"))]
        app[0] += summary["num_statements"]
        app[1] += summary["missing_lines"]
    return {app: tuple(figures) for app, figures in sorted(totals.items())}


def percent(statements, missed):
    return 100.0 * (statements - missed) / statements if statements else 100.0


def main(path="coverage.json"):
    with open(path, encoding="utf-8") as report_file:
        apps = by_app(json.load(report_file))
    width = max(len(app) for app in [*apps, "total"])
    print(f"\n{'coverage per app':<{width}}  statements  missed  covered")
    for app, (statements, missed) in apps.items():
        if not statements:  # an empty package __init__, nothing to measure
            continue
        print(f"{app:<{width}}  {statements:>10}  {missed:>6}  {percent(statements, missed):6.1f}%")
    statements = sum(figures[0] for figures in apps.values())
    missed = sum(figures[1] for figures in apps.values())
    print(f"{'total':<{width}}  {statements:>10}  {missed:>6}  {percent(statements, missed):6.1f}%")


if __name__ == "__main__":
    main(*sys.argv[1:])
