import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { createClient } from '@libsql/client'
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'

import { e2eDatabase, e2eEnv, e2eOnMongo } from '../helpers/e2e-env.mjs'
import { serverArgs } from '../../scripts/lib.mjs'
import { admin } from '../helpers/e2e'

/*
 * A deployment as deploy/nginx/newsroom.conf describes it: two instances of the production build
 * (A and B) on one database and one Redis of their own (scripts/redis.sh), both running the job
 * queue, behind the repository's nginx configuration (scripts/nginx.sh).
 * 1. A publish through A reaches readers of B, on every page that shows the item, through the
 *    shared cache (scripts/server/cacheHandler.mjs); without REDIS_URL B would show the old title.
 * 2. A publish through nginx shows through nginx on every page within a few seconds (nginx keeps
 *    a page one second, then revalidates with Node).
 * 3. Scheduled publishes due at the same moment, with both instances running the queue at that
 *    moment, are each done exactly once (one published version, one run in the job's log); with
 *    A stopped, B still runs the queue.
 * The instances get a copy of the e2e database, so that the e2e server (which runs the queue too)
 * takes no part in the race and cannot stand in for B. SQLite only: the copy is a file.
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const ports = { a: basePort + 11, b: basePort + 12, redis: basePort + 3290, nginx: basePort + 5000 }
const database = path.resolve('.tmp/e2e-instances/newsroom.db')
/** The search index's file beside a database (src/data/searchStores/sqlite.ts). */
const searchFile = (file: string) => file.replace(/\.db$/, '.search.db')
/** The public address: what SITE_URL says in a real deployment behind nginx, for both instances. */
const site = `http://localhost:${ports.nginx}`

function service(name: 'redis' | 'nginx', action: 'start' | 'stop', env: Record<string, string>): string {
  return execFileSync('bash', [path.resolve(`scripts/${name}.sh`), action], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim()
}
const redis = (action: 'start' | 'stop') => service('redis', action, { REDIS_PORT: String(ports.redis) })
const nginx = (action: 'start' | 'stop') =>
  service('nginx', action, { NGINX_PORT: String(ports.nginx), NGINX_UPSTREAMS: `127.0.0.1:${ports.a} 127.0.0.1:${ports.b}` })

/** The environment of an instance on `port`: the instances' database, Redis, nginx's address. */
function instanceEnv(port: number, redisUrl: string) {
  return { ...e2eEnv(String(port)), DATABASE_URI: `file:${database}`, REDIS_URL: redisUrl, SITE_URL: site }
}

interface Instance {
  child: ChildProcess
  api: APIRequestContext
}

/**
 * Starts an instance (its output in the test's output folder), adds it to `started` (for the
 * cleanup, even if it never answers) and waits until it answers.
 */
async function instance(name: string, port: number, redisUrl: string, started: Instance[]): Promise<Instance> {
  const log = openSync(test.info().outputPath(`instance-${name}.log`), 'w')
  const child = spawn(process.execPath, serverArgs(process.env), { env: instanceEnv(port, redisUrl), stdio: ['ignore', log, log] })
  const api = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` })
  started.push({ child, api })
  await expect.poll(async () => (await api.get('/en').catch(() => null))?.status(), { timeout: 90_000, intervals: [250] }).toBe(200)
  return { child, api }
}

/** Stops an instance as a service manager does (SIGTERM) and waits until its process has ended. */
async function stop({ child }: Instance): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

interface JobState {
  id: string
  completedAt: string | null
  hasError: boolean
  processing: boolean
  totalTried: number
  runs: number
  error: string | null
}

/** tests/helpers/jobQueue.ts on the instances' database: queues scheduled publishes, reads jobs. */
function jobQueue(redisUrl: string) {
  const child = spawn(process.execPath, ['scripts/cms.mjs', 'run', 'tests/helpers/jobQueue.ts'], {
    env: instanceEnv(ports.a, redisUrl),
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = []
  let ready: () => void
  let failed: (error: Error) => void
  const started = new Promise<void>((resolve, reject) => ((ready = resolve), (failed = reject)))
  started.catch(() => undefined)  // reported to the first `ask`
  child.once('exit', (code) => {
    const error = new Error(`tests/helpers/jobQueue.ts ended (exit code ${code})`)
    failed(error)
    for (const waiter of waiting.splice(0)) waiter.reject(error)
  })
  // Payload's own log lines go by; the helper's answers start with a word of its protocol.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line === 'ready') ready()
    else if (/^(queued|jobs|error) /.test(line)) waiting.shift()?.resolve(line)
  })
  async function ask(command: string): Promise<string> {
    await started
    const answer = new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }))
    child.stdin!.write(`${command}\n`)
    const line = await answer
    if (line.startsWith('error ')) throw new Error(`jobQueue: ${line}`)
    return line
  }
  return {
    started,
    queue: async (waitUntil: Date, user: string, ids: string[]) => (await ask(`queue ${waitUntil.toISOString()} ${user} ${ids.join(' ')}`)).split(' ').slice(1),
    jobs: async (ids: string[]) => JSON.parse((await ask(`jobs ${ids.join(' ')}`)).slice('jobs '.length)) as JobState[],
    close: () => child.stdin!.end(),
  }
}

test.skip(e2eOnMongo, 'the instances run on a copy of the SQLite e2e database')

test('two instances behind nginx with a shared Redis: publishes reach every reader, scheduled publishes run once, and on one instance', async () => {
  test.setTimeout(300_000)
  // A consistent copy while the e2e server keeps running (SQLite's VACUUM INTO).
  rmSync(path.dirname(database), { recursive: true, force: true })
  mkdirSync(path.dirname(database), { recursive: true })
  for (const [from, to] of [[e2eDatabase, database], [searchFile(e2eDatabase), searchFile(database)]]) {
    const source = createClient({ url: `file:${from}` })
    await source.execute({ sql: 'VACUUM INTO ?', args: [to!] })
    source.close()
  }

  const redisUrl = redis('start')
  const started: Instance[] = []
  const jobs = jobQueue(redisUrl)
  const contexts: APIRequestContext[] = []
  try {
    const [a, b] = await Promise.all([instance('a', ports.a, redisUrl, started), instance('b', ports.b, redisUrl, started)])
    expect(nginx('start')).toBe(`http://127.0.0.1:${ports.nginx}`)
    // Readers and staff through nginx, at the site's address. Staff as their browser on the admin
    // is: signed in with Payload's cookie, sending the page's Origin (Payload accepts the cookie
    // only from an origin in its `csrf` list, which is SITE_URL) and Sec-Fetch-Site. Readers have
    // no cookie, so nginx may answer them from its cache.
    const front = await playwrightRequest.newContext({ baseURL: site })
    const staff = await playwrightRequest.newContext({ baseURL: site, extraHTTPHeaders: { Origin: site, 'Sec-Fetch-Site': 'same-origin' } })
    contexts.push(front, staff)
    const login = await staff.post('/api/users/login', { data: admin })
    expect(login.status()).toBe(200)
    const { user } = (await login.json()) as { user: { id: string } }
    const stamp = Date.now().toString(36)

    await test.step('a publish through A reaches readers of B', async () => {
      const before = `Irrigation council meets in Panjakent ${stamp}`
      const after = `Irrigation council agrees a plan in Panjakent ${stamp}`
      const created = await staff.post(`http://localhost:${ports.a}/api/news?locale=en`, { data: { title: before, summary: 'Water users of the valley.', publishedAt: new Date().toISOString(), _status: 'published' } })
      expect(created.status()).toBe(201)
      const doc = ((await created.json()) as { doc: { id: string; slug: string } }).doc
      const pages = [`/en/news/${doc.slug}`, '/en/news', '/en', '/en/news/rss.xml', '/en/news/feed.json', '/api/v1/en/news']
      // B caches every page with the first title.
      for (const page of pages) await expect.poll(async () => (await (await b.api.get(page)).text()).includes(before), { timeout: 20_000 }).toBe(true)

      const changed = await staff.patch(`http://localhost:${ports.a}/api/news/${doc.id}?locale=en`, { data: { title: after, _status: 'published' } })
      expect(changed.status()).toBe(200)
      const publishedAt = Date.now()
      const seenAfter = await Promise.all(
        pages.map(async (page) => {
          await expect.poll(async () => (await (await b.api.get(page)).text()).includes(after), { timeout: 20_000, intervals: [100] }).toBe(true)
          return `${page} ${Date.now() - publishedAt} ms`
        }),
      )
      // The figures (bench/ measures; this shows them): how long after the publish B showed the change.
      console.log(`instance B showed the new title after: ${seenAfter.join(', ')}`)
    })

    await test.step('a publish through nginx shows through nginx on every page that lists it', async () => {
      const regions = (await (await front.get('/api/regions?locale=en&depth=0&limit=1')).json()) as { docs: { id: string; slug: string }[] }
      const region = regions.docs[0]!
      const title = `Orchard cooperative opens in Isfara ${stamp}`
      // Every page that shows a new item, read once first so that nginx holds the old copy.
      const search = `/en/search?q=${stamp}`
      const listings = ['/en/news', '/en', `/en/regions/${region.slug}`, '/en/news/rss.xml', '/en/news/feed.json', '/api/v1/en/news', search]
      const cacheStatus: string[] = []
      for (const page of listings) {
        expect((await front.get(page)).status()).toBe(200)
        const again = await front.get(page)
        expect(await again.text()).not.toContain(title)
        cacheStatus.push(`${page} ${again.headers()['x-cache-status']}`)
      }
      console.log(`nginx, a page read twice: ${cacheStatus.join(', ')}`)

      const publicationDate = new Date().toISOString()
      const created = await staff.post('/api/news?locale=en', { data: { title, summary: 'Apricot growers of the valley.', regions: [region.id], publishedAt: publicationDate, _status: 'published' } })
      expect(created.status()).toBe(201)
      const publishedAt = Date.now()
      const doc = ((await created.json()) as { doc: { slug: string } }).doc
      const article = `/en/news/${doc.slug}`
      // Search results and the sitemap show the item's address (search marks the matched word in
      // the title), the other pages its title.
      const shows: [string, string][] = [
        [article, title],
        ...listings.map((page): [string, string] => [page, page === search ? `href="${article}"` : title]),
        [`/sitemaps/news-${publicationDate.slice(0, 7)}.xml`, article],
      ]
      // Within seconds: nginx's one second, then Node's answer (a page rendered afresh after the
      // publish). Typically 1-3 s here; the bound leaves room for a loaded CI machine.
      // Through nginx, and on instance B directly (the publish went through nginx to A or B).
      const seenBy = async (reader: APIRequestContext) =>
        Promise.all(
          shows.map(async ([page, text]) => {
            await expect.poll(async () => (await (await reader.get(page)).text()).includes(text), { message: page, timeout: 10_000, intervals: [100] }).toBe(true)
            return `${page} ${Date.now() - publishedAt} ms`
          }),
        )
      const [throughNginx, onB] = await Promise.all([seenBy(front), seenBy(b.api)])
      console.log(`through nginx, the new item showed after: ${throughNginx.join(', ')}`)
      console.log(`on instance B, the new item showed after: ${onB.join(', ')}`)
    })

    await test.step('staff on both instances save at the same moment', async () => {
      // Two on each instance at once: one SQLite file written by two processes must make each
      // writer wait for the other (busy timeout), not fail. Soft, so the steps below still run.
      const saves = await Promise.all(
        [ports.a, ports.a, ports.b, ports.b].map((port, index) =>
          staff.post(`http://localhost:${port}/api/news?locale=en`, { data: { title: `Simultaneous note ${index + 1} from Kulob ${stamp}`, _status: 'draft' } }),
        ),
      )
      expect.soft(saves.map((save) => save.status()), 'saves at the same moment on A, A, B, B').toEqual([201, 201, 201, 201])
    })

    /** Draft news items, created one after the other through nginx. */
    const drafts = async (titles: string[]) => {
      const ids: string[] = []
      for (const title of titles) {
        const created = await staff.post('/api/news?locale=en', { data: { title, summary: 'Scheduled.', publishedAt: new Date().toISOString(), _status: 'draft' } })
        expect(created.status()).toBe(201)
        ids.push(((await created.json()) as { doc: { id: string } }).doc.id)
      }
      return ids
    }
    /**
     * How many times an item was published: its published versions, less the snapshots (with
     * per-language status, a publish also stores the other languages' state as a second version
     * marked `snapshot`).
     */
    const publishes = async (id: string) => {
      const response = await staff.get(`/api/news/versions?where[parent][equals]=${id}&depth=0&limit=100&locale=en`)
      expect(response.status()).toBe(200)
      const { docs } = (await response.json()) as { docs: { snapshot?: boolean; version: { _status?: string } }[] }
      return docs.filter((doc) => doc.version._status === 'published' && !doc.snapshot).length
    }

    await test.step('scheduled publishes due at once on two instances are each done once', async () => {
      const ids = await drafts(Array.from({ length: 6 }, (_, index) => `Scheduled bulletin ${index + 1} from Khujand ${stamp}`))
      // Due a moment from now; then both instances run the queue at that moment, as their own
      // runners do every 10 seconds (which may join in).
      const due = new Date(Date.now() + 1_500)
      const queued = await jobs.queue(due, user.id, ids)
      expect(queued).toHaveLength(6)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now() + 50)))
      const runs = await Promise.all([ports.a, ports.b].map((port) => staff.get(`http://localhost:${port}/api/payload-jobs/run?queue=default&limit=20`)))
      // Settled: Payload deletes a job once it has completed, so every job left has failed for good
      // (the task allows no retry) and no runner is still at it.
      await expect.poll(async () => (await jobs.jobs(queued)).every((job) => job.hasError && !job.processing), { timeout: 30_000, intervals: [200] }).toBe(true)
      const states = await jobs.jobs(queued)
      const versions = await Promise.all(ids.map(publishes))
      // What each instance took on (Payload logs "Running N jobs." per run that found some).
      const claimed = ['a', 'b'].map((name) => [...readFileSync(test.info().outputPath(`instance-${name}.log`), 'utf8').matchAll(/Running (\d+) jobs\./g)].map((match) => match[1]).join('+') || '0')
      console.log(
        `raced scheduled publishes: run calls answered ${runs.map((run) => run.status()).join(' ')}; jobs taken on by A ${claimed[0]}, by B ${claimed[1]}; ` +
          `publishes per item ${versions.join(' ')}; failed jobs ${states.length}${states.map((job) => `\n  ${job.id}: ${job.runs} task runs, ${job.error}`).join('')}`,
      )
      // Soft: the step after this one (one instance down) runs and reports either way.
      expect.soft(runs.map((run) => run.status())).toEqual([200, 200])
      expect.soft(versions).toEqual(ids.map(() => 1))
      expect.soft(states, 'jobs left (Payload deletes a completed job)').toEqual([])
    })

    await test.step('with A stopped, B runs the queue', async () => {
      await stop(a)
      const [id] = await drafts([`Scheduled bulletin after a restart in Khujand ${stamp}`])
      const [job] = await jobs.queue(new Date(), user.id, [id!])
      const queuedAt = Date.now()
      // B's runner asks every 10 seconds; done when Payload has deleted the completed job.
      const state = async () => {
        const [left] = await jobs.jobs([job!])
        return !left ? 'done' : left.hasError ? `failed: ${left.error}` : 'queued'
      }
      await expect.poll(state, { timeout: 25_000, intervals: [250] }).toBe('done')
      console.log(`with A stopped, B published the scheduled item ${Date.now() - queuedAt} ms after it was queued`)
      expect(await publishes(id!)).toBe(1)
    })
  } finally {
    jobs.close()
    for (const context of contexts) await context.dispose()
    for (const one of started) {
      await one.api.dispose()
      await stop(one)
    }
    nginx('stop')
    redis('stop')
    rmSync(path.dirname(database), { recursive: true, force: true })
  }
})
