import type { Metadata, Viewport } from 'next'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { preload } from 'react-dom'

import { getSite } from '@/data/site'
import { fontsFor, localeInfo } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { routes } from '@/lib/routes'

import '../globals.css'

/**
 * No locale is rendered at build time (`next build` needs no database): each page is rendered on
 * its first request, then served from Next's cache until a Payload hook revalidates it.
 */
export function generateStaticParams() {
  return []
}

export const dynamicParams = true

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5566' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const site = await getSite(locale)
  return {
    title: { default: site.name, template: `%s · ${site.shortName ?? site.name}` },
    description: site.tagline ?? undefined,
    icons: { icon: { url: routes.icon(), type: 'image/svg+xml' } },
    // The page's language for the server (scripts/server/pageHead.mjs). Metadata reaches even the
    // error shell Next sends for notFound(), whose <html> has no lang because this layout never ran.
    other: { 'newsroom-lang': localeInfo[locale].htmlLang },
  }
}

/** The public site's root layout: validates the locale once and sets `<html lang>`. */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  for (const font of fontsFor(locale)) preload(font, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' })
  return (
    <html lang={localeInfo[locale].htmlLang}>
      <head>
        {/* Public pages need no JavaScript: the server removes Next's scripts (scripts/server.mjs). */}
        <meta name="newsroom-client-runtime" content="none" />
      </head>
      <body>{children}</body>
    </html>
  )
}
