#!/usr/bin/env bash
# Start or stop the production-like services on this machine, on loopback only:
# PostgreSQL, Redis and a real OpenSearch node. Idempotent; installs what is missing (and nginx,
# which the tests through the reverse proxy start themselves).
#
#   scripts/services.sh start|stop [postgres|redis|opensearch]   all three when none is named
#   scripts/services.sh pause|resume redis|opensearch   a service that hangs: it keeps its
#                           connections open and answers nothing (SIGSTOP), until resumed
#   scripts/services.sh status|env
#
# `env` prints the variables that point the site at them:  eval "$(scripts/services.sh env)"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_USER="${PG_USER:-stad}"
PG_PASSWORD="${PG_PASSWORD:-stad}"
PG_DATABASE="${PG_DATABASE:-stad}"
PG_PORT="${PG_PORT:-5432}"
REDIS_PORT="${REDIS_PORT:-6379}"
REDIS_PIDFILE="${REDIS_PIDFILE:-/tmp/stad-redis.pid}"
export OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"

log() { echo "services.sh: $*" >&2; }

apt_install() {
  log "installing $*"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------
pg_cluster() {  # "VERSION NAME" of the first cluster, creating one if there is none
  command -v pg_lsclusters >/dev/null || apt_install postgresql
  if [[ -z "$(pg_lsclusters -h)" ]]; then
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    pg_createcluster "$version" main >/dev/null
  fi
  pg_lsclusters -h | awk 'NR==1 {print $1, $2}'
}

pg_sql() { su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -tAc \"$1\""; }

start_postgres() {
  local cluster
  cluster="$(pg_cluster)"
  if ! pg_lsclusters -h | awk -v c="$cluster" '$1" "$2==c {print $4}' | grep -q online; then
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { log "PostgreSQL did not come up"; exit 1; }
  if [[ "$(pg_sql "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" != 1 ]]; then
    pg_sql "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB"
  fi
  if [[ "$(pg_sql "SELECT 1 FROM pg_database WHERE datname='$PG_DATABASE'")" != 1 ]]; then
    pg_sql "CREATE DATABASE $PG_DATABASE OWNER $PG_USER"
  fi
  log "PostgreSQL up on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  command -v pg_lsclusters >/dev/null || return 0
  pg_lsclusters -h | awk '$4=="online" {print $1, $2}' | while read -r version name; do
    pg_ctlcluster "$version" "$name" stop
  done
}

# --- Redis ------------------------------------------------------------------------------------
redis_up() { command -v redis-cli >/dev/null && redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

start_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis_up; then
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" \
      --appendonly no --pidfile "$REDIS_PIDFILE" --logfile /tmp/stad-redis.log
  fi
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  redis_up || { log "Redis did not come up"; exit 1; }
  log "Redis up on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  redis_up && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

# --- Reverse proxy ----------------------------------------------------------------------------
# Installed only: the tests through the proxy (tests/test_production_media.py) and
# `make serve-proxy` start nginx themselves with deploy/nginx/'s configuration (scripts/proxy.sh).
install_nginx() {
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || apt_install nginx-light
}

# --- OpenSearch -------------------------------------------------------------------------------
start_opensearch() {
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v mvn >/dev/null || apt_install maven
  "$ROOT/scripts/opensearch.sh" start
}

# The process of a running service, for pause and resume.
service_pid() {
  local pidfile
  case "$1" in
    redis) pidfile="$REDIS_PIDFILE" ;;
    opensearch) pidfile="${OPENSEARCH_HOME:-/tmp/opensearch-node}/opensearch.pid" ;;
    *) log "pause and resume take redis or opensearch"; exit 2 ;;
  esac
  [[ -s "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null \
    || { log "$1 is not running (no live process in $pidfile)"; exit 1; }
  cat "$pidfile"
}

start() {
  case "${1:-all}" in
    all) start_postgres; start_redis; start_opensearch; install_nginx ;;
    postgres) start_postgres ;;
    redis) start_redis ;;
    opensearch) start_opensearch ;;
    *) echo "usage: $0 start [postgres|redis|opensearch]" >&2; exit 2 ;;
  esac
}

stop() {
  case "${1:-all}" in
    all) "$ROOT/scripts/opensearch.sh" stop; stop_redis; stop_postgres ;;
    postgres) stop_postgres ;;
    redis) stop_redis ;;
    opensearch) "$ROOT/scripts/opensearch.sh" stop ;;
    *) echo "usage: $0 stop [postgres|redis|opensearch]" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  start) start "${2:-all}" ;;
  stop) stop "${2:-all}" ;;
  pause) kill -STOP "$(service_pid "${2:-}")"; log "${2} paused (hangs)" ;;
  resume) kill -CONT "$(service_pid "${2:-}")"; log "${2} resumed" ;;
  status)
    pg_isready -h 127.0.0.1 -p "$PG_PORT" || true
    redis_up && echo "redis: up" || echo "redis: down"
    "$ROOT/scripts/opensearch.sh" status || true
    ;;
  env)
    echo "export DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
    echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
    echo "export SEARCH_URL=opensearch://127.0.0.1:$OPENSEARCH_PORT"
    ;;
  *) echo "usage: $0 start|stop [SERVICE] | pause|resume SERVICE | status | env" >&2; exit 2 ;;
esac
