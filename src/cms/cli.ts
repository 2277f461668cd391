/**
 * The CMS tasks the npm scripts need, without the Payload CLI: `migrate` (apply committed SQLite
 * migrations; on MongoDB only check the connection) and `seed` (demo content, idempotent).
 * scripts/cms.mjs bundles this file and runs it; DONE_MARKER on stdout says the task finished.
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { migrations } from './migrations'
import { seed } from './seed'

export const DONE_MARKER = 'newsroom-cms: done'

// Payload types a migration's arguments as `unknown`; generated ones take the adapter's own.
const generatedMigrations = migrations as unknown as Migration[]

const task = process.argv[2]
if (task !== 'migrate' && task !== 'seed') {
  console.error('Usage: cms migrate | cms seed')
  process.exit(2)
}

const payload = await getPayload({ config })
if (task === 'migrate') {
  // The committed migrations are bundled in, so nothing is loaded from .ts files at run time.
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: generatedMigrations })
  else payload.logger.info('MongoDB reachable; it needs no migrations.')
} else {
  const summary = await seed(payload, {
    adminEmail: process.env.SEED_ADMIN_EMAIL || 'admin@example.org',
    adminPassword: process.env.SEED_ADMIN_PASSWORD || 'newsroom-demo',
  })
  payload.logger.info(
    `Seed complete: ${summary.regions} regions, ${summary.contacts} contacts, ${summary.projects} projects, ${summary.news} news items, ${summary.media} images${summary.adminCreated ? ', admin user created' : ''}.`,
  )
}
await payload.destroy()
console.log(DONE_MARKER)
process.exit(0)
