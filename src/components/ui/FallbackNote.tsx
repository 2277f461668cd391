import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** The visible note, in the reader's language, that the text below is an untranslated original. */
export async function FallbackNote({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'fallback' })
  return (
    <p className="fallback-note" role="note">
      {t('note')}
    </p>
  )
}
