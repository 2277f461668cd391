import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirect } from '@/data/redirects'
import { pageLocale } from '@/lib/params'
import { redirectCandidates } from '@/lib/routes'
import { decodeSegment } from '@/lib/segments'

// Reads the query (old-site links carry one); a 404 or a redirect is never cached as a page.
export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string; rest: string[] }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * Any unknown path under a locale: a redirect if staff recorded one (old-site links, with or
 * without this language's prefix and query), else the translated 404 (next-intl's catch-all).
 */
export default async function CatchAll({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await pageLocale(params)
  const rest = (await params).rest.map(decodeSegment).join('/')
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(await searchParams)) for (const item of [value ?? ''].flat()) query.append(key, item)
  const search = query.toString() ? `?${query.toString()}` : ''
  const target = await getRedirect(redirectCandidates(locale, rest, search))
  if (target) permanentRedirect(target.to)
  notFound()
}
