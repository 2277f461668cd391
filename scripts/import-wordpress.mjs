// `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--language en|ru|tg] [--report <file.json>]`:
// imports a WordPress export (Tools › Export) into the configured database; see the README's
// "Moving from WordPress". The work is src/cms/import/wordpress/, run through Payload's CLI.
import path from 'node:path'
import { parseArgs } from 'node:util'

import { cms } from './cms.mjs'

let parsed
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { uploads: { type: 'string' }, language: { type: 'string' }, report: { type: 'string' } },
  })
} catch (error) {
  console.error(error.message)
  parsed = null
}
if (!parsed || parsed.positionals.length !== 1) {
  console.error('Usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--language en|ru|tg] [--report <file.json>]')
  process.exit(2)
}
const { positionals, values } = parsed
const env = {
  ...process.env,
  WP_IMPORT_FILE: path.resolve(positionals[0]),
  WP_IMPORT_UPLOADS: values.uploads ? path.resolve(values.uploads) : '',
  WP_IMPORT_LANGUAGE: values.language ?? '',
  WP_IMPORT_REPORT: values.report ? path.resolve(values.report) : '',
}
try {
  await cms('import:wordpress', env)
} catch (error) {
  if (!error.exitCode) console.error(error.message)
  process.exit(error.exitCode ?? 1)
}
