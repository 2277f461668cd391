#!/usr/bin/env bash
# Runs a real S3-compatible server for dev and tests: Versity's gateway (versitygw, built by
# scripts/ensure-versitygw.sh) in posix mode, each bucket a folder and each object a file under
# .tmp/s3-PORT/data/, metadata in extended attributes.
# Usage: scripts/s3.sh start|stop|status   (port: S3_PORT, default 9010)
# Fixed test credentials (S3_ACCESS_KEY / S3_SECRET_KEY, defaults below), region us-east-1,
# path-style addressing (http://127.0.0.1:PORT/BUCKET/KEY). `start` creates the bucket
# S3_BUCKET (default newsroom-test) and prints the endpoint URL on stdout; messages go to stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME=s3
# shellcheck source=scripts/service-lib.sh
source "$ROOT/scripts/service-lib.sh"
PORT="${S3_PORT:-9010}"
RUN="$ROOT/.tmp/s3-$PORT"
PIDFILE="$RUN/versitygw.pid"
LOG="$RUN/versitygw.log"
URL="http://127.0.0.1:$PORT"
# Test-only credentials: the server listens on loopback and holds throwaway data.
ACCESS_KEY="${S3_ACCESS_KEY:-newsroom-test}"
SECRET_KEY="${S3_SECRET_KEY:-newsroom-test-secret}"
BUCKET="${S3_BUCKET:-newsroom-test}"
REGION=us-east-1

running() { alive "$PIDFILE" versitygw; }
ready() { curl -fsS -o /dev/null "$URL/health"; }
# curl signs the request itself (AWS Signature V4), so no S3 client is needed to make the bucket.
s3_curl() {
  curl -sS -o /dev/null -w '%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$ACCESS_KEY:$SECRET_KEY" \
    -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@"
}

ensure_bucket() {
  local code
  code="$(s3_curl -I "$URL/$BUCKET")"
  [[ $code == 200 ]] && return
  code="$(s3_curl -X PUT "$URL/$BUCKET")"
  [[ $code == 200 ]] || die "could not create bucket $BUCKET (HTTP $code); see $LOG"
  say "created bucket $BUCKET"
}

start() {
  if running; then say "already running (pid $(pid_in "$PIDFILE"))"; ensure_bucket; echo "$URL"; return; fi
  terminate "$PIDFILE" versitygw >/dev/null || true  # a stale pid file
  require_free_port "$PORT"
  local bin
  bin="$("$ROOT/scripts/ensure-versitygw.sh")"
  mkdir -p "$RUN/data"
  : >"$LOG"
  # Credentials through the environment, not the command line (where `ps` would show them).
  # --quiet: no line per request on stdout; --health: an unauthenticated readiness probe.
  ROOT_ACCESS_KEY_ID="$ACCESS_KEY" ROOT_SECRET_ACCESS_KEY="$SECRET_KEY" \
    launch "$PIDFILE" "$LOG" 30 ready \
    "$bin" --port "127.0.0.1:$PORT" --region "$REGION" --health /health --quiet posix "$RUN/data"
  ensure_bucket
  say "started (pid $(pid_in "$PIDFILE"), versitygw $("$bin" --version | sed -n 's/^Version *: //p'), bucket $BUCKET, key $ACCESS_KEY, log $LOG)"
  echo "$URL"
}

stop() {
  local p
  if p="$(terminate "$PIDFILE" versitygw)"; then say "stopped (pid $p)"; else say "not running"; fi
}

status() {
  if running; then say "running (pid $(pid_in "$PIDFILE")) at $URL"; else say "not running (port $PORT)"; return 1; fi
}

case "${1:-}" in
  start | stop | status) "$1" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
