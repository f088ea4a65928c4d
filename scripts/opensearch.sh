#!/usr/bin/env bash
# Run a real OpenSearch 2.19.x node (in-process, built from Maven Central artifacts) for tests/CI.
#
#   scripts/opensearch.sh build|start|stop|status|restart
#
# Environment:
#   OPENSEARCH_PORT            HTTP port (default 9200); the node binds 127.0.0.1 only
#   OPENSEARCH_HOME            work dir: data, log, pid file (default /tmp/opensearch-node)
#   OPENSEARCH_TRANSPORT_PORT  transport port or range (default 9300-9399, first free one)
#   OPENSEARCH_JAVA_OPTS       JVM options (default -Xms512m -Xmx1g)
#   OPENSEARCH_START_TIMEOUT   seconds to wait for green/yellow (default 120)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SVC="$ROOT/services/opensearch"
TARGET="$SVC/target"
STAMP="$TARGET/.build-stamp"
MAIN_CLASS="org.stad.opensearch.StadOpenSearchNode"

PORT="${OPENSEARCH_PORT:-9200}"
WORKDIR="${OPENSEARCH_HOME:-/tmp/opensearch-node}"
LOG="$WORKDIR/opensearch.log"
PIDFILE="$WORKDIR/opensearch.pid"
JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx1g}"
TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
URL="http://127.0.0.1:$PORT"

log() { echo "opensearch.sh: $*" >&2; }

needs_build() {
  [[ -f "$STAMP" && -d "$TARGET/classes" && -d "$TARGET/dependency" ]] || return 0
  # Anything in the pom or sources newer than the last successful build?
  [[ -n "$(find "$SVC/pom.xml" "$SVC/src" -newer "$STAMP" -print -quit)" ]]
}

cmd_build() {
  if ! needs_build; then
    log "build up to date ($TARGET)"
    return 0
  fi
  command -v mvn >/dev/null || { log "mvn not found"; exit 1; }
  log "building (mvn package dependency:copy-dependencies) ..."
  rm -f "$STAMP"
  # (Debian's Maven 3.8 prints bare colour-reset codes even with -q; strip them. pipefail keeps mvn's status.)
  mvn -q -B -Dstyle.color=never -f "$SVC/pom.xml" clean package dependency:copy-dependencies </dev/null 2>&1 \
    | sed 's/\x1b\[0m//g'
  touch "$STAMP"
  log "build done"
}

# Pid from the pid file, only if that process is alive and is our node.
node_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" || return 1
  echo "$pid"
}

health_status() {
  # prints green/yellow/red, or nothing when nothing answers
  curl -s --max-time 3 "$URL/_cluster/health" 2>/dev/null \
    | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true
}

answering() { curl -s -o /dev/null --max-time 3 "$URL/" 2>/dev/null; }

wait_ready() {
  local pid="$1" deadline=$((SECONDS + TIMEOUT)) st
  while (( SECONDS < deadline )); do
    st="$(health_status)"
    if [[ "$st" == green || "$st" == yellow ]]; then
      log "up on $URL (status $st, pid $pid, ${SECONDS}s)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "node process $pid exited during startup; last 50 log lines of $LOG:"
      tail -n 50 "$LOG" >&2 || true
      rm -f "$PIDFILE"
      return 1
    fi
    sleep 1
  done
  log "not green/yellow on $URL after ${TIMEOUT}s; last 50 log lines of $LOG:"
  tail -n 50 "$LOG" >&2 || true
  return 1
}

cmd_start() {
  local pid st
  if pid="$(node_pid)"; then
    # Ours is running (maybe still starting): just wait for it.
    st="$(health_status)"
    if [[ "$st" == green || "$st" == yellow ]]; then
      log "already running on $URL (pid $pid, status $st)"
      return 0
    fi
    wait_ready "$pid"
    return
  fi
  if answering; then
    log "something already answers on $URL; not starting another node"
    return 0
  fi
  cmd_build
  mkdir -p "$WORKDIR/tmp"
  log "starting node on $URL (home $WORKDIR, log $LOG)"
  SECONDS=0
  # shellcheck disable=SC2086
  OPENSEARCH_HOME="$WORKDIR" OPENSEARCH_PORT="$PORT" \
    nohup java $JAVA_OPTS -Djava.io.tmpdir="$WORKDIR/tmp" -Djava.awt.headless=true \
      -Dfile.encoding=UTF-8 -Dlog4j2.disable.jmx=true -Djava.net.preferIPv4Stack=true \
      -cp "$TARGET/classes:$TARGET/dependency/*" "$MAIN_CLASS" \
      </dev/null >"$LOG" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDFILE"
  wait_ready "$pid"
}

cmd_stop() {
  local pid i
  if ! pid="$(node_pid)"; then
    rm -f "$PIDFILE"
    log "not running (no live node from $PIDFILE)"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid still alive after 30s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$PIDFILE"
  log "stopped"
}

cmd_status() {
  local pid st
  st="$(health_status)"
  if pid="$(node_pid)"; then
    echo "running: pid $pid, $URL, health ${st:-not answering yet}"
  elif [[ -n "$st" ]]; then
    echo "answering on $URL (health $st) but not started by this script ($PIDFILE)"
  else
    echo "stopped ($URL not answering)"
    return 3
  fi
}

case "${1:-}" in
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  *) echo "usage: $0 {build|start|stop|restart|status}" >&2; exit 2 ;;
esac
