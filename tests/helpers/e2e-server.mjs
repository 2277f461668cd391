// The server the end-to-end tests run against: a production build on a fresh SQLite file,
// seeded (and so migrated) exactly as `npm run demo` does. Set E2E_SKIP_BUILD=1 to reuse .next-e2e.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { nextBin, run, seed, startServer } from '../../scripts/lib.mjs'
import { e2eDatabase, e2eEnv } from './e2e-env.mjs'

rmSync(path.dirname(e2eDatabase), { recursive: true, force: true })
const env = e2eEnv()
// Built against an unreachable MongoDB on purpose: proves `next build` needs no database.
const buildEnv = { ...env, DATABASE_URI: 'mongodb://127.0.0.1:1/newsroom-build-needs-no-database' }
if (process.env.E2E_SKIP_BUILD !== '1') await run(process.execPath, [nextBin, 'build'], buildEnv)
await seed(env)
startServer(env)
