import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Section } from '@/lib/routes'

import { payloadClient } from './payload'

/** Whether Next's draft mode is on; false outside a request (feeds built in tests, scripts). */
async function draftModeEnabled(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

const staffRoles = new Set(['admin', 'editor', 'regionalEditor', 'contributor'])

/**
 * The signed-in member of staff previewing drafts, or null for every reader. Draft mode alone
 * is not enough: its cookie must come with a valid staff session, checked on every request.
 */
export async function previewUser(): Promise<TypedUser | null> {
  if (!(await draftModeEnabled())) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' && staffRoles.has(String(user.role)) ? user : null
}

/** Why a preview cannot start, as an HTTP status and a message for the member of staff. */
export interface PreviewRefusal {
  status: 401 | 403 | 404
  message: string
}

/**
 * Where the preview of document `id` in `locale` lives, for the member of staff signed in with
 * `requestHeaders`: the draft's slug in that language (or in English while untranslated).
 */
export async function previewTarget(
  collection: Section,
  id: string,
  locale: Locale,
  requestHeaders: Headers,
): Promise<{ slug: string } | PreviewRefusal> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user) return { status: 401, message: 'Sign in to the admin panel to preview drafts.' }
  if (user.collection !== 'users' || !staffRoles.has(String(user.role))) return { status: 403, message: 'Only staff can preview drafts.' }
  const doc = await payload.findByID({ collection, id, locale: 'all', draft: true, user, overrideAccess: false, depth: 0, disableErrors: true, select: { slug: true } })
  const slugs = (doc?.slug ?? {}) as Partial<Record<string, string | null>>
  const slug = slugs[locale] ?? slugs[defaultLocale]
  if (!doc || !slug) return { status: 404, message: 'This document has no address yet: give it a title and save a draft first.' }
  return { slug }
}
