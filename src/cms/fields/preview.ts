import type { CollectionConfig } from 'payload'

import { isLocale, defaultLocale } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import { previewSecret } from '@/lib/previewSecret'
import { routes, type Section } from '@/lib/routes'

/** The preview address of document `id` in `locale`, through the secret-guarded draft-mode route. */
function previewUrl(collection: Section, id: unknown, locale: unknown): string | null {
  if (id === undefined || id === null || id === '') return null
  const env = readEnv()
  const language = isLocale(locale) ? locale : defaultLocale
  return `${env.siteUrl}${routes.preview({ collection, id: String(id), locale: language, secret: previewSecret(env.payloadSecret) })}`
}

/**
 * The admin's Preview button and Live preview pane for a document collection: the real page in
 * the language being edited, showing the latest draft (staff only; see src/data/preview.ts).
 */
export function previewAdmin(collection: Section): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> {
  return {
    livePreview: {
      url: ({ data, locale }) => previewUrl(collection, data?.id, locale?.code),
      breakpoints: [
        { name: 'phone', label: '375 × 740', width: 375, height: 740 },
        { name: 'desktop', label: '1280 × 800', width: 1280, height: 800 },
      ],
    },
    preview: (doc, { locale }) => previewUrl(collection, doc.id, locale),
  }
}
