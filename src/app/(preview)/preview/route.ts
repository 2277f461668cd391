import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { previewTarget } from '@/data/preview'
import { isLocale, localeList } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import { previewSecret, secretMatches } from '@/lib/previewSecret'
import { documentRoute, type Section } from '@/lib/routes'

export const dynamic = 'force-dynamic'

const sections = new Set<string>(['news', 'projects', 'regions'])

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/**
 * `/preview?collection=&id=&locale=&secret=`: the admin's Preview and Live preview open this.
 * With the right secret and a staff session it turns on Next's draft mode and redirects to the
 * document's page, which then shows the latest draft (src/data/preview.ts checks the session
 * again on every request, so a leaked draft-mode cookie shows readers nothing).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const { collection, id, locale } = Object.fromEntries(url.searchParams) as Record<string, string | undefined>
  if (!secretMatches(url.searchParams.get('secret'), previewSecret(readEnv().payloadSecret))) {
    return refuse(401, 'The preview link is not valid: open the preview from the admin panel.')
  }
  if (!collection || !sections.has(collection) || !id || !isLocale(locale)) {
    return refuse(400, `A preview needs collection (news, projects or regions), id and locale (${localeList}).`)
  }
  const target = await previewTarget(collection as Section, id, locale, request.headers)
  if ('status' in target) return refuse(target.status, target.message)
  ;(await draftMode()).enable()
  redirect(documentRoute(collection as Section, locale, target.slug))
}
