import type { Access } from 'payload'

import { defaultLocale } from '@/i18n/locales'

import { isStaff } from './isStaff'

/**
 * Staff read everything; everyone else reads published documents only (a filter, not `true`).
 * Publication is per language (`_status` is localized): a reader sees a document published in
 * their language, or published in English, which is then shown as fallback.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff({ req })) return true
  return {
    or: [{ _status: { equals: 'published' } }, { [`_status.${defaultLocale}`]: { equals: 'published' } }],
  }
}
