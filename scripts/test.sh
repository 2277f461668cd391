#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find. Installs what is missing
# (Debian's Chromium, FerretDB), runs the integration tests on SQLite and on MongoDB-wire
# (FerretDB, started and stopped here), then the end-to-end tests against a production build, and a
# smoke subset of them again on MongoDB-wire.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
started=$SECONDS
mkdir -p .tmp
step() { printf '\n=== %s (%ss)\n' "$1" "$((SECONDS - started))"; }

step "typecheck and lint, side by side (each uses one core)"
npx tsc --noEmit >.tmp/typecheck.log 2>&1 &
typecheck_pid=$!
lint_status=0
npx eslint . || lint_status=$?
typecheck_status=0
wait "$typecheck_pid" || typecheck_status=$?
cat .tmp/typecheck.log
[ "$typecheck_status" = 0 ] || { echo "the typecheck failed" >&2; exit 1; }
[ "$lint_status" = 0 ] || { echo "lint failed" >&2; exit 1; }

step "tools: Chromium, FerretDB and Versity's S3 gateway"
bash scripts/ensure-chromium.sh
bash scripts/ensure-ferretdb.sh >/dev/null
# Built here rather than inside tests/int/s3.int.spec.ts's set-up (a first Go build takes minutes).
bash scripts/ensure-versitygw.sh >/dev/null

# The two integration passes run side by side (each on its own database, media folder, Redis and S3
# ports), and the end-to-end tests' production build follows the SQLite pass while the MongoDB-wire
# pass, which mostly waits for FerretDB and PostgreSQL, goes on: about ten minutes less than one
# after the other. The SQLite pass and the build write to logs, shown when they end.
step "integration tests on SQLite and on MongoDB-wire (FerretDB), side by side; then the production build"
rm -rf .tmp/int-sqlite .tmp/int-mongo
(
  status=0
  DATABASE_URI="file:./.tmp/int-sqlite/newsroom.db" MEDIA_DIR=.tmp/int-sqlite/media npx vitest run >.tmp/int-sqlite.log 2>&1 || status=$?
  echo "$status" >.tmp/int-sqlite.rc
  E2E_BUILD_ONLY=1 node tests/helpers/e2e-server.mjs >.tmp/e2e-build.log 2>&1
) &
sqlite_pid=$!

export FERRETDB_PORT="${FERRETDB_PORT:-27018}"
bash scripts/ferretdb.sh start >/dev/null
trap 'bash scripts/ferretdb.sh stop >/dev/null 2>&1 || true' EXIT
# PAYLOAD_DROP_DATABASE makes Payload start from an empty database, like the SQLite run.
mongo_status=0
DATABASE_URI="mongodb://127.0.0.1:${FERRETDB_PORT}/newsroom_int" PAYLOAD_DROP_DATABASE=true \
  MEDIA_DIR=.tmp/int-mongo/media ACCOUNTS_TEST_REDIS_PORT=6394 CACHE_TEST_REDIS_PORT=6393 S3_TEST_PORT=9021 \
  npx vitest run || mongo_status=$?
bash scripts/ferretdb.sh stop >/dev/null 2>&1 || true

build_status=0
wait "$sqlite_pid" || build_status=$?
step "integration tests on SQLite (their log)"
cat .tmp/int-sqlite.log
[ "$(cat .tmp/int-sqlite.rc)" = 0 ] || { echo "integration tests on SQLite failed" >&2; exit 1; }
[ "$mongo_status" = 0 ] || { echo "integration tests on MongoDB-wire failed" >&2; exit 1; }
[ "$build_status" = 0 ] || { cat .tmp/e2e-build.log; echo "the production build failed" >&2; exit 1; }

step "end-to-end tests (production build, Debian Chromium)"
E2E_SKIP_BUILD=1 npx playwright test

step "end-to-end smoke tests on MongoDB-wire (FerretDB)"
# The same build on a fresh FerretDB database (tests/helpers/e2e-server.mjs, E2E_DATABASE):
# every public page type in three languages. To keep CI under 40 minutes, the publishing and search
# specs are left to a run by hand with E2E_DATABASE=mongodb (publishing passed there; search's
# news-list filter test did not finish in time on a loaded machine, not yet looked into).
E2E_DATABASE=mongodb E2E_SKIP_BUILD=1 npx playwright test tests/e2e/pages.e2e.spec.ts

step "all tests passed in $((SECONDS - started)) s"
