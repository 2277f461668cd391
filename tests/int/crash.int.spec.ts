import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

import { describe, expect, it } from 'vitest'

import { payloadArgs } from '../../scripts/cms.mjs'
import { revisionOf } from '../helpers/crashTitle'
import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * A server killed with SIGKILL in the middle of a stream of publications loses nothing.
 * A second process (tests/helpers/publishStream.ts, on this run's database) re-publishes the
 * English text of three published items, round after round; it is killed after a few of them,
 * while the next is being saved, three times over. After each kill every item must still be
 * public in all three languages, with the English title of the last publication the stream
 * reported saved (or of the one it was saving) and the Russian and Tajik texts untouched.
 * On SQLite this needs Payload's transactions (src/cms/database.ts): without them a publication
 * is a dozen separate writes (main row, translations, version, version translations), and a kill
 * between them left a published item without its English text (1 of 2 runs with
 * `transactionOptions: false`; every run passed with them). On MongoDB each document is
 * written whole.
 */
describe(`a server killed in the middle of publishing (${databaseKind})`, () => {
  const suite = payloadSuite()

  /**
   * Starts the stream on `ids`, lets it save `count` publications and kills it during the next
   * one: on SQLite after a random number (1 to 8) of that publication's writing statements, where
   * a publication without a transaction would be half-written; on MongoDB-wire, whose statements
   * it cannot see, after a random 0 to 80 ms. Returns the last round saved per item.
   */
  async function publishAndKill(ids: string[], count: number): Promise<Map<string, number>> {
    // The same database, kept: this run's PAYLOAD_DROP_DATABASE was for its own start.
    const { PAYLOAD_DROP_DATABASE: _dropped, ...env } = process.env
    const child = spawn(process.execPath, payloadArgs(['run', 'tests/helpers/publishStream.ts', ...ids]), { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const saved = new Map<string, number>()
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
    const kill = () => child.kill('SIGKILL')
    let published = 0
    let writesLeft = 1 + Math.floor(Math.random() * 8)
    for await (const line of createInterface({ input: child.stdout })) {
      const match = /^published (\S+) (\d+)$/.exec(line)
      if (match) {
        saved.set(match[1], Number(match[2]))
        if (++published === count && databaseKind !== 'sqlite') setTimeout(kill, Math.random() * 80)
      } else if (line === 'write' && published >= count && --writesLeft === 0) {
        kill()
        break
      }
    }
    expect(await exited, `the stream ended on its own: ${errors.slice(-2000)}`).toBe('SIGKILL')
    return saved
  }

  it('leaves every published item intact, in every language, after SIGKILL during a stream of publishes', async () => {
    const { payload, docs } = suite
    const items: { id: string; ru: string; tg: string }[] = []
    for (let n = 0; n < 3; n++) {
      const doc = docs.add('news', await payload.create({ collection: 'news', locale: 'en', context, data: { title: unique(`Water council report ${n}`), summary: 'Water users of the valley.', publishedAt: new Date().toISOString(), _status: 'published' } }))
      const ru = unique(`Отчёт совета водопользователей ${n}`)
      const tg = unique(`Ҳисоботи шӯрои обистифодабарандагон ${n}`)
      await payload.update({ collection: 'news', id: doc.id, locale: 'ru', context, data: { title: ru, summary: 'Водопользователи долины.', _status: 'published' } })
      await payload.update({ collection: 'news', id: doc.id, locale: 'tg', context, data: { title: tg, summary: 'Обистифодабарандагони водӣ.', _status: 'published' } })
      items.push({ id: String(doc.id), ru, tg })
    }
    const lastSaved = new Map(items.map(({ id }) => [id, 0]))

    for (const count of [3, 5, 4]) {
      for (const [id, round] of await publishAndKill(items.map(({ id }) => id), count)) lastSaved.set(id, round)

      for (const { id, ru, tg } of items) {
        // As an anonymous reader sees it: published, in each language.
        const read = async (locale: 'en' | 'ru' | 'tg') =>
          (await payload.find({ collection: 'news', locale, fallbackLocale: false, overrideAccess: false, where: { id: { equals: id } }, depth: 0 })).docs[0]
        const [en, inRussian, inTajik] = await Promise.all([read('en'), read('ru'), read('tg')])
        const round = revisionOf(en?.title)
        // The last publication saved, or the one being saved when the process died: never older, never lost.
        expect([lastSaved.get(id), (lastSaved.get(id) ?? 0) + 1]).toContain(round)
        expect(en?.summary).toBe('Water users of the valley.')
        expect(en?.slug).toBeTruthy()
        expect(inRussian).toMatchObject({ title: ru, summary: 'Водопользователи долины.' })
        expect(inTajik).toMatchObject({ title: tg, summary: 'Обистифодабарандагони водӣ.' })
        // Staff's latest version says the same as the published record.
        const latest = await payload.findByID({ collection: 'news', id, locale: 'en', draft: true, depth: 0 })
        expect(latest.title).toBe(en?.title)
      }
    }
  })
})
