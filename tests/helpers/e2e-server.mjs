// The server the end-to-end tests run against: a production build on a fresh SQLite file,
// seeded (and so migrated) exactly as `npm run demo` does. Set E2E_SKIP_BUILD=1 to reuse .next-e2e.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { demoEnv, nextBin, root, run, seed, startServer } from '../../scripts/lib.mjs'

const port = process.env.E2E_PORT ?? '3100'
const database = path.join(root, '.tmp/e2e/newsroom.db')
rmSync(path.dirname(database), { recursive: true, force: true })

const env = demoEnv({
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATABASE_URI: `file:${database}`,
  MEDIA_DIR: path.join(path.dirname(database), 'media'),
  SITE_URL: `http://localhost:${port}`,
  PAYLOAD_SECRET: 'e2e-secret-for-tests-only-0123456789abcdef',
  SEED_ADMIN_EMAIL: 'admin@example.org',
  SEED_ADMIN_PASSWORD: 'e2e-admin-password',
  // Its own build folder: the tests' pages and data never mix with the demo's.
  NEXT_DIST_DIR: '.next-e2e',
})
// Built against an unreachable MongoDB on purpose: proves `next build` needs no database.
const buildEnv = { ...env, DATABASE_URI: 'mongodb://127.0.0.1:1/newsroom-build-needs-no-database' }
if (process.env.E2E_SKIP_BUILD !== '1') await run(process.execPath, [nextBin, 'build'], buildEnv)
await seed(env)
startServer(env)
