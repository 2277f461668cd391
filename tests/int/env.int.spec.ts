import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, DEMO_ADMIN, EnvError, readEnv } from '@/lib/env'
import { previewSecret } from '@/lib/previewSecret'

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

  it('listens on every interface unless HOST names one, and rejects a URL as HOST', () => {
    expect(readEnv({}).host).toBe('0.0.0.0')
    expect(readEnv({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1')
    expect(() => readEnv({ HOST: 'http://example.org' })).toThrow(/HOST must be an address to listen on/)
  })

  it('takes PREVIEW_SECRET when set (long enough), else derives the preview secret from PAYLOAD_SECRET', () => {
    expect(readEnv({}).previewSecret).toBeUndefined()
    expect(readEnv({ PREVIEW_SECRET: ' a-preview-secret-of-length ' }).previewSecret).toBe('a-preview-secret-of-length')
    expect(() => readEnv({ PREVIEW_SECRET: 'short' })).toThrow(/PREVIEW_SECRET must be at least 16 characters/)
    expect(previewSecret('payload-secret', undefined)).toMatch(/^[0-9a-f]{32}$/)
    expect(previewSecret('payload-secret', 'a-preview-secret-of-length')).toBe('a-preview-secret-of-length')
  })

  it('reads JOBS_AUTORUN as true or false only', () => {
    expect(readEnv({}).runJobs).toBe(true)
    expect(readEnv({ JOBS_AUTORUN: 'false' }).runJobs).toBe(false)
    expect(() => readEnv({ JOBS_AUTORUN: 'no' })).toThrow(/JOBS_AUTORUN must be "true" or "false"/)
  })

  it('knows whether the seed administrator was given or is the public demo login', () => {
    expect(readEnv({}).seedAdmin).toEqual({ ...DEMO_ADMIN, given: false })
    expect(readEnv({ SEED_ADMIN_EMAIL: 'editor@asti.example.org' }).seedAdmin.given).toBe(false)
    expect(readEnv({ SEED_ADMIN_EMAIL: 'editor@asti.example.org', SEED_ADMIN_PASSWORD: 'a-long-password' }).seedAdmin).toEqual({
      email: 'editor@asti.example.org',
      password: 'a-long-password',
      given: true,
    })
    expect(() => readEnv({ SEED_ADMIN_EMAIL: 'not-an-address' })).toThrow(/SEED_ADMIN_EMAIL must be an e-mail address/)
    expect(() => readEnv({ SEED_ADMIN_PASSWORD: 'short' })).toThrow(/SEED_ADMIN_PASSWORD must be at least 8 characters/)
  })

  it('gives each problem as a sentence, for a one-line report', () => {
    let error: unknown
    try {
      readEnv({ NODE_ENV: 'production', PORT: 'eighty', SITE_URL: 'https://asti.example.org' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(EnvError)
    expect((error as EnvError).problems).toHaveLength(2)
    expect((error as EnvError).problems.every((problem) => !problem.includes('\n'))).toBe(true)
  })

  it('reads REDIS_URL (the shared cache) and refuses anything but a redis address', () => {
    expect(readEnv({}).redisUrl).toBeNull()
    expect(readEnv({ REDIS_URL: 'redis://127.0.0.1:6390' }).redisUrl).toBe('redis://127.0.0.1:6390')
    expect(() => readEnv({ REDIS_URL: 'http://cache.example.org' })).toThrow(/REDIS_URL must start with "redis:\/\/" or "rediss:\/\/"/)
  })

  it('reads SHARED_CACHE_SECONDS (how long a CDN may keep a page), 60 by default', () => {
    expect(readEnv({}).sharedCacheSeconds).toBe(60)
    expect(readEnv({ SHARED_CACHE_SECONDS: '0' }).sharedCacheSeconds).toBe(0)
    for (const wrong of ['soon', '-1', '1.5', '100000']) expect(() => readEnv({ SHARED_CACHE_SECONDS: wrong })).toThrow(/SHARED_CACHE_SECONDS must be a whole number of seconds/)
  })

  it('reads PURGE_URL (a CDN purge endpoint, none by default) and PURGE_AUTHORIZATION', () => {
    expect(readEnv({}).purge).toBeNull()
    expect(readEnv({ PURGE_URL: 'https://api.cloudflare.com/client/v4/zones/z/purge_cache', PURGE_AUTHORIZATION: 'Bearer t' }).purge).toEqual({
      url: 'https://api.cloudflare.com/client/v4/zones/z/purge_cache',
      authorization: 'Bearer t',
    })
    expect(() => readEnv({ PURGE_URL: 'cdn.example.org/purge' })).toThrow(/PURGE_URL must be an http:\/\/ or https:\/\/ address/)
  })

  it('reads TRUSTED_PROXIES (how many proxies of ours stand in front) as a small whole number', () => {
    expect(readEnv({}).trustedProxies).toBe(0)
    expect(readEnv({ TRUSTED_PROXIES: '1' }).trustedProxies).toBe(1)
    for (const wrong of ['yes', '-1', '1.5', '9']) expect(() => readEnv({ TRUSTED_PROXIES: wrong })).toThrow(/TRUSTED_PROXIES must be the number of reverse proxies/)
  })
})

describe('media storage settings (S3_*)', () => {
  const versity = { S3_BUCKET: 'newsroom-media', S3_ENDPOINT: 'http://127.0.0.1:9010/', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }

  it('keeps media in MEDIA_DIR unless S3_BUCKET is set', () => {
    expect(readEnv({}).s3).toBeNull()
    expect(readEnv({ S3_BUCKET: ' ' }).s3).toBeNull()
  })

  it('reads an S3-compatible server: path-style by default with an endpoint, us-east-1 unless told', () => {
    expect(readEnv(versity).s3).toEqual({
      bucket: 'newsroom-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9010',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(readEnv({ ...versity, S3_FORCE_PATH_STYLE: 'false', S3_REGION: 'eu-central-1' }).s3).toMatchObject({ forcePathStyle: false, region: 'eu-central-1' })
  })

  it('reads AWS itself: no endpoint, host-style addressing, the SDK’s own credentials when no keys are given', () => {
    expect(readEnv({ S3_BUCKET: 'newsroom.media-eu', S3_REGION: 'eu-west-1' }).s3).toEqual({ bucket: 'newsroom.media-eu', region: 'eu-west-1', endpoint: undefined, forcePathStyle: false, credentials: undefined })
  })

  it('names each wrong S3 setting in a sentence', () => {
    const problems = (source: Record<string, string>): string[] => {
      try {
        readEnv(source)
      } catch (error) {
        return (error as EnvError).problems
      }
      return []
    }
    expect(problems({ S3_ENDPOINT: 'http://127.0.0.1:9010', S3_REGION: 'us-east-1' })).toEqual([
      'S3_ENDPOINT, S3_REGION are set but S3_BUCKET is not: set S3_BUCKET to store media on S3, or remove the S3_ settings to keep media in MEDIA_DIR.',
    ])
    expect(problems({ ...versity, S3_BUCKET: 'Newsroom_Media' })[0]).toMatch(/^S3_BUCKET must be a bucket name: 3 to 63 lowercase letters/)
    expect(problems({ ...versity, S3_ENDPOINT: 'ftp://files.example.org' })[0]).toMatch(/^S3_ENDPOINT must be the storage server's http\(s\) URL/)
    expect(problems({ ...versity, S3_ENDPOINT: 'minio:9000' })[0]).toMatch(/^S3_ENDPOINT must be/)
    expect(problems({ ...versity, S3_FORCE_PATH_STYLE: 'yes' })).toEqual(['S3_FORCE_PATH_STYLE must be "true" or "false" (got "yes").'])
    expect(problems({ ...versity, S3_REGION: 'Frankfurt am Main' })[0]).toMatch(/^S3_REGION must be a region name/)
    expect(problems({ ...versity, S3_SECRET_ACCESS_KEY: '' })).toEqual([
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: S3_SECRET_ACCESS_KEY is missing (leave both unset to use the AWS SDK's own credentials, such as an instance role).",
    ])
  })
})
