import { notFound } from 'next/navigation'

import { pageLocale } from '@/lib/params'

export function generateStaticParams() {
  return []
}

/** Any unknown path under a locale: the translated 404 (next-intl's catch-all pattern). */
export default async function CatchAll({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  notFound()
}
