// The server the end-to-end tests run against: a production build on a fresh SQLite file,
// seeded (and so migrated) exactly as `npm run demo` does. Set E2E_SKIP_BUILD=1 to reuse .next-e2e,
// E2E_BUILD_ONLY=1 to build it and stop.
// With E2E_DATABASE=mongodb it runs on a fresh MongoDB-wire database instead: the FerretDB on
// FERRETDB_PORT (started here if it is not running; scripts/test.sh stops it).
import { rmSync } from 'node:fs'
import path from 'node:path'

import { nextBin, root, run, seed, startServer } from '../../scripts/lib.mjs'
import { e2eDatabase, e2eEnv, e2eFerretPort, e2eOnMongo } from './e2e-env.mjs'

rmSync(path.dirname(e2eDatabase), { recursive: true, force: true })
const env = e2eEnv()
// Built against an unreachable MongoDB on purpose: proves `next build` needs no database.
// Not type-checked again: scripts/test.sh ran `tsc` first (next.config.mjs).
const buildEnv = { ...env, DATABASE_URI: 'mongodb://127.0.0.1:1/newsroom-build-needs-no-database', NEXT_BUILD_SKIP_TYPECHECK: '1' }
if (process.env.E2E_SKIP_BUILD !== '1') await run(process.execPath, [nextBin, 'build'], buildEnv)
// E2E_BUILD_ONLY=1: only the build (scripts/test.sh makes it while the MongoDB-wire tests run).
if (process.env.E2E_BUILD_ONLY === '1') process.exit(0)
if (e2eOnMongo) {
  await run('bash', [path.join(root, 'scripts/ferretdb.sh'), 'start'], { ...process.env, FERRETDB_PORT: e2eFerretPort })
  // Payload drops the database when it connects for the seed: every run starts empty, as on SQLite.
  await seed({ ...env, PAYLOAD_DROP_DATABASE: 'true' })
} else {
  await seed(env)
}
startServer(env)
