// A stand-in for a site WordPress reads from, for scripts/wordpress-check.sh: an RSS feed and two
// pages that announce an oEmbed endpoint by discovery, one answering like the Newsroom's
// src/feeds/oembed.ts (type "rich", an iframe) and one answering with a script instead.
// Usage: node scripts/wordpress/fixtures.mjs   listens on 127.0.0.1 at a free port (or
// FIXTURES_PORT), prints its base URL on stdout, and serves until it is sent SIGTERM.
// GET /_hits answers how often each path was requested.
import http from 'node:http'

const hits = {}
let base = ''

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const page = (title, oembedPath) => `<!doctype html><html lang="tg"><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escape(`${base}${oembedPath}?url=${encodeURIComponent(`${base}/article`)}&format=json`)}" title="${escape(title)}">
</head><body><h1>${escape(title)}</h1></body></html>`

const routes = {
  '/feed.xml': () => [
    'application/rss+xml; charset=utf-8',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Хабарҳо</title><link>${base}/</link><description>Fixture feed</description>
<item><title>Мактаби нав дар Хатлон</title><link>${base}/news/1</link><guid>${base}/news/1</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>Якум</description></item>
<item><title>Новая школа в Согде</title><link>${base}/news/2</link><guid>${base}/news/2</guid><pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate><description>Второй</description></item>
</channel></rss>`,
  ],
  '/article': () => ['text/html; charset=utf-8', page('Лоиҳаи об', '/oembed')],
  '/article-script': () => ['text/html; charset=utf-8', page('Script widget', '/oembed-script')],
  // What src/feeds/oembed.ts answers: an iframe of the widget, with a style and loading attribute.
  '/oembed': () => [
    'application/json; charset=utf-8',
    JSON.stringify({
      version: '1.0',
      type: 'rich',
      provider_name: 'Newsroom fixture',
      provider_url: base,
      title: 'Лоиҳаи об',
      width: 600,
      height: 400,
      html: `<iframe src="${base}/embed/1" width="600" height="400" title="Лоиҳаи об" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    }),
  ],
  '/oembed-script': () => [
    'application/json; charset=utf-8',
    JSON.stringify({ version: '1.0', type: 'rich', title: 'Script widget', width: 600, height: 400, html: `<div class="w"></div><script src="${base}/w.js"></script>` }),
  ],
  '/_hits': () => ['application/json', JSON.stringify(hits)],
}

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  if (path !== '/_hits') hits[path] = (hits[path] ?? 0) + 1
  const route = routes[path]
  if (!route) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    return
  }
  const [type, body] = route()
  res.writeHead(200, { 'Content-Type': type }).end(body)
})

server.listen(Number(process.env.FIXTURES_PORT ?? 0), '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`
  console.log(base)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
