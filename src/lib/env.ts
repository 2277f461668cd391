/**
 * The environment, read and validated in one place. Every problem is reported at once, in plain
 * words, so a misconfigured server stops at start instead of failing on its first request.
 */

export type DatabaseKind = 'sqlite' | 'mongodb'

export interface Env {
  databaseUri: string
  databaseKind: DatabaseKind
  payloadSecret: string
  siteUrl: string
  port: number
  /** The address the production server listens on (HOST, default 0.0.0.0: every interface). */
  host: string
  /** PREVIEW_SECRET when set; otherwise lib/previewSecret derives one from PAYLOAD_SECRET. */
  previewSecret?: string
  /** The administrator `npm run seed` creates (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
  seedAdmin: SeedAdmin
  /** Where uploaded files are stored (MEDIA_DIR, default `./data/media` beside the database). */
  mediaDir: string
  isProduction: boolean
  /** Largest accepted upload in bytes (MAX_UPLOAD_MB, default 20). */
  maxUploadBytes: number
  /** Whether this server runs the job queue (scheduled publishing); JOBS_AUTORUN=false turns it off. */
  runJobs: boolean
  /**
   * REDIS_URL: where Next's page and data cache is shared between instances, or null for this
   * process's memory. Read here to be checked at start; scripts/server/cacheHandler.mjs (plain
   * JavaScript that Next loads itself) uses the same variable.
   */
  redisUrl: string | null
  /**
   * TRUSTED_PROXIES: how many reverse proxies of ours stand in front of the server (default 0).
   * The client address login throttling counts by is the X-Forwarded-For entry that many hops
   * before the one our server adds (src/lib/clientAddress.ts).
   */
  trustedProxies: number
  /**
   * SHARED_CACHE_SECONDS: how long a CDN or reverse proxy may keep a public page before asking
   * again (`s-maxage`; default 60); it may serve it stale for a day while it does.
   */
  sharedCacheSeconds: number
  /**
   * S3_BUCKET and the other S3_* settings: media files on S3 or an S3-compatible object store,
   * or null to keep them in MEDIA_DIR (the default).
   */
  s3: S3Settings | null
  /**
   * PURGE_URL: a CDN's purge endpoint, called with the surrogate keys a publish changed
   * (src/lib/purge.ts), or null (default: no purge call); PURGE_AUTHORIZATION is sent as its
   * Authorization header.
   */
  purge: { url: string; authorization: string | null } | null
  /**
   * SQLITE_WORKER: whether SQLite's queries run in a worker thread (default true; false runs them
   * on the event loop as libSQL does by itself, for comparison: src/lib/sqliteWorker).
   */
  sqliteWorker: boolean
}

/** Where and how media files are stored on S3-compatible object storage (src/cms/storage.ts). */
export interface S3Settings {
  bucket: string
  /** S3_REGION, default us-east-1 (servers other than AWS accept any name). */
  region: string
  /** S3_ENDPOINT: the server's URL for anything other than AWS (MinIO, Versity, R2...); unset = AWS. */
  endpoint?: string
  /** S3_FORCE_PATH_STYLE: `endpoint/bucket/key` instead of `bucket.endpoint/key`; default true with an endpoint. */
  forcePathStyle: boolean
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; unset = the AWS SDK's own chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** The seed's administrator; `given` is false when both values are the public demo defaults. */
export interface SeedAdmin {
  email: string
  password: string
  given: boolean
}

/** The demo administrator, used by `npm run seed` outside production when nothing else is set. */
export const DEMO_ADMIN = { email: 'admin@example.org', password: 'newsroom-demo' } as const

/** Where the embedded database lives when DATABASE_URI is unset. */
export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

/** Where uploads go when MEDIA_DIR is unset; `data/` then holds all the demo's state. */
export const DEFAULT_MEDIA_DIR = './data/media'

/** Thrown when the environment is unusable; its message lists every problem. */
export class EnvError extends Error {
  /** `problems`: each problem as one sentence, for a one-line report. */
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee README.md, section "Configuration".`)
    this.name = 'EnvError'
  }
}

/** Which adapter a DATABASE_URI selects, or null if it selects none. */
export function databaseKindOf(uri: string): DatabaseKind | null {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  return null
}

/** Reads and validates `source` (process.env by default); throws EnvError listing all problems. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const problems: string[] = []
  const isProduction = source.NODE_ENV === 'production'
  // `next build` loads the config to collect routes but never opens the database or signs a token.
  const isBuild = source.NEXT_PHASE === 'phase-production-build'

  const databaseUri = source.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
  const databaseKind = databaseKindOf(databaseUri)
  if (!databaseKind) {
    problems.push(
      `DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:" (got "${databaseUri.slice(0, 40)}").`,
    )
  }

  let payloadSecret = source.PAYLOAD_SECRET?.trim() ?? ''
  if (!payloadSecret) {
    if (isProduction && !isBuild) {
      problems.push('PAYLOAD_SECRET is required in production (a long random string; `npm run demo` makes one).')
    } else {
      payloadSecret = 'development-only-secret-not-for-production'
    }
  } else if (isProduction && payloadSecret.length < 24) {
    problems.push('PAYLOAD_SECRET must be at least 24 characters long in production.')
  }

  const portText = source.PORT?.trim() || '3000'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535 (got "${portText}").`)
  }

  const siteUrlText = (source.SITE_URL?.trim() || `http://localhost:${portText}`).replace(/\/+$/, '')
  let siteUrl = siteUrlText
  try {
    const parsed = new URL(siteUrlText)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol')
    siteUrl = parsed.origin
  } catch {
    problems.push(`SITE_URL must be an absolute http(s) URL such as https://example.org (got "${siteUrlText}").`)
  }

  const host = source.HOST?.trim() || '0.0.0.0'
  // A host name or an IPv4/IPv6 address, without scheme or port.
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) {
    problems.push(`HOST must be an address to listen on, such as 0.0.0.0 or 127.0.0.1 (got "${host}").`)
  }

  const previewSecret = source.PREVIEW_SECRET?.trim() || undefined
  if (previewSecret && previewSecret.length < 16) {
    problems.push('PREVIEW_SECRET must be at least 16 characters long (or leave it unset to derive one from PAYLOAD_SECRET).')
  }

  const redisUrl = source.REDIS_URL?.trim() || null
  if (redisUrl && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) {
    problems.push(`REDIS_URL must start with "redis://" or "rediss://" (got "${redisUrl.slice(0, 40)}").`)
  }

  const trustedProxiesText = source.TRUSTED_PROXIES?.trim() || '0'
  const trustedProxies = Number(trustedProxiesText)
  if (!/^\d+$/.test(trustedProxiesText) || trustedProxies > 5) {
    problems.push(`TRUSTED_PROXIES must be the number of reverse proxies in front of the server, from 0 to 5 (got "${trustedProxiesText}").`)
  }

  const sharedCacheText = source.SHARED_CACHE_SECONDS?.trim() || '60'
  const sharedCacheSeconds = Number(sharedCacheText)
  if (!/^\d+$/.test(sharedCacheText) || sharedCacheSeconds > 86_400) {
    problems.push(`SHARED_CACHE_SECONDS must be a whole number of seconds from 0 to 86400 (got "${sharedCacheText}").`)
  }

  const jobsAutorun = source.JOBS_AUTORUN?.trim().toLowerCase() || 'true'
  if (jobsAutorun !== 'true' && jobsAutorun !== 'false') {
    problems.push(`JOBS_AUTORUN must be "true" or "false" (got "${source.JOBS_AUTORUN}").`)
  }

  const sqliteWorker = source.SQLITE_WORKER?.trim().toLowerCase() || 'true'
  if (sqliteWorker !== 'true' && sqliteWorker !== 'false') {
    problems.push(`SQLITE_WORKER must be "true" or "false" (got "${source.SQLITE_WORKER}").`)
  }

  const seedEmail = source.SEED_ADMIN_EMAIL?.trim()
  const seedPassword = source.SEED_ADMIN_PASSWORD ?? ''
  if (seedEmail && !/^[^\s@]+@[^\s@]+$/.test(seedEmail)) {
    problems.push(`SEED_ADMIN_EMAIL must be an e-mail address (got "${seedEmail}").`)
  }
  if (seedPassword && seedPassword.length < 8) {
    problems.push('SEED_ADMIN_PASSWORD must be at least 8 characters long.')
  }

  const maxUploadText = source.MAX_UPLOAD_MB?.trim() || '20'
  const maxUploadMb = Number(maxUploadText)
  if (!Number.isFinite(maxUploadMb) || maxUploadMb <= 0 || maxUploadMb > 1024) {
    problems.push(`MAX_UPLOAD_MB must be a number of megabytes from 1 to 1024 (got "${maxUploadText}").`)
  }

  const s3 = readS3(source, problems)
  const purgeUrl = source.PURGE_URL?.trim() || null
  if (purgeUrl && !/^https?:\/\/[^\s]+$/.test(purgeUrl)) {
    problems.push(`PURGE_URL must be an http:// or https:// address (got "${purgeUrl.slice(0, 40)}").`)
  }

  if (problems.length > 0) throw new EnvError(problems)
  return {
    databaseUri,
    databaseKind: databaseKind as DatabaseKind,
    payloadSecret,
    siteUrl,
    port,
    host,
    previewSecret,
    seedAdmin: {
      email: seedEmail || DEMO_ADMIN.email,
      password: seedPassword || DEMO_ADMIN.password,
      given: Boolean(seedEmail && seedPassword),
    },
    mediaDir: source.MEDIA_DIR?.trim() || DEFAULT_MEDIA_DIR,
    isProduction,
    maxUploadBytes: Math.round(maxUploadMb * 1024 * 1024),
    runJobs: jobsAutorun !== 'false',
    redisUrl,
    trustedProxies,
    sharedCacheSeconds,
    s3,
    sqliteWorker: sqliteWorker !== 'false',
    purge: purgeUrl ? { url: purgeUrl, authorization: source.PURGE_AUTHORIZATION?.trim() || null } : null,
  }
}

/** The S3_* settings that only mean something with S3_BUCKET. */
const S3_DEPENDENT = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

/** Reads the S3_* settings into `problems` and a result: null (media in MEDIA_DIR) unless S3_BUCKET is set. */
function readS3(source: Record<string, string | undefined>, problems: string[]): S3Settings | null {
  const value = (name: string) => source[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) {
    const stray = S3_DEPENDENT.filter((name) => value(name))
    if (stray.length) problems.push(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to store media on S3, or remove the S3_ settings to keep media in MEDIA_DIR.`)
    return null
  }
  // AWS's rules for bucket names, which S3-compatible servers follow too.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    problems.push(`S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens (got "${bucket.slice(0, 70)}").`)
  }

  const region = value('S3_REGION') ?? 'us-east-1'
  if (!/^[a-z0-9-]{1,40}$/.test(region)) problems.push(`S3_REGION must be a region name such as us-east-1 or eu-central-1 (got "${region.slice(0, 40)}").`)

  const endpointText = value('S3_ENDPOINT')
  let endpoint: string | undefined
  if (endpointText) {
    try {
      const parsed = new URL(endpointText)
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol')
      if (parsed.search || parsed.hash || parsed.username) throw new Error('extra parts')
      endpoint = endpointText.replace(/\/+$/, '')
    } catch {
      problems.push(`S3_ENDPOINT must be the storage server's http(s) URL, such as http://127.0.0.1:9000, without the bucket (got "${endpointText.slice(0, 60)}").`)
    }
  }

  const pathStyleText = value('S3_FORCE_PATH_STYLE')?.toLowerCase() ?? (endpointText ? 'true' : 'false')
  if (pathStyleText !== 'true' && pathStyleText !== 'false') problems.push(`S3_FORCE_PATH_STYLE must be "true" or "false" (got "${value('S3_FORCE_PATH_STYLE')}").`)

  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push(`S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: ${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} is missing (leave both unset to use the AWS SDK's own credentials, such as an instance role).`)
  }

  return {
    bucket,
    region,
    endpoint,
    forcePathStyle: pathStyleText === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/** The site's public origin (SITE_URL without a trailing slash), for absolute links in feeds and embeds. */
export function siteUrl(): string {
  return readEnv().siteUrl
}
