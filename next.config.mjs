import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** Public pages may not be framed; embeds (a later module) opt out under /embed. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    // Exactly the widths Payload generates (src/cms/collections/Media.ts), so no resizing at request time.
    deviceSizes: [480, 800, 1200, 1600],
    imageSizes: [],
    formats: ['image/webp'],
  },
  async headers() {
    return [{ source: '/((?!embed/).*)', headers: securityHeaders }]
  },
  turbopack: {},
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
