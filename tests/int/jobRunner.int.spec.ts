import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs, runnerMonitor, type RunOutcome } from '@/lib/jobRunner'

/** The job runner's calls and its log: failures are logged when they start, as reminders and on recovery. */
describe('job runner', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/ok' ? 200 : 500
      res.end(req.url === '/ok' ? '{"message":"ran"}' : 'database locked')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('reports the HTTP status of a failed run and a refused connection', async () => {
    expect(await runDueJobs(`${base}/ok`, {})).toEqual({ ok: true })
    expect(await runDueJobs(`${base}/fail`, {})).toEqual({ ok: false, reason: 'HTTP 500: database locked' })
    // A port that was just free: nothing listens there any more.
    const spare = createServer()
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve))
    const { port } = spare.address() as AddressInfo
    await new Promise<void>((resolve) => spare.close(() => resolve()))
    const refused = await runDueJobs(`http://127.0.0.1:${port}/api/payload-jobs/run`, {})
    expect(refused.ok).toBe(false)
    expect(refused.ok === false && refused.reason).toMatch(/ECONNREFUSED/)
  })

  it('logs the first failure, a reminder every ten minutes and the recovery, nothing in between', () => {
    let clock = 0
    const errors: string[] = []
    const infos: string[] = []
    const record = runnerMonitor({ error: (line) => errors.push(line), info: (line) => infos.push(line) }, { now: () => clock })
    const fail: RunOutcome = { ok: false, reason: 'HTTP 500: database locked' }

    record({ ok: true })
    expect(errors).toEqual([])
    // Ten seconds apart for 15 minutes: one message at the start, one reminder after ten minutes.
    for (clock = 0; clock < 15 * 60_000; clock += 10_000) record(fail)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain('Scheduled publishing has stopped: the job runner failed (HTTP 500: database locked)')
    expect(errors[1]).toMatch(/still stopped: 61 failed attempts since 1970-01-01T00:00:00.000Z/)
    // A different kind of failure is worth saying at once.
    record({ ok: false, reason: 'fetch failed (connect ECONNREFUSED 127.0.0.1:3000)' })
    expect(errors).toHaveLength(3)
    record({ ok: true })
    expect(infos).toEqual(['Scheduled publishing works again: the job runner succeeded after 91 failed attempts since 1970-01-01T00:00:00.000Z.'])
    record({ ok: true })
    expect(infos).toHaveLength(1)
  })
})
