/**
 * A scheduled-publish job that no runner will ever run, for the scheduler warning's e2e test.
 * Run with Payload's CLI against the e2e database (tests/e2e/scheduler.e2e.spec.ts):
 * `add` queues one due ten minutes ago in a queue the server does not serve and prints
 * `parked-job: <id>`; `remove <id>` deletes it (the cleanup).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [action, id] = process.argv.slice(2)
const payload = await getPayload({ config })
if (action === 'add') {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    queue: 'e2e-parked',
    waitUntil: new Date(Date.now() - 10 * 60_000),
    input: { type: 'publish', doc: { relationTo: 'news', value: '00000000-0000-4000-8000-000000000000' } },
  })
  console.log(`parked-job: ${job.id}`)
} else if (action === 'remove' && id) {
  await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true })
} else {
  console.error('Usage: payload run tests/helpers/parkedJob.ts add | remove <id>')
  process.exit(2)
}
