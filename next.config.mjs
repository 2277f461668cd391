import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** No page may be framed except the partner widgets under /embed/ (they send their own CSP). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end tests build into their own folder so they never share cached pages with the demo.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project before it builds for the end-to-end tests
  // (tests/helpers/e2e-server.mjs sets this): the build need not check it again. Other builds do.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === '1' },
  // Metadata always in <head>, for every reader, never streamed into <body> for a script to move:
  // public pages ship no JavaScript. Pages rendered on request (a 404, say) otherwise stream it
  // whenever their data arrives after the shell, as it does with SQLite in a worker thread.
  htmlLimitedBots: /.*/,
  // scripts/server.mjs compresses every response itself, once per page version and after it has
  // removed the public pages' scripts.
  compress: false,
  // Pages and data cached in memory (bounded) or Redis, never on disk: scripts/server/cacheHandler.mjs.
  cacheHandler: fileURLToPath(new URL('./scripts/server/cacheHandler.mjs', import.meta.url)),
  // The handler is the only cache; Next's own in-memory copy in front of it is off.
  cacheMaxMemorySize: 0,
  images: {
    // Exactly the widths Payload generates (src/cms/collections/Media.ts), so no resizing at request time.
    deviceSizes: [480, 800, 1200, 1600],
    imageSizes: [],
    formats: ['image/webp'],
  },
  async headers() {
    return [
      { source: '/((?!embed/).*)', headers: securityHeaders },
      // The widget loader partners paste: cached an hour by browsers and CDNs, revalidated after.
      {
        source: '/embed.js',
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=3600, stale-while-revalidate=86400' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
        ],
      },
      // Font files carry a version in their name (scripts/subset-fonts.mjs): cache them for a year.
      { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ]
  },
  turbopack: {},
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
