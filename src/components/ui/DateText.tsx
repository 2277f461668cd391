import { getFormatter } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** A date formatted in the page's language (Tajik included), inside a machine-readable <time>. */
export async function DateText({ value, locale, style = 'long' }: { value: string | null | undefined; locale: Locale; style?: 'long' | 'month' }) {
  if (!value) return null
  const format = await getFormatter({ locale })
  const date = new Date(value)
  const text =
    style === 'month'
      ? format.dateTime(date, { year: 'numeric', month: 'long' })
      : format.dateTime(date, { year: 'numeric', month: 'long', day: 'numeric' })
  return <time dateTime={date.toISOString().slice(0, 10)}>{text}</time>
}
