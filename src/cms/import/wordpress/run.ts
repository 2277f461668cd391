/**
 * `npm run import:wordpress -- <export.xml> [--uploads <folder>]`: the WordPress import, run by
 * Payload's CLI (`payload run`, through scripts/import-wordpress.mjs and scripts/cms.mjs, which
 * explains its Node flag). Payload's CLI keeps only positional arguments, so the script hands the
 * options over in the environment (WP_IMPORT_*).
 */
import { readFile, writeFile } from 'node:fs/promises'

import config from '@payload-config'
import { getPayload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import { refreshRunningSite } from '@/lib/siteRefresh'

import { importWordPress, WxrError } from '.'

const file = process.env.WP_IMPORT_FILE ?? ''
const language = process.env.WP_IMPORT_LANGUAGE || 'en'
if (!isLocale(language)) {
  console.error(`--language must be one of this site's languages, not "${language}"`)
  process.exit(2)
}
const xml = await readFile(file, 'utf8').catch((error: Error) => {
  console.error(`Cannot read ${file}: ${error.message}`)
  process.exit(2)
})
const payload = await getPayload({ config })
try {
  const report = await importWordPress(payload, xml, {
    uploadsDir: process.env.WP_IMPORT_UPLOADS || undefined,
    defaultLocale: language,
    log: (message) => payload.logger.info(message),
  })
  if (process.env.WP_IMPORT_REPORT) await writeFile(process.env.WP_IMPORT_REPORT, `${JSON.stringify(report, null, 2)}\n`)
  const lines = [
    `Imported from ${report.source} (${report.shape === 'none' ? 'no translation plugin data' : `${report.shape} translations`}):`,
    `  news: ${report.news.created} new, ${report.news.updated} updated`,
    `  media: ${report.media.created} new, ${report.media.updated} updated`,
    `  redirects: ${report.redirects.created} new, ${report.redirects.updated} changed, ${report.redirects.unchanged} unchanged`,
    report.unmapped.length ? `Not imported or only in part (${report.unmapped.length}):` : 'Everything was mapped.',
    ...report.unmapped.map((line) => `  - ${line}`),
  ]
  console.log(lines.join('\n'))
  console.log(await refreshRunningSite(readEnv()))
} catch (error) {
  if (!(error instanceof WxrError)) throw error
  console.error(`${file}: ${error.message}`)
  process.exit(2)
}
