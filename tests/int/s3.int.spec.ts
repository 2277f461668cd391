import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import configPromise from '@payload-config'
import { REST_DELETE, REST_GET, REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { NewsroomMessages } from '@/cms/i18n/newsroom/en'
import type { Media } from '@/payload-types'

import { adminTexts, context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/*
 * Media on object storage (src/cms/storage.ts, Payload's S3 adapter) against a real S3 server:
 * Versity's gateway, built and started by scripts/s3.sh on S3_TEST_PORT (default 9020), a bucket
 * per database kind so the SQLite and MongoDB-wire runs never see each other's objects. The
 * settings are in place before Payload's config is read (vi.hoisted runs before the imports);
 * Vitest runs each test file in a process of its own, so no other file sees them.
 * Uploads and reads go through Payload's REST handlers exactly as the server mounts them; the
 * bucket is read with the AWS SDK, so every check is against what S3 really holds.
 */
const s3Env = vi.hoisted(() => {
  const port = process.env.S3_TEST_PORT || '9020'
  const settings = {
    S3_BUCKET: `newsroom-int-${(process.env.DATABASE_URI ?? '').startsWith('mongodb') ? 'mongo' : 'sqlite'}`,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    // scripts/s3.sh's throwaway test credentials.
    S3_ACCESS_KEY_ID: 'newsroom-test',
    S3_SECRET_ACCESS_KEY: 'newsroom-test-secret',
    // Small, so the upload limit is tested with a small file.
    MAX_UPLOAD_MB: '1',
  }
  Object.assign(process.env, settings)
  return { port, ...settings }
})

const script = path.resolve('scripts/s3.sh')
const scriptEnv = { ...process.env, S3_PORT: s3Env.port, S3_BUCKET: s3Env.S3_BUCKET }

const bucket = s3Env.S3_BUCKET
const s3 = new S3Client({
  endpoint: s3Env.S3_ENDPOINT,
  region: s3Env.S3_REGION,
  forcePathStyle: true,
  credentials: { accessKeyId: s3Env.S3_ACCESS_KEY_ID, secretAccessKey: s3Env.S3_SECRET_ACCESS_KEY },
})

/** Every key in the bucket that starts with `prefix`, sorted. */
async function keys(prefix: string): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
  return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
}

/** The object's bytes and content type as S3 holds them. */
async function object(key: string): Promise<{ bytes: Buffer; contentType?: string }> {
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return { bytes: Buffer.from(await got.Body!.transformToByteArray()), contentType: got.ContentType }
}

/** A real PNG, wider than the largest image size so every size is a file of its own. */
function png(width = 1700, height = 1100): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#7a3b0c' } }).png().toBuffer()
}

/** A minimal well-formed one-page PDF (as in media.int.spec.ts). */
function pdf(): Buffer {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>']
  let body = '%PDF-1.4\n'
  const offsets = objects.map((item, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${item}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The stored file names of a media document: the original, then each image size. */
function fileNames(media: Media): string[] {
  return [media.filename ?? '', ...Object.values(media.sizes ?? {}).map((size) => size?.filename ?? '')].filter(Boolean)
}

const rest = { GET: REST_GET(configPromise), POST: REST_POST(configPromise), DELETE: REST_DELETE(configPromise) }

/** A request to Payload's REST API (`/api/<path>`), as the server would pass it. */
function call(method: keyof typeof rest, apiPath: string, init: { headers?: Record<string, string>; body?: FormData } = {}): Promise<Response> {
  const url = new URL(`http://localhost:3000/api/${apiPath}`)
  return rest[method](new Request(url, { method, headers: init.headers, body: init.body }), {
    params: Promise.resolve({ slug: url.pathname.slice('/api/'.length).split('/').map(decodeURIComponent) }),
  })
}

describe(`media on S3-compatible object storage (${databaseKind})`, () => {
  // Registered before payloadSuite(): after-all hooks run in reverse, so the suite's cleanup
  // (which deletes objects) runs while the server still does.
  let startedHere = false
  beforeAll(() => {
    startedHere = spawnSync('bash', [script, 'status'], { env: scriptEnv, stdio: 'ignore' }).status !== 0
    // Builds versitygw on first use (minutes), starts it and makes the bucket; prints the URL.
    const url = execFileSync('bash', [script, 'start'], { env: scriptEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()
    expect(url).toBe(s3Env.S3_ENDPOINT)
  }, 20 * 60_000)
  afterAll(() => {
    if (startedHere) execFileSync('bash', [script, 'stop'], { env: scriptEnv, stdio: 'ignore' })
  })

  const suite = payloadSuite()
  let editor = ''
  let cookieName = ''
  let messages: Record<'en' | 'ru' | 'tg', NewsroomMessages>

  beforeAll(async () => {
    ;({ cookieName, messages } = await adminTexts())
    const email = `media-${unique('s3').split(' ')[1]}@example.org`
    suite.docs.add('users', await suite.payload.create({ collection: 'users', context, data: { email, password: 'a-long-password', name: 'Media editor', role: 'editor' } }))
    editor = (await suite.payload.login({ collection: 'users', data: { email, password: 'a-long-password' } })).token ?? ''
  })

  const staff = () => ({ Authorization: `JWT ${editor}` })

  /** Uploads through the REST API as an editor; `stem` starts the file name (and so every key). */
  async function upload(bytes: Buffer, name: string, type: string, data: object): Promise<Response> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(data))
    return call('POST', 'media?locale=en', { headers: staff(), body: form })
  }

  /** GET of a file through Payload's route, as an anonymous reader (in `language` if given). */
  function fetchFile(url: string, language?: string): Promise<Response> {
    expect(url.startsWith('/api/media/file/')).toBe(true)
    return call('GET', url.slice('/api/'.length), { headers: language ? { Cookie: `${cookieName}=${language}` } : {} })
  }

  let image: Media
  const imageStem = `cover-${Date.now().toString(36)}`

  it('stores an uploaded image and each of its sizes as objects in the bucket, nothing in MEDIA_DIR', async () => {
    const response = await upload(await png(), `${imageStem}.png`, 'image/png', { alt: 'Apricot orchards near Isfara' })
    expect(response.status).toBe(201)
    image = suite.docs.add('media', ((await response.json()) as { doc: Media }).doc)
    expect(image.mimeType).toBe('image/webp')
    expect(Object.values(image.sizes ?? {}).map((size) => size?.width)).toEqual([480, 800, 1200, 1600])
    // Five distinct files (the original and four sizes), each an object of its own.
    const names = fileNames(image)
    expect(new Set(names).size).toBe(5)
    expect(await keys(imageStem)).toEqual([...names].sort())
    for (const name of names) expect(existsSync(path.resolve(process.env.MEDIA_DIR ?? 'data/media', name)), name).toBe(false)
    // Readers reach files through Payload's route (its read access applies), not the bucket.
    expect(image.url).toBe(`/api/media/file/${encodeURIComponent(image.filename ?? '')}`)
    for (const size of Object.values(image.sizes ?? {})) expect(size?.url).toBe(`/api/media/file/${encodeURIComponent(size?.filename ?? '')}`)
  })

  it('serves the original and every size back through Payload: the bytes S3 holds, with their content type', async () => {
    const entries = [{ url: image.url, filename: image.filename, width: image.width }, ...Object.values(image.sizes ?? {})]
    for (const entry of entries) {
      const response = await fetchFile(entry?.url ?? '')
      expect(response.status, entry?.filename ?? '').toBe(200)
      expect(response.headers.get('content-type')).toBe('image/webp')
      const served = Buffer.from(await response.arrayBuffer())
      const stored = await object(entry?.filename ?? '')
      expect(stored.contentType).toBe('image/webp')
      expect(served.equals(stored.bytes), entry?.filename ?? '').toBe(true)
      expect((await sharp(served).metadata()).width).toBe(entry?.width)
    }
  })

  it('stores a PDF as uploaded and serves exactly those bytes as application/pdf', async () => {
    const bytes = pdf()
    const stem = `report-${Date.now().toString(36)}`
    const response = await upload(bytes, `${stem}.pdf`, 'application/pdf', {})
    expect(response.status).toBe(201)
    const media = suite.docs.add('media', ((await response.json()) as { doc: Media }).doc)
    expect(await keys(stem)).toEqual([media.filename])
    expect((await object(media.filename ?? '')).bytes.equals(bytes)).toBe(true)
    const served = await fetchFile(media.url ?? '')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it('keeps the bucket private: an anonymous request to S3 itself is refused', async () => {
    const direct = await fetch(`${s3Env.S3_ENDPOINT}/${bucket}/${encodeURIComponent(image.filename ?? '')}`)
    expect(direct.status).toBe(403)
  })

  it('keeps alt text per language; a change of text leaves the stored objects as they are', async () => {
    await suite.payload.update({ collection: 'media', id: image.id, locale: 'ru', data: { alt: 'Абрикосовые сады у Исфары' }, context })
    await suite.payload.update({ collection: 'media', id: image.id, locale: 'tg', data: { alt: 'Боғҳои зардолу дар наздикии Исфара' }, context })
    const all = await suite.payload.findByID({ collection: 'media', id: image.id, locale: 'all' })
    expect(all.alt).toEqual({ en: 'Apricot orchards near Isfara', ru: 'Абрикосовые сады у Исфары', tg: 'Боғҳои зардолу дар наздикии Исфара' })
    expect(await keys(imageStem)).toEqual([...fileNames(image)].sort())
  })

  it('refuses what the folder refuses, and a refused upload leaves nothing in the bucket', async () => {
    const stem = `refused-${Date.now().toString(36)}`
    // An image without alternative text.
    expect((await upload(await png(600, 400), `${stem}-a.png`, 'image/png', {})).status).toBe(400)
    // A script whose name says PNG: Payload checks the content.
    expect((await upload(Buffer.from('<script>alert(1)</script>'), `${stem}-b.png`, 'image/png', { alt: 'not an image' })).status).toBe(400)
    // Larger than MAX_UPLOAD_MB (1 MB here): random bytes do not compress below it.
    const large = await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } }).png().toBuffer()
    expect(large.length).toBeGreaterThan(1024 * 1024)
    expect((await upload(large, `${stem}-c.png`, 'image/png', { alt: 'Noise' })).status).toBe(413)
    expect(await keys(stem)).toEqual([])
  })

  it('answers a missing object with a 404 in the reader’s language, never a 500', async () => {
    const stem = `lost-${Date.now().toString(36)}`
    const response = await upload(await png(900, 600), `${stem}.png`, 'image/png', { alt: 'Lost' })
    const media = suite.docs.add('media', ((await response.json()) as { doc: Media }).doc)
    // The object disappears behind Payload's back (a lifecycle rule, a wrong restore).
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: media.filename ?? '' }))
    for (const language of ['en', 'ru', 'tg'] as const) {
      const missing = await fetchFile(media.url ?? '', language)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('cache-control')).toBe('no-store')
      expect(((await missing.json()) as { errors: { message: string }[] }).errors[0].message).toBe(messages[language].errors.noSuchFile)
    }
    // A name no document has, in Tajik letters.
    const unknown = await fetchFile(`/api/media/file/${encodeURIComponent('ҳеҷ-чиз.webp')}`)
    expect(unknown.status).toBe(404)
    // Its sizes are still there and still served.
    const size = Object.values(media.sizes ?? {})[0]
    expect((await fetchFile(size?.url ?? '')).status).toBe(200)
  })

  it('answers 503 with Retry-After while the storage is down, and serves again once it is back', async () => {
    execFileSync('bash', [script, 'stop'], { env: scriptEnv, stdio: 'ignore' })
    try {
      for (const language of ['en', 'ru', 'tg'] as const) {
        const started = Date.now()
        const down = await fetchFile(image.url ?? '', language)
        expect(down.status).toBe(503)
        expect(Date.now() - started).toBeLessThan(2000)
        expect(down.headers.get('retry-after')).toBe('30')
        expect(down.headers.get('cache-control')).toBe('no-store')
        expect(((await down.json()) as { errors: { message: string }[] }).errors[0].message).toBe(messages[language].storage.unavailable)
      }
    } finally {
      execFileSync('bash', [script, 'start'], { env: scriptEnv, stdio: 'ignore' })
    }
    // No restart of Payload: the next request is served.
    expect((await fetchFile(image.url ?? '')).status).toBe(200)
  })

  it('deletes the original and every size from the bucket when a media document is deleted', async () => {
    const stem = `gone-${Date.now().toString(36)}`
    const response = await upload(await png(), `${stem}.png`, 'image/png', { alt: 'Soon gone' })
    const media = ((await response.json()) as { doc: Media }).doc
    expect(await keys(stem)).toHaveLength(5)
    const deleted = await call('DELETE', `media/${media.id}`, { headers: staff() })
    expect(deleted.status).toBe(200)
    expect(await keys(stem)).toEqual([])
    expect((await fetchFile(media.url ?? '')).status).toBe(404)
  })

  it('replacing the file stores the new objects and removes the old ones', async () => {
    const stem = `swap-${Date.now().toString(36)}`
    const first = suite.docs.add('media', ((await (await upload(await png(), `${stem}-old.png`, 'image/png', { alt: 'Before' })).json()) as { doc: Media }).doc)
    const bytes = await png(1000, 700)
    const second = await suite.payload.update({ collection: 'media', id: first.id, data: {}, file: { data: bytes, name: `${stem}-new.png`, mimetype: 'image/png', size: bytes.length }, context })
    expect(await keys(`${stem}-old`)).toEqual([])
    // (A 1000-pixel image: its 1200 and 1600 sizes are the unenlarged 1000-pixel file, one object.)
    expect(await keys(`${stem}-new`)).toEqual([...new Set(fileNames(second))].sort())
  })
})
