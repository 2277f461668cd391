import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { OVERDUE_AFTER_MS, schedulerStatus } from '@/cms/components/SchedulerStatus/status'

import { databaseKind, testPayload } from '../helpers/payload'

/**
 * The scheduler's status as staff see it in the admin, read from `payload-jobs`: jobs due more
 * than two minutes ago and not run are overdue, jobs that failed for good are failed, a job
 * scheduled for later (or due a moment ago) is neither. Counted as differences, so jobs other
 * tests leave do not matter.
 */
describe(`scheduler status (${databaseKind})`, () => {
  let payload: Payload
  const created: string[] = []
  // A queue no runner serves: the jobs stay as this test leaves them.
  const queue = `status-check-${Date.now().toString(36)}`
  const minutes = (n: number) => new Date(Date.now() + n * 60_000)

  async function job(waitUntil: Date, change?: { hasError?: boolean; completedAt?: string }) {
    const queued = await payload.jobs.queue({
      task: 'schedulePublish',
      queue,
      waitUntil,
      input: { type: 'publish', doc: { relationTo: 'news', value: '00000000-0000-4000-8000-000000000000' } },
    })
    const id = String(queued.id)
    created.push(id)
    if (change) await payload.update({ collection: 'payload-jobs', id, data: change, overrideAccess: true })
    return id
  }

  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true })
  })

  it('counts overdue and failed jobs, not fresh, future or completed ones', async () => {
    const now = new Date()
    const before = await schedulerStatus(payload, now)

    await job(minutes(-10)) // due ten minutes ago, never run: overdue
    await job(minutes(-30), { hasError: true }) // failed for good: failed, not overdue
    await job(minutes(-0.5)) // due half a minute ago: the runner may simply not have looked yet
    await job(minutes(60)) // scheduled for later
    await job(minutes(-20), { completedAt: minutes(-19).toISOString() }) // done

    const after = await schedulerStatus(payload, now)
    expect(after.overdue - before.overdue).toBe(1)
    expect(after.failed - before.failed).toBe(1)
  })

  it('counts a scheduled job as overdue once it is more than two minutes late', async () => {
    const dueAt = minutes(5)
    await job(dueAt)
    const justDue = await schedulerStatus(payload, new Date(dueAt.getTime() + 1000))
    const late = await schedulerStatus(payload, new Date(dueAt.getTime() + OVERDUE_AFTER_MS + 1000))
    expect(late.overdue - justDue.overdue).toBe(1)
  })
})
