// The end-to-end server's environment, shared by the server (e2e-server.mjs) and by tests that
// run a Payload script against the same database (scheduler.e2e.spec.ts). E2E_DATABASE=mongodb
// puts it on MongoDB-wire (a FerretDB on FERRETDB_PORT) instead of SQLite.
import path from 'node:path'

import { demoEnv, root } from '../../scripts/lib.mjs'

/** The e2e server's SQLite file; e2e-server.mjs starts every run from an empty folder. */
export const e2eDatabase = path.join(root, '.tmp/e2e/newsroom.db')

/** Whether the e2e server runs on MongoDB-wire (E2E_DATABASE=mongodb) rather than SQLite. */
export const e2eOnMongo = process.env.E2E_DATABASE === 'mongodb'

/** The FerretDB the e2e server uses when on MongoDB-wire (scripts/ferretdb.sh, FERRETDB_PORT). */
export const e2eFerretPort = process.env.FERRETDB_PORT ?? '27018'

/** The environment the e2e server runs with on `port` (a production build, as `npm run demo`). */
export function e2eEnv(port = process.env.E2E_PORT ?? '3100') {
  return demoEnv({
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URI: e2eOnMongo ? `mongodb://127.0.0.1:${e2eFerretPort}/newsroom_e2e` : `file:${e2eDatabase}`,
    MEDIA_DIR: path.join(path.dirname(e2eDatabase), 'media'),
    SITE_URL: `http://localhost:${port}`,
    PAYLOAD_SECRET: 'e2e-secret-for-tests-only-0123456789abcdef',
    SEED_ADMIN_EMAIL: 'admin@example.org',
    SEED_ADMIN_PASSWORD: 'e2e-admin-password',
    // Its own build folder: the tests' pages and data never mix with the demo's.
    NEXT_DIST_DIR: '.next-e2e',
  })
}
