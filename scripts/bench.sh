#!/usr/bin/env bash
# Benchmark the production set-up on this machine: `make bench` (issue 15, item 1).
#
# A throw-away SQLite database, media and static folder in a temp dir; production settings with
# variables set for this run only; the demo plus a seeded scale set; the background tasks that
# loading queued (search index, renditions) run by the worker, then every picture rendition made
# by `manage.py make_renditions` (the scale set is loaded without publish signals); gunicorn
# with 2 sync workers on a free loopback port; then wrk against each page type and a static
# file. Prints one table (every figure also as a ratio to the static file of the same run) and
# writes bench-results.json. Nothing outside the temp dir is touched; only 127.0.0.1 is loaded.
#
# Sizes and load, from the environment (defaults in brackets):
#   BENCH_EVENTS [5000], BENCH_NEWS [2000]   scale set; BENCH_EVENTS=300 BENCH_NEWS=100 is quick
#   BENCH_DURATION [10s], BENCH_THREADS [2], BENCH_CONNECTIONS [8], BENCH_WARMUP [1s]   wrk
#   BENCH_WARM [pages]   "all" visits every page before measuring, not one per kind and picture
#   BENCH_JSON [bench-results.json]
# --stack: PostgreSQL, Redis and the OpenSearch node of scripts/services.sh instead of SQLite,
#   files and the database search (a database, Redis database and index prefix of the run's own;
#   services this run started are stopped afterwards), as `make bench-stack` does.
# Options: --cache all|off|miss|on [all]   off: no page cache, every request builds its page and
#   everything on it (cards, chrome): the cost of a page after a publish, when nothing is kept;
#   miss: the page cache on, but every request asks for an address nobody asked for before (a
#   query parameter the pages ignore), so each page is built while what pages share (cards,
#   chrome) is kept as in production: the cost of a miss in a warm site (the API is left out:
#   it refuses unknown parameters); on: the page cache answers (after each target's warm-up,
#   hits). Each mode gets a gunicorn of its own with the same database; "all" puts the runs in
#   one table.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# shellcheck source=scripts/throwaway_site.sh
. scripts/throwaway_site.sh
CACHE=all
STACK=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cache) CACHE=$2; shift 2 ;;
        --cache=*) CACHE=${1#*=}; shift ;;
        --stack) STACK=yes; shift ;;
        *) echo "Unknown option $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done
case "$CACHE" in
    all | both) MODES="off miss on" ;;
    off | miss | on) MODES=$CACHE ;;
    *) echo "--cache takes all, off, miss or on." >&2; exit 2 ;;
esac

command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >&2

tmp=$(mktemp -d)
server=""
cleanup() {
    local status=$?
    set +e
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    stack_services_down
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT

port=$(free_port)

# Nothing from the caller's environment reaches a real service or database.
unset SEARCH_URL REDIS_URL AWS_STORAGE_BUCKET_NAME
export BENCH_EVENTS=${BENCH_EVENTS:-5000} BENCH_NEWS=${BENCH_NEWS:-2000}
throwaway_site_env "$tmp" "$port"
if [ -n "$STACK" ]; then
    stack_services_up stad_bench 4
else
    export DATABASE_URL="sqlite:///$tmp/db.sqlite3"
fi
# wrk asks from one address, thousands of times: the per-client limits would refuse most.
export SEARCH_RATE_LIMIT=0 SEARCH_SUGGESTIONS_RATE_LIMIT=0 API_RATE_LIMIT=0

step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
step "Set-up in $tmp ($BENCH_EVENTS events, $BENCH_NEWS news items)"
"$BIN/python" manage.py collectstatic --noinput -v0
"$BIN/python" manage.py migrate --noinput -v0
"$BIN/python" manage.py load_demo_content >/dev/null
"$BIN/python" manage.py load_scale_content --events "$BENCH_EVENTS" --news "$BENCH_NEWS" -v2 >&2
step "Background tasks queued by loading (search index, renditions of published pages)"
"$BIN/python" manage.py db_worker --batch --no-startup-delay -v0
# The cluster's index is filled by the tasks only for what was published through Wagtail.
[ -z "$STACK" ] || "$BIN/python" manage.py update_index >/dev/null
step "Picture renditions of every live page"
"$BIN/python" manage.py make_renditions -v1 >&2
step "Counting SQL per target"
# Misses: SQL is counted on pages built, not on pages from the cache.
PAGE_CACHE_SECONDS=0 "$BIN/python" scripts/bench_report.py prepare "$tmp/targets.json"

runs=()
for mode in $MODES; do
    if [ "$mode" = off ]; then export PAGE_CACHE_SECONDS=0; else export PAGE_CACHE_SECONDS=300; fi
    step "gunicorn, 2 sync workers, on 127.0.0.1:$port, page cache $mode"
    start_gunicorn "$port" 2

    step "wrk against each target, page cache $mode"
    "$BIN/python" scripts/bench_report.py measure "$tmp/targets.json" \
        --base "http://127.0.0.1:$port" --master "$server" --json "$tmp/run-$mode.json" \
        --cache "$mode"
    runs+=("$tmp/run-$mode.json")
    kill "$server" && wait "$server" 2>/dev/null || true
    server=""
done
"$BIN/python" scripts/bench_report.py report "${runs[@]}" --json "${BENCH_JSON:-bench-results.json}"
step "Results also in ${BENCH_JSON:-bench-results.json}"
