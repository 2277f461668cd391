import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, EnvError, readEnv } from '@/lib/env'

describe('environment validation', () => {
  it('defaults to the embedded SQLite database and a development secret', () => {
    const env = readEnv({ NODE_ENV: 'development' })
    expect(env.databaseUri).toBe(DEFAULT_DATABASE_URI)
    expect(env.databaseKind).toBe('sqlite')
    expect(env.siteUrl).toBe('http://localhost:3000')
    expect(env.port).toBe(3000)
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(readEnv({ DATABASE_URI: 'mongodb://db:27017/newsroom' }).databaseKind).toBe('mongodb')
    expect(readEnv({ DATABASE_URI: 'mongodb+srv://user:pw@cluster.example.net/newsroom' }).databaseKind).toBe('mongodb')
  })

  it('lists every problem at once, in plain words', () => {
    let error: unknown
    try {
      readEnv({ NODE_ENV: 'production', DATABASE_URI: 'postgres://x', PORT: 'eighty', SITE_URL: 'example.org' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(EnvError)
    const message = (error as Error).message
    expect(message).toContain('DATABASE_URI must start with')
    expect(message).toContain('PAYLOAD_SECRET is required in production')
    expect(message).toContain('PORT must be a whole number')
    expect(message).toContain('SITE_URL must be an absolute http(s) URL')
  })

  it('lets `next build` load the config without a secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('rejects a short production secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/at least 24 characters/)
  })

  it('normalises SITE_URL to its origin', () => {
    expect(readEnv({ SITE_URL: 'https://asti.example.org/' }).siteUrl).toBe('https://asti.example.org')
  })
})
