import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

/*
 * "Adding a language is one entry in src/i18n/locales.ts plus its messages file": this suite
 * adds Uzbek to a copy of locales.ts, exactly as a developer would add the entry, and builds
 * the locale-dependent parts of the site with it. Nothing else is edited.
 */

const uzbek = `  uz: {
    label: 'Oʻzbekcha',
    englishLabel: 'Uzbek',
    htmlLang: 'uz',
    ogLocale: 'uz_UZ',
    fonts: ['latin'],
    adminLabel: { en: 'Uzbek', ru: 'Узбекский', tg: 'Ӯзбекӣ' },
  },
`

/** The added language's code, for calls typed with the real list (which does not know it). */
const UZ = 'uz' as never

vi.mock('@/i18n/locales', async () => {
  const source = readFileSync(path.resolve('src/i18n/locales.ts'), 'utf8')
  const marker = '} as const satisfies Record<string, LanguageInfo>'
  if (!source.includes(marker)) throw new Error('src/i18n/locales.ts no longer ends its table as expected: update this test')
  // One folder per run: the SQLite and MongoDB-wire runs go side by side (scripts/test.sh).
  const dir = path.resolve(`.tmp/locales-with-uzbek-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'locales.ts'), source.replace(marker, `${uzbek}${marker}`))
  return import(path.join(dir, 'locales.ts'))
})

describe('a fourth language is one entry in src/i18n/locales.ts', () => {
  it('reaches the language list, routing and Payload’s localization', async () => {
    const { locales, isLocale, localeList } = await import('@/i18n/locales')
    expect(locales).toEqual(['en', 'ru', 'tg', 'uz'])
    expect(isLocale('uz')).toBe(true)
    expect(localeList).toBe('en, ru, tg, uz')
    const { routing } = await import('@/i18n/routing')
    expect(routing.locales).toContain('uz')
    const config = await (await import('@payload-config')).default
    const localization = config.localization
    expect(localization && localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))).toEqual(['en', 'ru', 'tg', 'uz'])
  })

  it('gives a document Uzbek pages, alternates, hreflang and sitemap entries', async () => {
    const { alternatesOf, languageAlternates, routes } = await import('@/lib/routes')
    const { languagesOf, publicSlugs } = await import('@/data/reshape')
    const { sitemapUrls } = await import('@/feeds/sitemap')
    expect(alternatesOf(routes.home)).toEqual({ en: '/en', ru: '/ru', tg: '/tg', uz: '/uz' })
    const raw = {
      title: { en: 'Water users meet', uz: 'Suv isteʼmolchilari yigʻildi' },
      slug: { en: 'water-users-meet', uz: 'suv-istemolchilari' },
      _status: { en: 'published', uz: 'published' },
    }
    const slugs = publicSlugs('news', raw)
    expect(slugs).toEqual({ en: 'water-users-meet', uz: 'suv-istemolchilari' })
    const inUzbek = languagesOf('news', UZ, slugs)
    expect(inUzbek).toMatchObject({ lang: 'uz', translated: true, paths: { uz: '/uz/news/suv-istemolchilari' } })
    expect(inUzbek.alternates.ru).toBe('/ru/news')
    const site = 'https://example.org'
    expect(languageAlternates(inUzbek.paths, site).map((link) => link.hreflang)).toEqual(['en', 'uz', 'x-default'])
    expect(sitemapUrls([{ paths: inUzbek.paths, lastModified: null }], site).map((url) => url.loc)).toContain(`${site}/uz/news/suv-istemolchilari`)
  })

  it('lets partners and readers use it: widget loader, feed errors, fonts and sorting', async () => {
    const { embedLoaderScript } = await import('@/feeds/loader')
    expect(embedLoaderScript()).toContain('["en","ru","tg","uz"]')
    const { feedHandler } = await import('@/feeds/endpoints/feeds')
    const answer = await feedHandler('rss', 'news')(new Request('https://example.org/xx/news/rss.xml'), { params: Promise.resolve({ locale: 'xx' }) })
    expect(answer.status).toBe(404)
    expect(await answer.text()).toContain('en, ru, tg, uz')
    const { fontsFor } = await import('@/i18n/locales')
    expect(fontsFor(UZ)).toEqual(['/fonts/noto-sans-latin-v1.woff2'])
    const { compareIn } = await import('@/lib/text')
    expect(['Qoʻqon', 'Andijon', 'Buxoro'].sort(compareIn(UZ))).toEqual(['Andijon', 'Buxoro', 'Qoʻqon'])
  })
})

describe('every language has its messages file', () => {
  it('with the same keys as the English one', async () => {
    const { locales } = await vi.importActual<typeof import('@/i18n/locales')>('@/i18n/locales')
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`)) : [prefix.slice(0, -1)]
    const english = keys(JSON.parse(readFileSync(path.resolve('messages/en.json'), 'utf8'))).sort()
    for (const locale of locales) {
      const file = path.resolve(`messages/${locale}.json`)
      expect(keys(JSON.parse(readFileSync(file, 'utf8'))).sort(), file).toEqual(english)
    }
  })
})
