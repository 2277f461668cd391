import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/env'
import { absoluteUrl, privatePaths, routes } from '@/lib/routes'

/** Read at request time: SITE_URL may differ between build and deployment. */
export const dynamic = 'force-dynamic'

/** `/robots.txt`: everything public may be crawled except the admin, the APIs and partner widgets. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...privatePaths] }],
    sitemap: absoluteUrl(siteUrl(), routes.sitemap()),
  }
}
