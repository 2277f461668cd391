#!/usr/bin/env bash
# Runs a local FerretDB (MongoDB wire protocol, stands in for mongod) for dev and tests.
# Usage: scripts/ferretdb.sh start|stop|status   (port: FERRETDB_PORT, default 27018)
# Backed by the local PostgreSQL (127.0.0.1:${FERRETDB_PG_PORT:-5432}, database newsroom_ferretdb[_PORT]) when
# reachable, else by SQLite files under .tmp/ferretdb/ (force that with FERRETDB_BACKEND=sqlite).
# `start` prints the connection URI on stdout; status messages go to stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${FERRETDB_PORT:-27018}"
RUN="$ROOT/.tmp/ferretdb"
PIDFILE="$RUN/ferretdb-$PORT.pid"
LOG="$RUN/ferretdb-$PORT.log"
URI="mongodb://127.0.0.1:$PORT/"
PGPORT="${FERRETDB_PG_PORT:-5432}"
# One database per port: FerretDB caches metadata, so two instances sharing a database see stale collections.
PGDB=newsroom_ferretdb; [[ $PORT == 27018 ]] || PGDB+="_$PORT"

say() { echo "ferretdb: $*" >&2; }
pid() { cat "$PIDFILE" 2>/dev/null || true; }
running() { local p; p="$(pid)"; [[ -n $p ]] && kill -0 "$p" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
psql_pg() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qtAX "$@"; }

# Echoes a PostgreSQL URL if the local server is (or can be made) reachable; starts a stopped local cluster.
postgres_url() {
  command -v psql >/dev/null || return 1
  if ! psql_pg -c 'SELECT 1' >/dev/null 2>&1 && command -v pg_lsclusters >/dev/null; then
    local ver name port status _
    while read -r ver name port status _; do
      if [[ $port == "$PGPORT" && $status != online ]]; then
        pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start >>"$LOG" 2>&1 || true
      fi
    done < <(pg_lsclusters -h 2>/dev/null)
    for _ in {1..20}; do psql_pg -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  psql_pg -c 'SELECT 1' >/dev/null 2>&1 || return 1
  [[ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = '$PGDB'")" == 1 ]] ||
    psql_pg -c "CREATE DATABASE $PGDB" >>"$LOG" 2>&1 || return 1
  echo "postgres://postgres@127.0.0.1:$PGPORT/$PGDB"
}

start() {
  if running; then say "already running (pid $(pid))"; echo "$URI"; return; fi
  if port_open; then say "port $PORT is already in use by another process"; exit 1; fi
  mkdir -p "$RUN/state-$PORT"
  : >"$LOG"
  local bin pgurl backend
  bin="$("$ROOT/scripts/ensure-ferretdb.sh")"
  if [[ ${FERRETDB_BACKEND:-} != sqlite ]] && pgurl="$(postgres_url)"; then
    backend=(--handler=postgresql "--postgresql-url=$pgurl")
  else
    mkdir -p "$RUN/sqlite-$PORT"
    backend=(--handler=sqlite "--sqlite-url=file:$RUN/sqlite-$PORT/")
  fi
  # setsid: detach from the caller's session so it outlives this script and Ctrl-C in the caller.
  setsid "$bin" "${backend[@]}" --listen-addr="127.0.0.1:$PORT" --state-dir="$RUN/state-$PORT" \
    --telemetry=disable --debug-addr=- --log-level="${FERRETDB_LOG_LEVEL:-info}" \
    </dev/null >>"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in {1..60}; do # up to 30 s
    if port_open && running; then say "started (pid $(pid), ${backend[0]#--handler=}, log $LOG)"; echo "$URI"; return; fi
    running || break
    sleep 0.5
  done
  say "failed to start on port $PORT; last lines of $LOG:"
  tail -n 30 "$LOG" >&2
  stop >/dev/null 2>&1 || true
  exit 1
}

stop() {
  if ! running; then rm -f "$PIDFILE"; say "not running"; return; fi
  local p; p="$(pid)"
  kill "$p"
  for _ in {1..40}; do kill -0 "$p" 2>/dev/null || break; sleep 0.25; done
  if kill -0 "$p" 2>/dev/null; then kill -9 "$p" 2>/dev/null || true; fi
  rm -f "$PIDFILE"
  say "stopped (pid $p)"
}

status() {
  if running; then say "running (pid $(pid)) at $URI"; else say "not running (port $PORT)"; return 1; fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
