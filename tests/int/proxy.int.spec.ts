import { describe, expect, it, vi } from 'vitest'

import { locales } from '@/i18n/locales'
import { config } from '@/proxy'

// next-intl's middleware imports `next/server` in a form only Next's bundler resolves; the matcher is all we test.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }))

/** Whether Next would run the proxy for `path` (its matchers are plain regular expressions here). */
const proxied = (path: string) => config.matcher.some((source) => new RegExp(`^${source}$`).test(path))

describe('the language proxy runs only where a language must be chosen', () => {
  it('never on a page under one of our languages (every code of locales.ts is in the literal matcher)', () => {
    for (const locale of locales) {
      for (const path of [`/${locale}`, `/${locale}/`, `/${locale}/news`, `/${locale}/news/some-item`]) expect(proxied(path), path).toBe(false)
    }
  })

  it('on `/`, locale-less paths, unknown language codes and old-site pages', () => {
    for (const path of ['/', '/news', '/projects/x', '/de', '/de/news', '/english-page', '/rules', '/index.php', '/en/about.html']) {
      expect(proxied(path), path).toBe(true)
    }
  })

  it('never on Payload, the JSON API, widgets, assets or feeds', () => {
    for (const path of ['/admin', '/api/news', '/api/v1/en/news', '/embed/en/projects/x', '/oembed', '/_next/static/x.js', '/embed.js', '/en/news/rss.xml']) {
      expect(proxied(path), path).toBe(false)
    }
  })
})
