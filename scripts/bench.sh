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
# Options: --cache off|on   HOOK for the page cache (issue 15, item 2): only "off" exists yet;
#   once the cache is built, "on" sets its variable below and both runs go into one report.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
CACHE=off
while [ $# -gt 0 ]; do
    case "$1" in
        --cache) CACHE=$2; shift 2 ;;
        --cache=*) CACHE=${1#*=}; shift ;;
        *) echo "Unknown option $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done
case "$CACHE" in
    off) ;;
    on) echo "There is no page cache yet (issue 15, item 2): run with --cache off." >&2; exit 2 ;;
    *) echo "--cache takes on or off." >&2; exit 2 ;;
esac

command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)

tmp=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

port=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# Nothing from the caller's environment reaches a real service or database.
unset SEARCH_URL REDIS_URL AWS_STORAGE_BUCKET_NAME
export BENCH_EVENTS=${BENCH_EVENTS:-5000} BENCH_NEWS=${BENCH_NEWS:-2000}
export DJANGO_SETTINGS_MODULE=config.settings.production
export DJANGO_SECRET_KEY="bench-$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost,testserver
export DJANGO_SECURE_SSL_REDIRECT=false  # plain HTTP on loopback; no TLS proxy in front
export DATABASE_URL="sqlite:///$tmp/db.sqlite3"
export DJANGO_MEDIA_ROOT="$tmp/media" DJANGO_STATIC_ROOT="$tmp/static"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$port"
# HOOK for --cache on: set the page cache's on/off variable here (local-memory cache today).

step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
step "Set-up in $tmp ($BENCH_EVENTS events, $BENCH_NEWS news items)"
"$BIN/python" manage.py collectstatic --noinput -v0
"$BIN/python" manage.py migrate --noinput -v0
"$BIN/python" manage.py load_demo_content >/dev/null
"$BIN/python" manage.py load_scale_content --events "$BENCH_EVENTS" --news "$BENCH_NEWS" -v2 >&2
step "Background tasks queued by loading (search index, renditions of published pages)"
"$BIN/python" manage.py db_worker --batch --no-startup-delay -v0
step "Picture renditions of every live page"
"$BIN/python" manage.py make_renditions -v1 >&2
step "Warming pages and counting SQL per target"
"$BIN/python" scripts/bench_report.py prepare "$tmp/targets.json"

step "gunicorn, 2 sync workers, on 127.0.0.1:$port"
"$BIN/gunicorn" config.wsgi:application --bind "127.0.0.1:$port" --workers 2 \
    --worker-class sync --timeout 120 --log-level warning &
server=$!
for _ in $(seq 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    sleep 0.2
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz"
sleep 1  # both workers booted, not only the first to answer

step "wrk against each target"
"$BIN/python" scripts/bench_report.py measure "$tmp/targets.json" --base "http://127.0.0.1:$port" \
    --master "$server" --json "${BENCH_JSON:-bench-results.json}" --cache "$CACHE"
step "Results also in ${BENCH_JSON:-bench-results.json}"
