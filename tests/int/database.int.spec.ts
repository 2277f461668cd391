import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

/** Runs `npm run migrate` (what `npm start` runs first) against a given database. */
function migrateWith(databaseUri: string) {
  // Without VITEST: Payload imports modules differently under Vitest.
  const { VITEST: _vitest, ...parentEnv } = process.env
  return spawnSync(process.execPath, ['scripts/cms.mjs', 'migrate'], {
    env: { ...parentEnv, DATABASE_URI: databaseUri, NODE_ENV: 'production', PAYLOAD_SECRET: 'a-test-secret-of-sufficient-length', PAYLOAD_DROP_DATABASE: '' },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('database failures are reported clearly at start', () => {
  it('an unreachable MongoDB stops the start with "cannot connect to MongoDB"', () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const result = migrateWith('mongodb://127.0.0.1:1/newsroom')
    expect(result.status).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toContain('cannot connect to MongoDB')
  })

  it('an unsupported DATABASE_URI names the accepted forms', () => {
    const result = migrateWith('postgres://127.0.0.1/newsroom')
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:"')
  })
})
