// @ts-check
// The Newsroom's web server, in production and in development: Next's request handler behind a
// Node HTTP server whose response class (server/response.mjs) finishes each response.
//
// Public pages are pure server-rendered HTML: no component on them is interactive, links are
// plain <a>, forms are plain GET forms. Next still appends its client runtime (React, the router,
// an inline copy of the page's RSC payload), about 135 KB of compressed JavaScript a phone would
// download, parse and run for nothing. The public layout says so in its <head>
// (`<meta name="newsroom-client-runtime" content="none">`), and this server then removes the
// scripts as the page streams by; a page that needs them (a staff draft preview) says `keep`.
// JSON-LD is data, not code, and stays. Pages that say nothing (admin, embeds) pass untouched.
// The dev server runs through the same code, so a client component that would do nothing in
// production does nothing in development either (and ESLint refuses one in public components).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import next from 'next'

import { sharedCacheSeconds } from './server/cacheControl.mjs'
import { createServer } from './server/response.mjs'
import { SERVER_DEFAULTS } from './lib.mjs'

/**
 * Starts the server; resolves once it listens.
 * @param {{ dir: string, port: string, hostname: string, dev?: boolean }} options
 */
export async function serve({ dir, port, hostname, dev = false }) {
  const app = next({ dev, dir, port: Number(port), hostname })
  const handle = app.getRequestHandler()
  await app.prepare()
  // Compression is this server's (next.config.mjs turns Next's off); the dev server does without.
  const options = { compress: !dev, sharedCacheSeconds: sharedCacheSeconds(process.env.SHARED_CACHE_SECONDS) }
  if (!dev) {
    await preloadRoutes(dir)
    await warmUp(createServer(handle, options), dir)
  }
  const server = createServer(handle, options)
  await listen(server, Number(port), hostname)
  console.log(`Newsroom${dev ? ' (development)' : ''} listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
  return server
}

/**
 * Listens; rejects if the port cannot be had.
 * @param {import('node:http').Server<typeof import('node:http').IncomingMessage, any>} server @param {number} port @param {string} hostname
 */
const listen = (server, port, hostname) =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => resolve(undefined))
  })

/**
 * Renders pages before the server takes requests: a missing page and a search in each language,
 * through a server of its own on a loopback port nobody else knows. The first render after a
 * start loads and compiles the renderer's modules (the HTML side, which the route preload below
 * does not reach): the first reader's page took 1.2 s on the demo's 24 items, where the next page
 * type took 0.1-0.3 s. The first search also opens the search index (its worker thread, its
 * tables checked): 0.25 s more at 100,000 items. Neither is kept by any cache (nothing is written
 * for a 404, as hostile.e2e checks; search pages are rendered per request), and both read little.
 * Whatever they answer (a database outage answers 503), the server starts; it waits at most 10 s
 * per page.
 * @param {import('node:http').Server<typeof import('node:http').IncomingMessage, any>} server
 * @param {string} dir
 */
async function warmUp(server, dir) {
  try {
    await listen(server, 0, '127.0.0.1')
  } catch {
    return // No loopback port: the first reader pays for the warm-up, as without it.
  }
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  /** @type {string[]} */
  let languages = []
  try {
    languages = readdirSync(path.join(dir, 'messages')).flatMap((file) => (/^[a-z]{2,3}\.json$/.test(file) ? [file.slice(0, -5)] : []))
  } catch {
    // No messages folder beside the build: nothing to warm up.
  }
  for (const page of languages.flatMap((language) => [`/${language}/server-warm-up`, `/${language}/search?q=newsroom`])) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${page}`, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
    } catch {
      // Not warmed up: the first reader of this page pays for it, as without this.
    }
  }
  server.closeAllConnections()
  await new Promise((resolve) => server.close(() => resolve(undefined)))
}

/**
 * Loads every route's server code before the server listens, as Next's own preload does (its
 * `preloadEntriesOnStart`, with the same `loadComponents`, so each page's manifests are in place
 * before its module runs). Next runs that preload in the background once it listens, so the
 * first readers after a start waited behind it: 2.6 s for the first page at 100,000 items, where
 * a cold render takes under 1 s. Starting takes that much longer instead (a proxy sends readers
 * to the other instances meanwhile).
 * @param {string} dir
 */
async function preloadRoutes(dir) {
  const distDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next')
  /** @type {string[]} */
  let pages
  try {
    pages = Object.keys(JSON.parse(readFileSync(path.join(distDir, 'server', 'app-paths-manifest.json'), 'utf8')))
  } catch {
    return // A build without it: Next loads its routes itself.
  }
  const { loadComponents } = createRequire(import.meta.url)('next/dist/server/load-components.js')
  for (const page of pages) {
    try {
      const { ComponentMod } = await loadComponents({ distDir, page, isAppPath: true, isDev: false, sriEnabled: false, needsManifestsForLegacyReasons: false })
      ComponentMod.patchFetch?.()
    } catch (error) {
      console.warn(`Could not preload ${page}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

// Run directly: `node scripts/server.mjs` (PORT, HOST; NODE_ENV=production), or with `--dev` for
// the development server (`npm run dev`).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const dev = process.argv.includes('--dev')
  // As `next dev` does; Payload and src/lib/env.ts read it.
  if (dev) Object.assign(process.env, { NODE_ENV: 'development' })
  await serve({ dir: process.cwd(), port: process.env.PORT?.trim() || SERVER_DEFAULTS.PORT, hostname: process.env.HOST?.trim() || (dev ? 'localhost' : SERVER_DEFAULTS.HOST), dev })
}
