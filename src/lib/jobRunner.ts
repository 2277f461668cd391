/**
 * The server's job runner (src/instrumentation.ts) asks its own `/api/payload-jobs/run` endpoint to
 * run due jobs. This module makes one such call and reports what came of it, and keeps the log
 * readable when calls keep failing.
 */

/** What one call to the run endpoint came to. */
export type RunOutcome = { ok: true } | { ok: false; reason: string }

/** Calls the run endpoint once; a refused connection, a timeout or a non-2xx answer is a failure. */
export async function runDueJobs(url: string, headers: Record<string, string>, timeoutMs = 60_000): Promise<RunOutcome> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
    // Read the body either way so the connection is released.
    const body = await response.text()
    if (response.ok) return { ok: true }
    return { ok: false, reason: `HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}` }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
    return { ok: false, reason: `${error instanceof Error ? error.message : String(error)}${cause}` }
  }
}

export interface RunnerLog {
  error: (message: string) => void
  info: (message: string) => void
}

/**
 * Returns a recorder of outcomes that logs failures without flooding the log: once when calls
 * start failing (with the reason), a reminder every `reminderMs` while they keep failing (or at
 * once when the kind of failure changes), and once when they work again.
 */
export function runnerMonitor(log: RunnerLog, { reminderMs = 10 * 60_000, now = Date.now } = {}) {
  let failingSince: number | null = null
  let failures = 0
  let lastLogged = 0
  let lastKind = ''
  // "HTTP 500" or "fetch failed": a body or a message detail that changes is not a new reason.
  const kindOf = (reason: string) => reason.split(':')[0]
  const since = () => new Date(failingSince ?? 0).toISOString()
  return function record(outcome: RunOutcome): void {
    const time = now()
    if (outcome.ok) {
      if (failingSince !== null) {
        log.info(`Scheduled publishing works again: the job runner succeeded after ${failures} failed attempts since ${since()}.`)
      }
      failingSince = null
      failures = 0
      return
    }
    failures++
    if (failingSince === null) {
      failingSince = time
      lastLogged = time
      lastKind = kindOf(outcome.reason)
      log.error(`Scheduled publishing has stopped: the job runner failed (${outcome.reason}). Scheduled items are not published or withdrawn until it works; it keeps retrying.`)
      return
    }
    if (time - lastLogged >= reminderMs || kindOf(outcome.reason) !== lastKind) {
      lastLogged = time
      lastKind = kindOf(outcome.reason)
      log.error(`Scheduled publishing is still stopped: ${failures} failed attempts since ${since()}; the last one: ${outcome.reason}.`)
    }
  }
}
