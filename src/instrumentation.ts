/** How often the server looks for due jobs (scheduled publish and unpublish). */
const JOB_INTERVAL_MS = 10_000

/**
 * Runs once when the Next server starts: every 10 seconds it asks itself, over HTTP, to run due
 * jobs on Payload's queue (`/api/payload-jobs/run`). Going through a request, rather than
 * Payload's in-process cron, lets a scheduled publication revalidate the cached pages, which
 * Next allows only inside a request. Extra instances set JOBS_AUTORUN=false.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ readEnv }, { jobsSecret }] = await Promise.all([import('@/lib/env'), import('@/lib/jobsSecret')])
  const env = readEnv()
  if (!env.runJobs) return
  const url = `http://127.0.0.1:${env.port}/api/payload-jobs/run?queue=default&limit=20`
  const headers = { Authorization: `Bearer ${jobsSecret(env.payloadSecret)}` }
  const timer = setInterval(() => {
    fetch(url, { headers, signal: AbortSignal.timeout(60_000) }).catch(() => {
      // The server is still starting or shutting down: the next tick tries again.
    })
  }, JOB_INTERVAL_MS)
  timer.unref()
}
