import type { Payload, Where } from 'payload'

/** A job due longer ago than this and still not done means the runner has stopped (it looks every 10 s). */
export const OVERDUE_AFTER_MS = 2 * 60_000

/** Failed jobs stay on the warning this long; staff have handled them by then or know from the log. */
export const FAILED_WITHIN_MS = 7 * 24 * 60 * 60_000

/** What the admin shows about scheduled publishing. */
export interface SchedulerStatus {
  /** Jobs due more than OVERDUE_AFTER_MS ago that have neither run nor failed. */
  overdue: number
  /** Jobs that failed for good (no retry left) within FAILED_WITHIN_MS. */
  failed: number
}

/**
 * Reads the state of Payload's job queue (`payload-jobs`) from the database, so every server
 * instance answers the same whichever of them runs the jobs. Two counts on indexed columns.
 */
export async function schedulerStatus(payload: Payload, now: Date = new Date()): Promise<SchedulerStatus> {
  const dueBefore = new Date(now.getTime() - OVERDUE_AFTER_MS).toISOString()
  const failedSince = new Date(now.getTime() - FAILED_WITHIN_MS).toISOString()
  const notDone: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }]
  const overdue: Where = {
    and: [
      ...notDone,
      {
        or: [
          { waitUntil: { less_than: dueBefore } },
          // A job queued to run at once has no waitUntil: it was due when it was created.
          { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: dueBefore } }] },
        ],
      },
    ],
  }
  const failed: Where = { and: [{ hasError: { equals: true } }, { updatedAt: { greater_than: failedSince } }] }
  const [overdueCount, failedCount] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: overdue, overrideAccess: true }),
    payload.count({ collection: 'payload-jobs', where: failed, overrideAccess: true }),
  ])
  return { overdue: overdueCount.totalDocs, failed: failedCount.totalDocs }
}
