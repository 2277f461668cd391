#!/usr/bin/env bash
# shellcheck disable=SC2016 # the single-quoted `bash -c` bodies expand their own $1, $2
# Smoke test of the test-service scripts (redis, nginx, s3, wordpress), each on a port of its own
# that is not its default: start (installing or building what is missing), start again (already
# running), status, the service's own check, stop, stop again, and no process of it left behind.
# Also: a port in use is refused (the machine's shared Redis on 6379 answers as before).
# Usage: bash scripts/services-smoke.sh [redis|nginx|s3|wordpress ...]   (default: all four)
# Ports: SMOKE_REDIS_PORT (6391), SMOKE_NGINX_PORT (8092, upstreams on 18111 and 18112),
# SMOKE_S3_PORT (9011), SMOKE_WP_PORT (8096, its MariaDB on 18096).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

export REDIS_PORT="${SMOKE_REDIS_PORT:-6391}"
export NGINX_PORT="${SMOKE_NGINX_PORT:-8092}"
export NGINX_UPSTREAMS="127.0.0.1:${SMOKE_UPSTREAM_PORT_1:-18111} 127.0.0.1:${SMOKE_UPSTREAM_PORT_2:-18112}"
export S3_PORT="${SMOKE_S3_PORT:-9011}"
export WP_PORT="${SMOKE_WP_PORT:-8096}"
export WP_DB_PORT="$((WP_PORT + 10000))"
S3_SDK="@aws-sdk/client-s3@3.1175.0"

services=("$@")
((${#services[@]})) || services=(redis nginx s3 wordpress)
passed=0
failed=0
started=$SECONDS
ok() { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

trap 'for s in "${services[@]}"; do bash "scripts/$s.sh" stop >/dev/null 2>&1 || true; done' EXIT

state_dir() { echo "$ROOT/.tmp/$([[ $1 == s3 ]] && echo s3 || echo "$1")-$2"; }

# Every process in the process groups the service's pid files name (workers included).
processes_of() {
  local f p
  for f in "$1"/*.pid; do
    [[ -f $f ]] || continue
    p="$(cat "$f")"
    pgrep -g "$p" 2>/dev/null || true
  done | sort -nu | paste -sd' '
}

NAME="services-smoke"
# shellcheck source=scripts/service-lib.sh
source "$ROOT/scripts/service-lib.sh" # for pid_live
none_alive() { local p; for p in $1; do pid_live "$p" && return 1; done; return 0; }

# lifecycle NAME PORT EXPECTED_URL CHECK...: the whole round for one service.
lifecycle() {
  local name=$1 port=$2 want=$3; shift 3
  local dir t0 url again pids
  dir="$(state_dir "$name" "$port")"
  printf '\n=== %s on port %s (%ss)\n' "$name" "$port" "$((SECONDS - started))"
  bash "scripts/$name.sh" stop >/dev/null 2>&1 || true
  t0=$SECONDS
  if ! url="$(bash "scripts/$name.sh" start)"; then fail "$name: start"; return; fi
  expect "$name: start prints $want ($((SECONDS - t0)) s)" test "$url" == "$want"
  t0=$SECONDS
  again="$(bash "scripts/$name.sh" start 2>"$dir.again.err")" || true
  expect "$name: a second start finds it running and prints the URL again ($((SECONDS - t0)) s)" \
    bash -c '[[ $1 == "$2" ]] && grep -F "already running" "$3" >/dev/null' _ "$again" "$want" "$dir.again.err"
  rm -f "$dir.again.err"
  expect "$name: status says running" bash "scripts/$name.sh" status
  if "$@"; then ok "$name: its check passed"; else fail "$name: its check"; fi
  pids="$(processes_of "$dir")"
  t0=$SECONDS
  if bash "scripts/$name.sh" stop; then ok "$name: stop ($((SECONDS - t0)) s)"; else fail "$name: stop"; fi
  expect "$name: no process left of ${pids:-none}" none_alive "$pids"
  expect "$name: port $port is free again" bash -c '! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null' _ "$port"
  expect "$name: a second stop is harmless" bash "scripts/$name.sh" stop
  expect "$name: status says not running" bash -c '! bash "scripts/$1.sh" status' _ "$name"
}

redis_check() {
  local cli=(redis-cli -h 127.0.0.1 -p "$REDIS_PORT")
  [[ $("${cli[@]}" set newsroom:smoke Душанбе) == OK && $("${cli[@]}" get newsroom:smoke) == Душанбе ]] &&
    [[ $("${cli[@]}" config get save | sed -n 2p) == "" && $("${cli[@]}" config get appendonly | sed -n 2p) == no ]] &&
    [[ $(redis-cli -h 127.0.0.1 -p 6379 ping) == PONG ]] &&
    [[ -z $(redis-cli -h 127.0.0.1 -p 6379 get newsroom:smoke) ]]
}

nginx_check() {
  NGINX_URL="http://127.0.0.1:$NGINX_PORT" NGINX_CACHE_DIR="$ROOT/.tmp/nginx-$NGINX_PORT/cache" node scripts/nginx-check.mjs
}

s3_check() {
  if [[ ! -d .tmp/s3-client/node_modules/@aws-sdk/client-s3 ]]; then
    npm install --prefix .tmp/s3-client --no-save --no-package-lock --no-audit --no-fund "$S3_SDK" >/dev/null 2>&1 || return 1
  fi
  # (The SDK warns on Node 20 that its 2027 releases need Node 22; not our concern here.)
  S3_ENDPOINT="http://127.0.0.1:$S3_PORT" node --no-warnings scripts/s3-check.mjs
}

wordpress_check() { bash scripts/wordpress-check.sh; }

for s in "${services[@]}"; do
  case "$s" in
    redis)
      lifecycle redis "$REDIS_PORT" "redis://127.0.0.1:$REDIS_PORT" redis_check
      expect "redis: nothing was written to disk" bash -c '! ls "$1"/*.rdb "$1"/appendonly* >/dev/null 2>&1' _ "$ROOT/.tmp/redis-$REDIS_PORT"
      expect "redis: port 6379 (the machine's shared Redis) is refused, that Redis untouched" \
        bash -c '! REDIS_PORT=6379 bash scripts/redis.sh start >/dev/null 2>&1 && [[ $(redis-cli -p 6379 ping) == PONG ]]'
      ;;
    nginx) lifecycle nginx "$NGINX_PORT" "http://127.0.0.1:$NGINX_PORT" nginx_check ;;
    s3) lifecycle s3 "$S3_PORT" "http://127.0.0.1:$S3_PORT" s3_check ;;
    wordpress)
      lifecycle wordpress "$WP_PORT" "http://127.0.0.1:$WP_PORT" wordpress_check
      expect "wordpress: its MariaDB port $WP_DB_PORT is free again" bash -c '! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null' _ "$WP_DB_PORT"
      ;;
    *) echo "unknown service: $s (redis, nginx, s3, wordpress)" >&2; exit 2 ;;
  esac
done

# Nothing of this run is left anywhere (ps): no process names its state folders or ports.
# shellcheck disable=SC2009 # the whole ps table on purpose, read as a person checking would
leftovers="$(ps -eo pid=,args= | grep -E "$ROOT/\.tmp/(nginx-$NGINX_PORT|s3-$S3_PORT|wordpress-$WP_PORT)/|redis-server 127\.0\.0\.1:$REDIS_PORT|-S 127\.0\.0\.1:$WP_PORT" | grep -v grep || true)"
expect "ps shows no process of ours left${leftovers:+: $leftovers}" test -z "$leftovers"

printf '\n=== done in %s s\n' "$((SECONDS - started))"
echo "services-smoke: $passed passed, $failed failed"
((failed == 0))
