/**
 * `npm run seed`: the demo content, safe to run again. Run by Payload's CLI
 * (`payload run src/cms/seed/run.ts`, through scripts/cms.mjs, which explains its Node flag).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { readEnv } from '@/lib/env'
import { refreshRunningSite } from '@/lib/siteRefresh'

import { seed, seedAdmin, SeedRefusedError } from '.'

function adminOrExit() {
  try {
    return seedAdmin(readEnv())
  } catch (error) {
    if (!(error instanceof SeedRefusedError)) throw error
    // One line, no stack: this is a refusal, not a crash.
    console.error(error.message)
    process.exit(1)
  }
}

const admin = adminOrExit()
// In production, Payload applies the committed migrations here first (prodMigrations).
const payload = await getPayload({ config })
const summary = await seed(payload, { adminEmail: admin.email, adminPassword: admin.password })
payload.logger.info(
  `Seed complete: ${summary.regions} regions, ${summary.contacts} contacts, ${summary.projects} projects, ${summary.news} news items, ${summary.media} images${summary.adminCreated ? ', admin user created' : ''}.`,
)
payload.logger.info(await refreshRunningSite(readEnv()))
