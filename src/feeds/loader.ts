import { defaultLocale, locales } from '@/i18n/locales'

import { EMBED_MESSAGE_TYPE } from './embed'

/**
 * The widget loader partners paste (`/embed.js`), written out with the site's languages so it
 * never needs editing when one is added:
 *
 *   <script src="https://SITE/embed.js" data-project="slug" data-locale="ru" async></script>
 *   (or data-region="slug"; optional data-limit="1-20", data-theme="light|dark")
 *
 * It inserts an iframe of /embed/{locale}/{projects|regions}/{slug} after itself and keeps the
 * iframe as tall as its content. No dependencies, no cookies, nothing global.
 */
export function embedLoaderScript(): string {
  return `/*! Newsroom widget loader. Paste where the widget should appear:
 * <script src="https://SITE/embed.js" data-project="slug" data-locale="ru" async></script>
 * (or data-region="slug"; optional data-limit="1-20", data-theme="light|dark").
 * It inserts an iframe of /embed/{locale}/{projects|regions}/{slug} after itself and keeps the
 * iframe as tall as its content. No dependencies, no cookies, nothing global. */
(function () {
  'use strict'
  var script = document.currentScript
  if (!script || !script.src) return
  var origin = new URL(script.src).origin
  var data = script.dataset
  var kind = data.project ? 'projects' : data.region ? 'regions' : ''
  if (!kind) {
    console.error('Newsroom widget: add data-project="…" or data-region="…" to the script tag.')
    return
  }
  var locale = ${JSON.stringify(locales)}.indexOf(data.locale) >= 0 ? data.locale : ${JSON.stringify(defaultLocale)}
  var query = []
  if (data.limit) query.push('limit=' + encodeURIComponent(data.limit))
  if (data.theme) query.push('theme=' + encodeURIComponent(data.theme))
  var frame = document.createElement('iframe')
  // The address routes.embed builds in lib/routes.ts.
  frame.src =
    origin + '/embed/' + locale + '/' + kind + '/' + encodeURIComponent(data.project || data.region) + (query.length ? '?' + query.join('&') : '')
  frame.title = data.title || 'News'
  frame.loading = 'lazy'
  frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0;height:' + (parseInt(data.height, 10) || 360) + 'px'
  script.parentNode.insertBefore(frame, script.nextSibling)
  window.addEventListener('message', function (event) {
    var message = event.data
    if (event.origin !== origin || event.source !== frame.contentWindow || !message || message.type !== ${JSON.stringify(EMBED_MESSAGE_TYPE)}) return
    if (message.height > 0) frame.style.height = Math.ceil(message.height) + 'px'
    if (message.title) frame.title = String(message.title)
  })
})()
`
}
