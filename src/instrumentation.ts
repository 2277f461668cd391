import type { Env } from '@/lib/env'

/** How often the server looks for due jobs (scheduled publish and unpublish). */
const JOB_INTERVAL_MS = 10_000

/**
 * Runs once when the Next server starts, before it takes requests.
 *
 * 1. Starts Payload: the configuration is validated (src/lib/env.ts), the database connected and,
 *    on SQLite in production, the committed migrations applied (prodMigrations). If that fails
 *    the server stops with one line saying why, instead of failing on its first request.
 * 2. Every 10 seconds asks itself, over HTTP, to run due jobs on Payload's queue
 *    (`/api/payload-jobs/run`). Going through a request, rather than Payload's in-process cron,
 *    lets a scheduled publication revalidate the cached pages, which Next allows only inside a
 *    request. Failures are logged when they start, as a reminder and on recovery
 *    (src/lib/jobRunner.ts); staff see overdue and failed jobs in the admin (SchedulerStatus).
 *    Every instance may do so: each due job is claimed by one (src/cms/jobClaims.ts).
 *    JOBS_AUTORUN=false turns it off.
 */
export async function register(): Promise<void> {
  // Next's own markers, read as Next inlines them (not configuration).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { EnvError, readEnv } = await import('@/lib/env')
  try {
    readEnv()
    const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
    await getPayload({ config })
  } catch (error) {
    const reason = error instanceof EnvError ? error.problems.join(' ') : oneLine(error)
    // Last, after Payload's own log of the error has been flushed on exit.
    process.once('exit', () => console.error(`Not starting: ${reason}`))
    process.exit(1)
  }
  await startJobRunner(readEnv())
}

/** An error as one line: Payload's "Error: X: Error: X. Details: Y" becomes "X (Y)". */
function oneLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').replace(/(^|: )Error: /g, '$1')
  return message.replace(/^(.+?): \1\. Details: (.*)$/, '$1 ($2)')
}

async function startJobRunner(env: Env): Promise<void> {
  if (!env.runJobs) return
  const [{ jobsSecret }, { runDueJobs, runnerMonitor }] = await Promise.all([import('@/lib/jobsSecret'), import('@/lib/jobRunner')])
  // The server itself: through loopback when it listens on every interface, else on its HOST.
  const host = env.host === '0.0.0.0' || env.host === '::' ? '127.0.0.1' : env.host.includes(':') ? `[${env.host}]` : env.host
  const url = `http://${host}:${env.port}/api/payload-jobs/run?queue=default&limit=20`
  const headers = { Authorization: `Bearer ${jobsSecret(env.payloadSecret)}` }
  const record = runnerMonitor({ error: (message) => console.error(message), info: (message) => console.log(message) })
  // One call at a time: the next waits until the previous one has answered.
  const tick = async () => {
    record(await runDueJobs(url, headers))
    setTimeout(tick, JOB_INTERVAL_MS).unref()
  }
  setTimeout(tick, JOB_INTERVAL_MS).unref()
}
