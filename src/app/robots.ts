import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/env'

/** Read at request time: SITE_URL may differ between build and deployment. */
export const dynamic = 'force-dynamic'

/** `/robots.txt`: everything public may be crawled except the admin, the APIs and partner widgets. */
export default function robots(): MetadataRoute.Robots {
  const site = siteUrl()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/embed/', '/oembed'] }],
    sitemap: `${site}/sitemap.xml`,
  }
}
