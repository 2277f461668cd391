import type { Endpoint } from 'payload'

import { isStaff } from '@/cms/access/isStaff'
import { expireEverything } from '@/cms/hooks/revalidate'
import { hasServerToken } from '@/lib/jobsSecret'
import { SITE_REFRESH_PATH } from '@/lib/siteRefresh'

/**
 * `POST /api/site/refresh`: every cached page and cached piece of data expires, and a CDN in front
 * is asked to purge the whole site. For command-line tasks that changed the database from another
 * process (src/lib/siteRefresh.ts, with their derived bearer token) and for signed-in staff.
 */
export function siteRefreshEndpoint(payloadSecret: string): Endpoint {
  return {
    path: SITE_REFRESH_PATH,
    method: 'post',
    handler: (req) => {
      if (!isStaff({ req }) && !hasServerToken(req.headers.get('authorization'), payloadSecret, 'refresh')) {
        return Response.json({ errors: [{ message: req.t('error:notAllowedToPerformAction') }] }, { status: 403 })
      }
      expireEverything(req)
      return Response.json({ refreshed: true })
    },
  }
}
