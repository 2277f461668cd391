// The end-to-end server's environment, shared by the server (e2e-server.mjs) and by tests that
// run a Payload script against the same database (scheduler.e2e.spec.ts).
import path from 'node:path'

import { demoEnv, root } from '../../scripts/lib.mjs'

/** The e2e server's SQLite file; e2e-server.mjs starts every run from an empty folder. */
export const e2eDatabase = path.join(root, '.tmp/e2e/newsroom.db')

/** The environment the e2e server runs with on `port` (a production build, as `npm run demo`). */
export function e2eEnv(port = process.env.E2E_PORT ?? '3100') {
  return demoEnv({
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URI: `file:${e2eDatabase}`,
    MEDIA_DIR: path.join(path.dirname(e2eDatabase), 'media'),
    SITE_URL: `http://localhost:${port}`,
    PAYLOAD_SECRET: 'e2e-secret-for-tests-only-0123456789abcdef',
    SEED_ADMIN_EMAIL: 'admin@example.org',
    SEED_ADMIN_PASSWORD: 'e2e-admin-password',
    // Its own build folder: the tests' pages and data never mix with the demo's.
    NEXT_DIST_DIR: '.next-e2e',
  })
}
