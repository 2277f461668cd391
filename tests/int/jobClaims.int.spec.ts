import { describe, expect, it } from 'vitest'

import { context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * Two job runners take the queue at the same moment, as two servers do when both run it
 * (src/instrumentation.ts; tests/e2e/instances.e2e.spec.ts races two real servers). Payload's
 * claim is a find followed by an update, so without src/cms/jobClaims.ts both runners claimed
 * jobs here and scheduled items were published twice (seen on MongoDB-wire). FerretDB differs from
 * MongoDB here: its conditional updateOne is a read and a write, so two concurrent ones both
 * succeed; with only that as the claim, 2 of 11 runs still published an item twice. The unique
 * claim record holds on both (8 of 8).
 */
describe(`scheduled jobs run once when two runners race (${databaseKind})`, () => {
  const suite = payloadSuite()

  it('publishes each scheduled item exactly once when two runners claim the queue together', async () => {
    const { payload, docs } = suite
    const queue = `race-${Date.now().toString(36)}`
    const scheduled = async (n: number) => {
      const item = docs.add('news', await payload.create({ collection: 'news', locale: 'en', draft: true, context, data: { title: unique(`Scheduled grant report ${n}`), summary: 'Due now.', _status: 'draft' } }))
      await payload.jobs.queue({ task: 'schedulePublish', queue, waitUntil: new Date(Date.now() - 1000), input: { type: 'publish', locale: 'en', doc: { relationTo: 'news', value: item.id } } })
      return item
    }
    const versionsOf = async (id: string) => (await payload.countVersions({ collection: 'news', where: { parent: { equals: id } } })).totalDocs

    // The versions one scheduled publication leaves, with one runner.
    const alone = await scheduled(0)
    await payload.jobs.run({ queue, limit: 10 })
    const once = await versionsOf(alone.id)

    const items = []
    for (let n = 1; n <= 4; n++) items.push(await scheduled(n))
    await Promise.all([payload.jobs.run({ queue, limit: 10 }), payload.jobs.run({ queue, limit: 10 })])

    for (const item of items) {
      // A second run of the job would publish again and add versions.
      expect(await versionsOf(item.id)).toBe(once)
      const published = await payload.findByID({ collection: 'news', id: item.id, locale: 'en', draft: false, depth: 0 })
      expect(published.title).toBe(item.title)
    }
    // Every job ran to the end: Payload deletes a job once it has completed.
    const left = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: queue } }, limit: 10, overrideAccess: true, depth: 0 })
    expect(left.docs).toEqual([])
  })
})
