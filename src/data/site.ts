import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Site } from '@/payload-types'

import { payloadClient, publicRead } from './payload'

/** The Site global in `locale`; read once per render however many components ask. */
export const getSite = cache(async (locale: Locale): Promise<Site> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site', ...publicRead(locale), depth: 1 })
})
