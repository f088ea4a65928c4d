#!/usr/bin/env bash
# Load and faults on the production stack: `make soak` (issue 16, item 11). Not part of make test.
#
# PostgreSQL, Redis and the OpenSearch node of scripts/services.sh (started when not running, and
# stopped again afterwards if this script started them), with a database, a Redis database and a
# search index of this run's own; production settings, the demo plus a small scale set, gunicorn
# with 3 sync workers (the image's default) and the background worker, all on loopback. Then
# scripts/soak.py sends SOAK_REQUESTS requests from SOAK_CONCURRENCY clients while an editor
# publishes, stops and hangs Redis and the search node on the way, and checks afterwards that
# every published change shows. Exits non-zero when a request failed outside the outages, a page
# failed with a 5xx during one, or a change is missing.
#
#   SOAK_REQUESTS [20000]  SOAK_CONCURRENCY [32]  SOAK_EVENTS [300]  SOAK_NEWS [100]
#   OUTAGE_RETRY_SECONDS [10]  how long each worker skips a service after it failed
#   SOAK_JSON [soak-results.json]
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# shellcheck source=scripts/throwaway_site.sh
. scripts/throwaway_site.sh

step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

tmp=$(mktemp -d)
server="" worker="" scheduler=""
cleanup() {
    local status=$?
    set +e  # a process already gone is fine here; the run's own status is what counts
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$worker" ] && kill "$worker" 2>/dev/null && wait "$worker" 2>/dev/null
    [ -n "$scheduler" ] && kill "$scheduler" 2>/dev/null && wait "$scheduler" 2>/dev/null
    # A run cut short may leave a service paused.
    scripts/services.sh resume redis >/dev/null 2>&1 || true
    scripts/services.sh resume opensearch >/dev/null 2>&1 || true
    stack_services_down
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT

step "Services (PostgreSQL, Redis, OpenSearch)"
stack_services_up stad_soak 3

port=$(free_port)
throwaway_site_env "$tmp" "$port"
export PAGE_CACHE_SECONDS=300 OUTAGE_RETRY_SECONDS=${OUTAGE_RETRY_SECONDS:-10}
# Thousands of requests from one address: the per-client limits would refuse most of them.
export SEARCH_RATE_LIMIT=0 SEARCH_SUGGESTIONS_RATE_LIMIT=0 API_RATE_LIMIT=0

step "Set-up in $tmp and database $PG_DATABASE"
"$BIN/python" manage.py collectstatic --noinput -v0
"$BIN/python" manage.py migrate --noinput -v0
"$BIN/python" manage.py load_demo_content >/dev/null
"$BIN/python" manage.py load_scale_content --events "${SOAK_EVENTS:-300}" --news "${SOAK_NEWS:-100}" >&2
"$BIN/python" manage.py db_worker --batch --no-startup-delay -v0
"$BIN/python" manage.py update_index >/dev/null
"$BIN/python" manage.py make_renditions -v0

step "gunicorn (3 sync workers) on 127.0.0.1:$port, the background worker and the scheduler"
"$BIN/python" manage.py db_worker --no-reload --no-startup-delay -v0 &
worker=$!
# As compose's scheduler service does.
while true; do
    "$BIN/python" manage.py publish_scheduled >/dev/null
    "$BIN/python" manage.py catch_up_search_index
    sleep 60
done &
scheduler=$!
start_gunicorn "$port" 3

step "Traffic, an editor and faults"
status=0
"$BIN/python" scripts/soak.py drive --base "http://127.0.0.1:$port" \
    --requests "${SOAK_REQUESTS:-20000}" --concurrency "${SOAK_CONCURRENCY:-32}" \
    --json "${SOAK_JSON:-soak-results.json}" || status=$?
exit $status
