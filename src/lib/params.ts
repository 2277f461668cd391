import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

/**
 * Every page's first line: the validated locale of the URL (else 404), registered with next-intl
 * so the page can be rendered statically.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}
