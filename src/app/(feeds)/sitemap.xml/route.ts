import { sitemapHandler } from '@/feeds/endpoints/sitemap'

// Read from the database on request (cached in data/), never at build time: the build has no database.
export const dynamic = 'force-dynamic'

/** `/sitemap.xml` (src/feeds/endpoints/sitemap.ts). */
export const GET = sitemapHandler
