/**
 * Changes a news item's summary in every language from a process of its own, as a command-line
 * task does: the running server hears nothing of it (tests/e2e/refresh.e2e.spec.ts).
 * `payload run tests/helpers/changeBehind.ts <id> <en> <ru> <tg>` on the e2e database.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [id, ...summaries] = process.argv.slice(2)
const payload = await getPayload({ config })
for (const [index, locale] of (['en', 'ru', 'tg'] as const).entries()) {
  await payload.update({ collection: 'news', id, locale, data: { summary: summaries[index] }, context: { disableRevalidate: true } })
}
console.log('changed')
process.exit(0)
