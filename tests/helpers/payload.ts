import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Hooks skip on-demand revalidation: there is no Next server in integration tests. */
export const context = { disableRevalidate: true }

/** The Payload instance of this test run, on the database DATABASE_URI names. */
export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Which adapter this run uses, for test names and the few documented differences. */
export const databaseKind = (process.env.DATABASE_URI ?? '').startsWith('mongodb') ? 'mongodb-wire' : 'sqlite'

type Cleanable = 'news' | 'projects' | 'regions' | 'contacts' | 'media' | 'users'

/** Records documents a test creates and deletes them afterwards (every seed has its cleanup). */
export function tracker(payload: Payload) {
  const created: { collection: Cleanable; id: string }[] = []
  return {
    add<T extends { id: string | number }>(collection: Cleanable, doc: T): T {
      created.push({ collection, id: String(doc.id) })
      return doc
    },
    async cleanup() {
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
