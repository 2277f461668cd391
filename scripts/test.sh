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

step "integration tests on SQLite"
rm -rf .tmp/int-sqlite
DATABASE_URI="file:./.tmp/int-sqlite/newsroom.db" MEDIA_DIR=.tmp/int-sqlite/media npx vitest run

# The end-to-end tests' production build (CPU) runs beside the MongoDB-wire tests (which often
# wait for FerretDB and PostgreSQL). Running the two integration passes side by side was tried:
# on two cores it took longer than one after the other.
step "production build for the end-to-end tests, in the background"
E2E_BUILD_ONLY=1 node tests/helpers/e2e-server.mjs >.tmp/e2e-build.log 2>&1 &
build_pid=$!

step "integration tests on MongoDB-wire (FerretDB)"
export FERRETDB_PORT="${FERRETDB_PORT:-27018}"
bash scripts/ferretdb.sh start >/dev/null
trap 'bash scripts/ferretdb.sh stop >/dev/null 2>&1 || true' EXIT
rm -rf .tmp/int-mongo
# PAYLOAD_DROP_DATABASE makes Payload start from an empty database, like the SQLite run.
# Left out here, to keep CI under 40 minutes, what this database would not change:
# - files that never use this run's database (the server's parts, the cache handler, slugs, the
#   job runner's log, the language proxy, feeds over HTTP, the admin's languages, the settings
#   check, the SQLite worker);
# - answers given before the database is asked (validation messages' language, API size caps);
# - the seed: the MongoDB-wire e2e smoke below seeds FerretDB with the same code and reads every
#   page type of the seeded site in three languages;
# - the SIGKILL crash test: MongoDB writes a document whole; a half-written publication (many
#   rows, several statements) is SQLite's risk.
DATABASE_URI="mongodb://127.0.0.1:${FERRETDB_PORT}/newsroom_int" PAYLOAD_DROP_DATABASE=true \
  MEDIA_DIR=.tmp/int-mongo/media npx vitest run \
  --exclude tests/int/server.int.spec.ts --exclude tests/int/outage.int.spec.ts \
  --exclude tests/int/cacheHandler.int.spec.ts --exclude tests/int/slugify.int.spec.ts \
  --exclude tests/int/jobRunner.int.spec.ts --exclude tests/int/proxy.int.spec.ts \
  --exclude tests/int/feedsHttp.int.spec.ts --exclude tests/int/adminLanguage.int.spec.ts \
  --exclude tests/int/env.int.spec.ts --exclude tests/int/sqliteWorker.int.spec.ts \
  --exclude tests/int/validationLanguage.int.spec.ts --exclude tests/int/apiBounds.int.spec.ts \
  --exclude tests/int/seed.int.spec.ts --exclude tests/int/crash.int.spec.ts
bash scripts/ferretdb.sh stop >/dev/null 2>&1 || true

step "end-to-end tests (production build, Debian Chromium)"
wait "$build_pid" || { cat .tmp/e2e-build.log; echo "the production build failed" >&2; exit 1; }
E2E_SKIP_BUILD=1 npx playwright test

step "end-to-end smoke tests on MongoDB-wire (FerretDB)"
# The same build on a fresh FerretDB database (tests/helpers/e2e-server.mjs, E2E_DATABASE):
# every public page type in three languages. To keep CI under 40 minutes, the publishing and search
# specs are left to a run by hand with E2E_DATABASE=mongodb (publishing passed there; search's
# news-list filter test did not finish in time on a loaded machine, not yet looked into).
E2E_DATABASE=mongodb E2E_SKIP_BUILD=1 npx playwright test tests/e2e/pages.e2e.spec.ts

step "all tests passed in $((SECONDS - started)) s"
