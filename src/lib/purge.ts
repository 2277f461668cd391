import { readEnv } from '@/lib/env'

/*
 * Purge on publish for a CDN in front (off unless PURGE_URL is set). Each public answer names what
 * it shows in `Surrogate-Key` / `Cache-Tag` (src/lib/surrogateKeys.mjs); after a change the
 * revalidation hooks call this with the same keys, and it POSTs them to PURGE_URL:
 *   body    {"tags": ["news", "p-1a2b3c4d5e", ...]}   (Cloudflare's purge_cache body)
 *   header  Surrogate-Key: news p-1a2b3c4d5e ...      (Fastly's batch purge by key)
 *   header  Authorization: $PURGE_AUTHORIZATION       (when set, e.g. "Bearer <token>")
 * A relay of your own can translate it for any other CDN. Twice: at once, and again PURGE_AGAIN_MS
 * later, because Next answers a list page the CDN refetches at once with the previous page while
 * it renders the new one behind it (stale-while-revalidate, src/cms/hooks/revalidate.ts); the
 * second purge replaces that. A failed call is logged, never fails the save.
 * nginx in the repository needs none of this: it keeps pages one second (deploy/nginx/newsroom.conf).
 */

/** The delay of the second purge: long enough for Next to render a list page behind its stale copy. */
export const PURGE_AGAIN_MS = 5_000
/** Keys per call (Cloudflare accepts at most 30 tags per purge request). */
const KEYS_PER_CALL = 30
/** Bound on the keys of one change (a publish names about twenty). */
const MAX_KEYS = 300
/** A CDN API that does not answer within this is given up on (logged). */
const TIMEOUT_MS = 5_000

type Logger = { warn: (message: { msg: string; err?: unknown }) => void }

async function post(url: string, authorization: string | null, keys: string[], logger: Logger): Promise<void> {
  for (let i = 0; i < keys.length; i += KEYS_PER_CALL) {
    const batch = keys.slice(i, i + KEYS_PER_CALL)
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Surrogate-Key': batch.join(' '),
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: JSON.stringify({ tags: batch }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.body?.cancel()
      if (!response.ok) logger.warn({ msg: `CDN purge answered ${response.status} (PURGE_URL)` })
    } catch (error) {
      logger.warn({ msg: 'CDN purge failed (PURGE_URL)', err: error })
    }
  }
}

/** Asks the CDN at PURGE_URL to drop every answer carrying one of `keys` (now and once more); a no-op without PURGE_URL. */
export function purgeSharedCaches(keys: Iterable<string>, logger: Logger): void {
  const purge = readEnv().purge
  if (!purge) return
  const list = [...new Set(keys)].slice(0, MAX_KEYS)
  if (list.length === 0) return
  void post(purge.url, purge.authorization, list, logger)
  setTimeout(() => void post(purge.url, purge.authorization, list, logger), PURGE_AGAIN_MS).unref()
}
