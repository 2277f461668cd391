import config from '@payload-config'
import { getPayload, type Payload, type RequestContext } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import type { NewsroomMessages } from '@/cms/i18n/newsroom/en'
import type { AdminLanguage } from '@/i18n/locales'

/**
 * Hooks skip on-demand revalidation: there is no Next server in integration tests. Payload uses
 * the object it is given as `req.context` and writes into it (restoreVersion sets
 * `isRestoringVersion`, which turns default values off; the rich-text editor keeps state there),
 * so payloadSuite() puts it back before every test: no test inherits another's flags.
 */
export const context: RequestContext = { disableRevalidate: true }

function resetContext() {
  for (const key of Object.keys(context)) delete context[key]
  context.disableRevalidate = true
}

/** The Payload instance of this test run, on the database DATABASE_URI names. */
export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Which adapter this run uses, for test names and the few documented differences. */
export const databaseKind = (process.env.DATABASE_URI ?? '').startsWith('mongodb') ? 'mongodb-wire' : 'sqlite'

/** The collections whose test documents `tracker` deletes. */
export type Cleanable = 'news' | 'projects' | 'regions' | 'contacts' | 'media' | 'users' | 'redirects'

/** Records documents a test creates and deletes them afterwards (every seed has its cleanup). */
export function tracker(payload: Payload) {
  const created: { collection: Cleanable; id: string }[] = []
  return {
    add<T extends { id: string | number }>(collection: Cleanable, doc: T): T {
      created.push({ collection, id: String(doc.id) })
      return doc
    },
    async cleanup() {
      resetContext()
      for (const { collection, id } of created.reverse()) {
        await payload.delete({ collection, id, overrideAccess: true, context }).catch(() => undefined)
      }
      created.length = 0
    },
  }
}

/** A unique suffix so tests never collide with seed content or each other. */
export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

/**
 * The usual suite set-up: the run's Payload before the first test, a clean `context` before each,
 * and deletion of every document the suite recorded through `docs` after the last one. Read the
 * fields inside tests and hooks.
 */
export function payloadSuite() {
  const state: { payload?: Payload; docs?: ReturnType<typeof tracker> } = {}
  beforeAll(async () => {
    state.payload = await testPayload()
    state.docs = tracker(state.payload)
  })
  beforeEach(resetContext)
  afterAll(() => state.docs?.cleanup())
  return {
    get payload(): Payload {
      if (!state.payload) throw new Error('payloadSuite() is read before its beforeAll ran')
      return state.payload
    },
    get docs(): ReturnType<typeof tracker> {
      if (!state.docs) throw new Error('payloadSuite() is read before its beforeAll ran')
      return state.docs
    },
  }
}

/** The admin's language cookie, and our own admin texts in each admin language, to check messages against. */
export async function adminTexts(): Promise<{ cookieName: string; messages: Record<AdminLanguage, NewsroomMessages> }> {
  const resolved = await config
  const translations = resolved.i18n.translations as unknown as Record<AdminLanguage, { newsroom: NewsroomMessages }>
  return { cookieName: `${resolved.cookiePrefix}-lng`, messages: { en: translations.en.newsroom, ru: translations.ru.newsroom, tg: translations.tg.newsroom } }
}
