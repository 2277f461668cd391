// Cached pages side by side: our article against another site's page (Payload's `website`
// template, built and started by hand beside ours: its code and the steps that build it are not
// part of this repository), in interleaved rounds of wrk, with and without the Accept-Encoding a
// browser sends. Prints requests per second and server CPU per request (user + system time of
// the process tree listening on each port, from /proc), medians over the rounds.
//
// Usage: OURS_URL=http://localhost:3000/en/news/<slug> OTHER_URL=http://localhost:3300/posts/<slug> \
//          node bench/compare.mjs
// Options: ROUNDS (5), DURATION seconds per run (8), CONNECTIONS (16), OTHER_NAME (label).
// Needs wrk (`apt-get install -y wrk`). Figures, not pass/fail: this is not a test.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const targets = [
  { name: 'ours', url: required('OURS_URL') },
  { name: process.env.OTHER_NAME ?? 'other', url: required('OTHER_URL') },
]
const rounds = Number(process.env.ROUNDS ?? 5)
const duration = Number(process.env.DURATION ?? 8)
const connections = Number(process.env.CONNECTIONS ?? 16)
const encodings = [
  { name: 'none', headers: [] },
  { name: 'br, gzip', headers: ['-H', 'Accept-Encoding: br, gzip'] },
]
const ticksPerSecond = 100 // USER_HZ on Linux

function required(name) {
  const value = process.env[name]
  if (!value) {
    console.error(`Set ${name} (see the usage at the top of bench/compare.mjs).`)
    process.exit(2)
  }
  return value
}

/** The pid listening on the URL's port, from `ss -ltnp`. */
function listenerPid(url) {
  const port = new URL(url).port || '80'
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const match = /pid=(\d+)/.exec(out)
  if (!match) throw new Error(`nothing listens on port ${port} (${url})`)
  return Number(match[1])
}

/** User + system CPU seconds of `pid` and every descendant (workers a server may fork). */
function treeCpuSeconds(pid) {
  const stats = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      stats.push({ pid: Number(entry), ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) })
    } catch {
      // the process ended while we read
    }
  }
  const tree = new Set([pid])
  for (let grew = true; grew; ) {
    grew = false
    for (const s of stats) {
      if (tree.has(s.pid) || !tree.has(s.ppid)) continue
      tree.add(s.pid)
      grew = true
    }
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.cpu, 0) / ticksPerSecond
}

async function bodyBytes(url, encoding) {
  const response = await fetch(url, { headers: encoding === 'none' ? { 'Accept-Encoding': 'identity' } : { 'Accept-Encoding': encoding } })
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
  const length = Number(response.headers.get('content-length') ?? 0) || (await response.arrayBuffer()).byteLength
  return { bytes: length, encoding: response.headers.get('content-encoding') ?? 'identity', cache: response.headers.get('x-nextjs-cache') ?? '' }
}

function wrk(url, headers) {
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', ...headers, url], { encoding: 'utf8' })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
  const requests = Number(/(\d+) requests in/.exec(out)?.[1])
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const p99 = /99%\s+([\d.]+\w+)/.exec(out)?.[1] ?? '?'
  return { rps, requests, non2xx, p99 }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

for (const target of targets) {
  target.pid = listenerPid(target.url)
  for (const { name } of encodings) {
    const warm = await bodyBytes(target.url, name)
    console.log(`${target.name.padEnd(8)} ${name.padEnd(9)} ${warm.bytes} bytes (${warm.encoding}) ${warm.cache ? `x-nextjs-cache ${warm.cache}` : ''}  ${target.url}`)
  }
}

const results = new Map()
for (let round = 1; round <= rounds; round++) {
  for (const encoding of encodings) {
    for (const target of targets) {
      const before = treeCpuSeconds(target.pid)
      const run = wrk(target.url, encoding.headers)
      const cpuMs = ((treeCpuSeconds(target.pid) - before) * 1000) / run.requests
      const key = `${target.name}|${encoding.name}`
      if (!results.has(key)) results.set(key, [])
      results.get(key).push({ ...run, cpuMs })
      console.log(`round ${round} ${key.padEnd(20)} ${run.rps.toFixed(0).padStart(6)} req/s  ${cpuMs.toFixed(2)} ms CPU/req  p99 ${run.p99}${run.non2xx ? `  NON-2XX ${run.non2xx}` : ''}`)
    }
  }
}

console.log(`\nMedians of ${rounds} interleaved rounds (${duration} s each, ${connections} connections):`)
console.log('| page | Accept-Encoding | req/s | server CPU per request | non-2xx |')
console.log('|---|---|---|---|---|')
for (const [key, runs] of results) {
  const [name, encoding] = key.split('|')
  const non2xx = runs.reduce((sum, r) => sum + r.non2xx, 0)
  console.log(`| ${name} | ${encoding} | ${median(runs.map((r) => r.rps)).toFixed(0)} | ${median(runs.map((r) => r.cpuMs)).toFixed(2)} ms | ${non2xx} |`)
}
