// Runs a CMS task (src/cms/cli.ts: migrate | seed) with plain Node: bundles our TypeScript with
// esbuild (dependencies stay external), then runs it. On Node 20, a process that starts Payload
// from a script occasionally ends early, with status 0 or 13 and no output, having done nothing
// (seen here with the Payload CLI and with tsx alike). The task prints a marker when it has finished;
// without the marker the (idempotent) task is run again, up to three times, then it fails loudly.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = path.join(root, '.tmp/cms-cli.mjs')
const MARKER = 'newsroom-cms: done'
const ATTEMPTS = 3

async function bundleCli() {
  mkdirSync(path.dirname(bundle), { recursive: true })
  await build({
    entryPoints: [path.join(root, 'src/cms/cli.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Next's subpath modules have no "exports" map, so Node's ESM resolver needs the extension.
    alias: { 'next/cache': 'next/cache.js' },
    logLevel: 'warning',
  })
}

function attempt(task, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, task], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let seen = ''
    let done = false
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk)
      // Keep a little of the previous chunk: the marker may be split across two.
      seen = seen.slice(-MARKER.length) + chunk.toString()
      done ||= seen.includes(MARKER)
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, done }))
  })
}

/** Runs `task` to completion; rejects with the reason when it fails. */
export async function cms(task, env = process.env) {
  await bundleCli()
  for (let n = 1; n <= ATTEMPTS; n++) {
    const { code, signal, done } = await attempt(task, env)
    if (done && code === 0) return
    // A real failure says so on stderr and exits non-zero: do not hide it behind retries.
    if (code !== 0 && code !== 13 && code !== null) throw new Error(`"cms ${task}" failed (exit code ${code})`)
    console.error(`cms ${task}: ended early without finishing (${signal ?? `exit code ${code}`}); attempt ${n} of ${ATTEMPTS}`)
  }
  throw new Error(`"cms ${task}" did not finish after ${ATTEMPTS} attempts`)
}

// `node scripts/cms.mjs seed` from the command line (npm run seed).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await cms(process.argv[2])
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
