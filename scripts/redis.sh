#!/usr/bin/env bash
# Runs a Redis of our own for dev and tests; the machine's shared Redis on 6379 is never used or touched.
# Usage: scripts/redis.sh start|stop|status   (port: REDIS_PORT, default 6390)
# Debian's redis-server (installed if missing), on 127.0.0.1 only, keeping nothing on disk (no RDB
# snapshots, no AOF); log and working folder in .tmp/redis-PORT/. `start` prints redis://127.0.0.1:PORT
# on stdout; status messages go to stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME=redis
# shellcheck source=scripts/service-lib.sh
source "$ROOT/scripts/service-lib.sh"
PORT="${REDIS_PORT:-6390}"
RUN="$ROOT/.tmp/redis-$PORT"
PIDFILE="$RUN/redis.pid"
LOG="$RUN/redis.log"
URL="redis://127.0.0.1:$PORT"

running() { alive "$PIDFILE" redis-server; }
ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" == PONG ]]; }

start() {
  if running; then say "already running (pid $(pid_in "$PIDFILE"))"; echo "$URL"; return; fi
  terminate "$PIDFILE" redis-server >/dev/null || true  # a stale pid file
  require_free_port "$PORT"
  ensure_debs redis-server redis-tools
  mkdir -p "$RUN"
  : >"$LOG"
  # Foreground (no --daemonize) so the recorded pid is the server itself; no unix socket; an
  # empty `save` and no appendonly keep nothing on disk, like the machine's shared instance.
  launch "$PIDFILE" "$LOG" 20 ready \
    redis-server --bind 127.0.0.1 --port "$PORT" --unixsocket '' --daemonize no --save '' \
    --appendonly no --dir "$RUN" --logfile '' --loglevel "${REDIS_LOG_LEVEL:-notice}"
  say "started (pid $(pid_in "$PIDFILE"), $(redis-server --version | cut -d' ' -f3), log $LOG)"
  echo "$URL"
}

stop() {
  local p
  if p="$(terminate "$PIDFILE" redis-server)"; then say "stopped (pid $p)"; else say "not running"; fi
}

status() {
  if running; then say "running (pid $(pid_in "$PIDFILE")) at $URL"; else say "not running (port $PORT)"; return 1; fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
