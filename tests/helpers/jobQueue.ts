/**
 * Scheduled publishes for the instances e2e test (tests/e2e/instances.e2e.spec.ts), queued as the
 * admin's "Schedule Publish" does (Payload's schedulePublishHandler: `payload.jobs.queue` of the
 * built-in `schedulePublish` task with the scheduling user), and read back, which Payload's REST
 * API does not allow (payload-jobs is closed to every request). Run with Payload's CLI on the
 * instances' database; it stays up and answers one command per line on stdin, so the test pays
 * Payload's start-up once:
 *   `queue <waitUntil ISO> <user id> <news id>...` -> `queued <job id>...`
 *   `jobs <job id>...` -> `jobs <JSON: id, completedAt, hasError, processing, totalTried, runs, error>`
 * for the jobs still there (Payload deletes a job once it has completed; `runs` is the number of
 * task runs in the job's log, one per run).
 * Prints `ready` when Payload is up. Ends when stdin closes.
 */
import { createInterface } from 'node:readline'

import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
console.log('ready')

async function answer(line: string): Promise<string> {
  const [command, ...args] = line.trim().split(/\s+/)
  if (command === 'queue') {
    const [waitUntil, user, ...ids] = args
    const jobs = []
    for (const id of ids) {
      jobs.push(
        await payload.jobs.queue({
          task: 'schedulePublish',
          waitUntil: new Date(waitUntil!),
          input: { type: 'publish', doc: { relationTo: 'news', value: id }, user: { relationTo: 'users', value: user! } },
        }),
      )
    }
    return `queued ${jobs.map((job) => job.id).join(' ')}`
  }
  if (command === 'jobs') {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { in: args } }, limit: args.length, depth: 0, overrideAccess: true })
    const jobs = docs.map((job) => ({
      id: job.id,
      completedAt: job.completedAt ?? null,
      hasError: Boolean(job.hasError),
      processing: Boolean(job.processing),
      totalTried: job.totalTried ?? 0,
      runs: job.log?.length ?? 0,
      error: job.error && typeof job.error === 'object' && 'message' in job.error ? String(job.error.message) : null,
    }))
    return `jobs ${JSON.stringify(jobs)}`
  }
  return `error unknown command: ${line}`
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  try {
    console.log(await answer(line))
  } catch (error) {
    console.log(`error ${error instanceof Error ? error.message : String(error)}`.replace(/\n/g, ' '))
  }
}
await payload.destroy()
