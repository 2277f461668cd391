/** `npm run seed`: seeds the demo content into the configured database (idempotent). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const summary = await seed(payload, {
  adminEmail: process.env.SEED_ADMIN_EMAIL || 'admin@example.org',
  adminPassword: process.env.SEED_ADMIN_PASSWORD || 'newsroom-demo',
})
payload.logger.info(
  `Seed complete: ${summary.regions} regions, ${summary.contacts} contacts, ${summary.projects} projects, ${summary.news} news items, ${summary.media} images${summary.adminCreated ? ', admin user created' : ''}.`,
)
process.exit(0)
