import { oembedHandler } from '@/feeds/endpoints/oembed'

// Read from the database on request (cached in data/), never at build time: the build has no database.
export const dynamic = 'force-dynamic'

/** `/oembed`: the oEmbed provider (src/feeds/endpoints/oembed.ts). */
export const GET = oembedHandler
