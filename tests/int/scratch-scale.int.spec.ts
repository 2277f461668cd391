import { appendFileSync } from 'node:fs'
import { it } from 'vitest'
import { getNewsPage, loadNewsYears } from '@/data/news'
import { loadTranslatedNews } from '@/data/syndication'
import { loadSitemapFile, loadSitemapFiles } from '@/data/sitemap'
import { rebuildListings } from '@/cms/hooks/listings'
import { testPayload } from '../helpers/payload'
const log = (m: string) => appendFileSync('/tmp/scale.log', m + '\n')
async function time<T>(name: string, fn: () => Promise<T>) {
  const t = performance.now()
  try { const r = await fn(); log(`## ${name} ${Math.round(performance.now() - t)} ms ${JSON.stringify(r).slice(0, 100)}`); return r } catch (e) { log(`## ${name} ERROR ${String(e).slice(0, 300)}`) }
}
it('scale', async () => {
  const payload = await testPayload()
  if (process.env.REINDEX) await time('reindex', () => rebuildListings(payload, (m) => log(`${new Date().toISOString()} ${m}`)))
  for (const l of ['en', 'tg'] as const) {
    await time(`page1 ${l}`, async () => (await getNewsPage(l, 1)).items.map((i) => i.title))
    await time(`page1 ${l} again`, async () => (await getNewsPage(l, 1)).totalDocs)
    await time(`page 3000 ${l}`, async () => (await getNewsPage(l, 3000)).items.length)
    await time(`translated ${l}`, async () => (await loadTranslatedNews(l, { limit: 20 })).totalDocs)
    await time(`years ${l}`, () => loadNewsYears(l))
  }
  await time('files', () => loadSitemapFiles())
  await time('pages', async () => (await loadSitemapFile('pages'))?.length)
  await time('news-2020', async () => (await loadSitemapFile('news-2020'))?.length)
  const m = process.memoryUsage(); log(`## rss ${Math.round(m.rss / 1e6)} MB`)
}, 3_000_000)
