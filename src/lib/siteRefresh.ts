import type { Env } from './env'
import { serverToken } from './jobsSecret'
import { apiRoute } from './routes'

/** Where the running site takes a refresh (src/cms/endpoints/siteRefresh.ts), under the API. */
export const SITE_REFRESH_PATH = '/site/refresh'

/**
 * After a command-line task changed the database behind the running site's back (`npm run seed`,
 * `import:wordpress`, `restore`, `reindex`: separate processes, whose saves cannot reach the
 * server's page cache), asks the site at SITE_URL to drop its cached pages and data, so readers
 * see the change without a restart. With several instances sharing Redis one call reaches them all.
 * Returns one line for the task's log; never throws (a site that is not running has nothing stale).
 */
export async function refreshRunningSite(env: Pick<Env, 'siteUrl' | 'payloadSecret'>): Promise<string> {
  const url = `${env.siteUrl}${apiRoute}${SITE_REFRESH_PATH}`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${serverToken(env.payloadSecret, 'refresh')}` },
      signal: AbortSignal.timeout(5_000),
    })
    await response.body?.cancel()
    if (response.ok) return `The running site at ${env.siteUrl} dropped its cached pages: readers see the change now.`
    return `The site at ${env.siteUrl} answered ${response.status} when asked to drop its cached pages: restart it to show the change.`
  } catch {
    return `No site answered at ${env.siteUrl} (SITE_URL); if one runs elsewhere, restart it to show the change.`
  }
}
