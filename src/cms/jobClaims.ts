import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, Job, UpdateJobsArgs, Where } from 'payload'

/**
 * Scheduled jobs run once when several servers run the queue.
 *
 * Payload's job runner claims due jobs with one `updateJobs` call: `{ processing: true }` on up to
 * `limit` jobs that are due and not processing. Both of Payload's adapters find the jobs first and
 * then update them by id without checking again that they are still unclaimed, so two servers
 * running the queue at the same moment claim and run the same job: a scheduled publication
 * published twice. This takes each found job with one conditional update of its own (still not
 * processing, not completed, not failed → processing), which the database applies atomically: a
 * job another server took, or even ran to the end, in between is skipped. Every other
 * `updateJobs` call (progress, completion) is Payload's own.
 *
 * `take` is that claim of one job, in the adapter's own terms; it reports whether this caller
 * won the job. `beforeTaking` runs once per claim that found jobs (housekeeping).
 */
type Take<T> = (adapter: T, job: { id: string | number; totalTried?: unknown }, updatedAt: string) => Promise<boolean>

function claimJobsOnce<T extends BaseDatabaseAdapter>(adapter: T, take: Take<T>, beforeTaking?: (now: Date) => Promise<unknown>): void {
  const updateJobs = adapter.updateJobs
  adapter.updateJobs = async function claimOrUpdate(this: T, args: UpdateJobsArgs): Promise<Job[] | null> {
    if (!isClaim(args)) return updateJobs.call(this, args)
    // Outside the transaction Payload opens around a claim: each take commits on its own, and the
    // final read sees what was taken.
    const candidates = await this.find({ collection: 'payload-jobs', where: args.where as Where, sort: args.sort, limit: args.limit, pagination: false })
    const updatedAt = String(args.data.updatedAt ?? new Date().toISOString())
    if (candidates.docs.length) await beforeTaking?.(new Date(updatedAt))
    const claimed: (string | number)[] = []
    for (const job of candidates.docs) if (await take(this, job as { id: string | number; totalTried?: unknown }, updatedAt)) claimed.push(job.id)
    if (!claimed.length || args.returning === false) return null
    const result = await this.find({ collection: 'payload-jobs', where: { id: { in: claimed } }, sort: args.sort, limit: 0, pagination: false })
    return result.docs as Job[]
  }
}

/** The runner's claim: processing set on jobs chosen by a query (not one job by id). */
function isClaim(args: UpdateJobsArgs): boolean {
  return !args.id && args.data.processing === true && Object.keys(args.data).every((key) => key === 'processing' || key === 'updatedAt')
}

/** Claim records older than this are deleted (a job is claimed, run and finished in seconds). */
const CLAIM_RECORDS_KEPT_MS = 7 * 24 * 3600_000

/**
 * MongoDB: a claim record per job and attempt, inserted under a unique `_id` (`<job>:<attempt>`)
 * into `payload-job-claims`: of two servers only one insert succeeds. Then the job itself is marked
 * processing by a conditional update. On MongoDB that update alone is atomic (one document), but
 * FerretDB, our MongoDB-wire test server, runs it as a read and a write, and two concurrent ones
 * both succeed (seen in tests/int/jobClaims.int.spec.ts); a unique key holds on both. A retry of a
 * failed job is a new attempt (Payload counts `totalTried`), so it can be claimed again.
 */
export function claimMongoJobsOnce(adapter: MongooseAdapter): void {
  const claims = adapter.connection.collection<{ _id: string; claimedAt: Date }>('payload-job-claims')
  void claims.createIndex({ claimedAt: 1 }).catch(() => undefined)
  const pruneOldRecords = (now: Date) => claims.deleteMany({ claimedAt: { $lt: new Date(now.getTime() - CLAIM_RECORDS_KEPT_MS) } })
  const take: Take<MongooseAdapter> = async (db, job, updatedAt) => {
    const now = new Date(updatedAt)
    try {
      await claims.insertOne({ _id: `${job.id}:${Number(job.totalTried ?? 0)}`, claimedAt: now })
    } catch (error) {
      if ((error as { code?: unknown }).code === 11000) return false
      throw error
    }
    const unclaimed = { _id: job.id, processing: false, completedAt: null, hasError: { $ne: true } }
    const taken = await db.collections['payload-jobs'].updateOne(unclaimed, { $set: { processing: true, updatedAt: now } }, { timestamps: false })
    return taken.modifiedCount === 1
  }
  claimJobsOnce(adapter, take, pruneOldRecords)
}

/** SQLite: one UPDATE of the row that is still unclaimed (a single statement is atomic in SQLite). */
export function claimSQLiteJobsOnce(adapter: SQLiteAdapter): void {
  claimJobsOnce<SQLiteAdapter>(adapter, async (db, { id }, updatedAt) => {
    const taken = await db.client.execute({
      sql: 'UPDATE "payload_jobs" SET "processing" = 1, "updated_at" = ? WHERE "id" = ? AND "processing" = 0 AND "completed_at" IS NULL AND coalesce("has_error", 0) = 0',
      args: [updatedAt, id],
    })
    return taken.rowsAffected === 1
  })
}
