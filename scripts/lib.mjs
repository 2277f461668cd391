// Shared by the npm scripts (demo, start, e2e server): run a command, and fill in the environment.
// The app reads and validates its configuration in src/lib/env.ts; these scripts cannot import
// TypeScript, so they only fill in the demo's values (DEMO_DEFAULTS, the one place for them) and
// leave every check to the app.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { cms } from './cms.mjs'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

/** Runs a command to completion with inherited output; rejects with a clear message on failure. */
export function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`"${[command, ...args].join(' ')}" failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

/** Next's folder of pages rendered at run time (and of the build): NEXT_DIST_DIR or .next. */
export const distDir = (env) => path.join(root, env.NEXT_DIST_DIR || '.next')

/**
 * How node runs the server: scripts/server.mjs with a JavaScript heap of at most 384 MB, unless
 * NODE_OPTIONS sets one. Node's default on a large machine is several gigabytes, which its
 * garbage collector treats as room to grow: at 100,000 items the server's memory reached 530-590
 * MB, 60-70 MB of it garbage not yet collected; with the limit, 490-510 MB for the same requests.
 * What the server keeps is bounded below it, leaving about 70 MB for requests in flight: about
 * 200 MB after start with every route loaded, Next's page cache up to about 100 MB
 * (scripts/server/cacheHandler.mjs), built feeds 16 MB (src/feeds/endpoints/feeds.ts). Compressed
 * pages (scripts/server/keptPages.mjs, 32 MB) are buffers outside this heap.
 * @param {NodeJS.ProcessEnv} env
 */
export function serverArgs(env) {
  const heap = /--max[-_]old[-_]space[-_]size/.test(env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=384']
  return [...heap, path.join(root, 'scripts/server.mjs')]
}

/**
 * Starts the production server (scripts/server.mjs) in the foreground as a child of this process,
 * not through npx, so stopping this process stops it. It starts with empty caches: Next's cache
 * handler keeps pages and data in memory (or Redis, keyed by build and database), never on disk,
 * so nothing rendered from another database (a test run, a restored backup) comes back.
 */
export function startServer(env) {
  const child = spawn(process.execPath, serverArgs(env), { cwd: root, env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}

/**
 * Where the production server listens when PORT / HOST are unset; the same defaults as
 * src/lib/env.ts, which validates the values when the server starts (before it listens).
 */
export const SERVER_DEFAULTS = { PORT: '3000', HOST: '0.0.0.0' }

/**
 * The demo's settings where the environment has none. The administrator is given explicitly:
 * the seed refuses the public demo login on a production database unless it is asked for, and
 * the demo (a production build on a local database) asks for it.
 */
export const DEMO_DEFAULTS = {
  PORT: SERVER_DEFAULTS.PORT,
  DATABASE_URI: 'file:./data/newsroom.db',
  SEED_ADMIN_EMAIL: 'admin@example.org',
  SEED_ADMIN_PASSWORD: 'newsroom-demo',
}

/**
 * The production environment `npm start` runs with: the given one, in production mode.
 * @returns {NodeJS.ProcessEnv}
 */
export function productionEnv(base = process.env) {
  return { ...base, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
}

/**
 * Production environment for the demo: keeps the given values, defaults the rest, and makes a
 * PAYLOAD_SECRET once (kept in data/.demo-secret so logins survive a restart).
 */
export function demoEnv(base = process.env) {
  const env = productionEnv(base)
  for (const [name, value] of Object.entries(DEMO_DEFAULTS)) env[name] ||= value
  env.SITE_URL ||= `http://localhost:${env.PORT}`
  if (!env.PAYLOAD_SECRET) {
    const file = path.join(root, 'data/.demo-secret')
    mkdirSync(path.dirname(file), { recursive: true })
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  }
  if (env.DATABASE_URI.startsWith('file:')) {
    mkdirSync(path.dirname(path.resolve(root, env.DATABASE_URI.slice('file:'.length))), { recursive: true })
  }
  return env
}

/**
 * Seeds the demo content (idempotent). On a production SQLite database Payload applies the
 * committed migrations first (prodMigrations), so no separate migrate step is needed.
 */
export function seed(env) {
  return cms('seed', env)
}
