import { spawn } from 'node:child_process'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { compareSnapshots } from '../helpers/backupCompare'
import { databaseKind } from '../helpers/payload'

/*
 * Backup and restore end to end, through the real commands, each in its own process as an
 * operator runs them: the demo seeded on SQLite (plus a user with a known password, drafts, an
 * autosave, rich-text links, redirects and a scheduled publish), `npm run backup`, then
 * `npm run restore` into a database of this run's kind: a second SQLite file on the SQLite run,
 * a database of its own on the run's MongoDB-wire server (FerretDB) on the other. Snapshots of
 * both sides (tests/helpers/backupSnapshot.ts) must match document by document, in every
 * language, version by version, file by file, login by login and page by page.
 * The run's own database is not touched. Slow (a seed and five Payload starts), so one test.
 */

const root = process.cwd()
const work = path.resolve(root, `.tmp/backup-test-${databaseKind}`)
const secret = process.env.PAYLOAD_SECRET || 'backup-test-secret-0123456789abcdef'

/** The run's MongoDB server, with a database of this test's own. */
function mongoTarget(): string {
  const url = new URL(process.env.DATABASE_URI ?? '')
  url.pathname = `/${url.pathname.slice(1) || 'newsroom'}_backup_restore`
  return url.toString()
}

const source = { DATABASE_URI: `file:${path.join(work, 'source/newsroom.db')}`, MEDIA_DIR: path.join(work, 'source/media') }
const target =
  databaseKind === 'mongodb-wire'
    ? { DATABASE_URI: mongoTarget(), MEDIA_DIR: path.join(work, 'target/media') }
    : { DATABASE_URI: `file:${path.join(work, 'target/newsroom.db')}`, MEDIA_DIR: path.join(work, 'target/media') }

/** Runs `node scripts/cms.mjs <args>` (what `npm run seed|backup|restore` run) on one database. */
function cms(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URI: _uri, MEDIA_DIR: _media, PAYLOAD_DROP_DATABASE: _drop, ...inherited } = process.env
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/cms.mjs', ...args], { cwd: root, env: { ...inherited, PAYLOAD_SECRET: secret, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

async function ok(args: string[], env: Record<string, string>): Promise<string> {
  const { code, output } = await cms(args, env)
  if (code !== 0) throw new Error(`node scripts/cms.mjs ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`)
  return output
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>

describe(`backup and restore: the SQLite demo into ${databaseKind}`, () => {
  it('carries every document, translation, version, user login, file, redirect and page over', { timeout: 30 * 60_000 }, async () => {
    await rm(work, { recursive: true, force: true })
    await mkdir(work, { recursive: true })
    const archive = path.join(work, 'newsroom.tar.gz')
    const file = (name: string) => path.join(work, name)

    await ok(['seed'], source)
    await ok(['run', 'tests/helpers/backupSnapshot.ts', '--', file('before.json'), '--extras'], source)
    await ok(['backup', archive], source)
    // A database left by an earlier run is emptied by Payload itself (MongoDB only; SQLite is new).
    await ok(['restore', archive, '--id-map', file('ids.json')], { ...target, PAYLOAD_DROP_DATABASE: 'true' })
    await ok(['run', 'tests/helpers/backupSnapshot.ts', '--', file('after.json')], target)

    const before = await readJson(file('before.json'))
    const after = await readJson(file('after.json'))
    const ids = (await readJson(file('ids.json'))) as Record<string, Record<string, string>>

    // The snapshot holds what is compared: the demo's content, the extras, and readers' pages.
    const collections = before.collections as Record<string, unknown[]>
    expect(collections.news.length).toBeGreaterThan(20)
    expect(collections.media.length).toBeGreaterThan(20)
    expect(collections.redirects.length).toBeGreaterThanOrEqual(2)
    expect(collections['payload-jobs'].length).toBe(1)
    expect(Object.values(before.versions as Record<string, unknown[]>).flat().length).toBeGreaterThan(100)
    expect(Object.values(before.files as Record<string, string | null>).every((hash) => typeof hash === 'string')).toBe(true)
    expect(before.logins).toEqual({ right: true, wrong: false })
    expect(Object.keys(before.pages as object).filter((key) => key.startsWith('news/tg/')).length).toBeGreaterThan(20)

    // SQLite -> MongoDB gets new ids; SQLite -> SQLite keeps them.
    const newsIds = Object.entries(ids.news)
    expect(newsIds.length).toBe(collections.news.length)
    expect(new Set(newsIds.map(([, next]) => next)).size).toBe(newsIds.length)
    expect(newsIds.every(([old, next]) => (old === next) === (databaseKind === 'sqlite'))).toBe(true)

    expect(compareSnapshots(before, after, ids)).toEqual([])
    // ...and the comparison sees one letter changed in one restored Tajik title.
    const restoredNews = (after.collections as Record<string, { title?: Record<string, string | null> }[]>).news.find((doc) => doc.title?.tg)!
    restoredNews.title!.tg += 'ӣ'
    expect(compareSnapshots(before, after, ids)).toEqual([expect.stringMatching(/^\.collections\.news\.[^.]+\.title\.tg: /)])

    // A second restore into the now full database is refused, in one line, and changes nothing.
    const again = await cms(['restore', archive], target)
    expect(again.code).toBe(1)
    expect(again.output).toContain('The database is not empty (media: ')
  })
})
