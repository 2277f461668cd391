import configPromise from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import type { NewsroomMessages } from '@/cms/i18n/newsroom/en'
import { ornamentImage } from '@/cms/seed/images'

import { adminTexts, context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * Staff read validation messages and refusals in their admin language. Payload picks the
 * request's language from its language cookie (`<cookiePrefix>-lng`, what the account's language
 * setting stores) or, for the languages Payload ships, from Accept-Language; these requests go
 * through Payload's REST handlers exactly as the server mounts them.
 */
const rest = { POST: REST_POST(configPromise), PATCH: REST_PATCH(configPromise) }
type Language = 'en' | 'ru' | 'tg'
const password = 'a-long-password'

interface ErrorBody {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

describe(`validation messages in the request's admin language (${databaseKind})`, () => {
  const suite = payloadSuite()
  const tokens = { admin: '', contributor: '' }
  let takenSlug = ''
  let image: Buffer = Buffer.alloc(0)
  const withCover = { news: '', file: '' }
  let messages: Record<Language, NewsroomMessages>
  let cookieName = ''

  beforeAll(async () => {
    ;({ cookieName, messages } = await adminTexts())
    for (const role of ['admin', 'contributor'] as const) {
      const email = `${role}-${unique('lng').split(' ')[1]}@example.org`
      suite.docs.add('users', await suite.payload.create({ collection: 'users', context, data: { email, password, name: `Language ${role}`, role } }))
      tokens[role] = (await suite.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
    }
    const taken = await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Spring planting in Rasht'), publishedAt: '2026-11-20T09:00:00.000Z' } })
    suite.docs.add('news', taken)
    takenSlug = taken.slug ?? ''
    // A published news item whose cover has an alternative text in English only.
    image = await ornamentImage('admin-language')
    const media = await suite.payload.create({ collection: 'media', locale: 'en', context, data: { alt: 'Apricot orchards near Isfara' }, file: { data: image, name: `cover-${Date.now()}.png`, mimetype: 'image/png', size: image.length } })
    suite.docs.add('media', media)
    // The stored name (uploads are converted to WebP), as the message names it.
    withCover.file = media.filename ?? ''
    const news = await suite.payload.create({ collection: 'news', locale: 'en', context, data: { title: unique('Apricot harvest'), publishedAt: '2026-11-20T09:00:00.000Z', cover: media.id, _status: 'published' } })
    withCover.news = String(suite.docs.add('news', news).id)
  })

  /** A REST call as `role`, in `language` chosen by the language cookie or by Accept-Language. */
  async function call(role: keyof typeof tokens, language: Language, by: 'cookie' | 'Accept-Language', method: keyof typeof rest, path: string, body: FormData | object) {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const headers: Record<string, string> = { Authorization: `JWT ${tokens[role]}` }
    if (!(body instanceof FormData)) headers['Content-Type'] = 'application/json'
    if (by === 'cookie') headers.Cookie = `${cookieName}=${language}`
    else headers['Accept-Language'] = `${language};q=1, de;q=0.5`
    const response = await rest[method](new Request(url, { method, headers, body: body instanceof FormData ? body : JSON.stringify(body) }), {
      params: Promise.resolve({ slug: url.pathname.slice('/api/'.length).split('/') }),
    })
    return { status: response.status, body: (await response.json()) as ErrorBody }
  }

  /** The field messages of a 400 answer, by field path. */
  function fieldMessages(answer: { status: number; body: ErrorBody }): Record<string, string> {
    expect(answer.status).toBe(400)
    return Object.fromEntries((answer.body.errors?.[0]?.data?.errors ?? []).map(({ path, message }) => [path, message]))
  }

  const cases: [Language, 'cookie' | 'Accept-Language'][] = [
    ['en', 'cookie'],
    ['ru', 'cookie'],
    ['tg', 'cookie'],
    // Payload reads Accept-Language only for the languages it ships (not Tajik).
    ['en', 'Accept-Language'],
    ['ru', 'Accept-Language'],
  ]

  for (const [language, by] of cases) {
    it(`in ${language}, chosen by ${by}: field validators, their placeholders, and a refusal`, async () => {
      const texts = messages[language].validation

      const redirect = fieldMessages(await call('admin', language, by, 'POST', 'redirects', { from: '/ru', to: '/ru' }))
      expect(redirect.from).toBe(texts.redirectHomePage)
      expect(redirect.to).toBe(texts.redirectLoop)

      const slug = fieldMessages(await call('admin', language, by, 'POST', 'news?locale=en', { title: unique('Another planting'), publishedAt: '2026-11-21T09:00:00.000Z', slug: takenSlug }))
      expect(slug.slug).toBe(texts.slugTaken.replace('{{slug}}', takenSlug).replace('{{locale}}', 'en'))
      const badSlug = fieldMessages(await call('admin', language, by, 'POST', 'news', { title: unique('Odd address'), publishedAt: '2026-11-21T09:00:00.000Z', slug: '!!!' }))
      expect(badSlug.slug).toBe(texts.slugFormat)

      const project = fieldMessages(await call('admin', language, by, 'POST', 'projects', { title: unique('Clean water'), startDate: '2026-05-01T00:00:00.000Z', endDate: '2026-01-01T00:00:00.000Z' }))
      expect(project.endDate).toBe(texts.endBeforeStart)

      const contact = fieldMessages(await call('admin', language, by, 'POST', 'contacts', { name: unique('Office'), kind: 'office', website: 'ftp://asti.example', phones: [{ number: 'call us' }] }))
      expect(contact.website).toBe(texts.websiteProtocol)
      expect(contact['phones.0.number']).toBe(texts.phoneFormat)

      const user = fieldMessages(await call('admin', language, by, 'POST', 'users', { email: `nobody-${Date.now()}@example.org`, password, name: 'Regionless', role: 'regionalEditor', regions: [] }))
      expect(user.regions).toBe(texts.regionsRequired)

      // An upload without alternative text; publishing Tajik while the cover has none in Tajik.
      const upload = new FormData()
      upload.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), `no-alt-${Date.now()}.png`)
      upload.append('_payload', JSON.stringify({}))
      expect(fieldMessages(await call('admin', language, by, 'POST', 'media', upload)).alt).toBe(texts.altRequired)
      const publish = fieldMessages(await call('admin', language, by, 'PATCH', `news/${withCover.news}?locale=tg`, { title: unique('Ҳосили зардолу'), _status: 'published' }))
      expect(publish.cover).toBe(texts.altBeforePublishing.replace('{{locale}}', 'tg').replace('{{files}}', withCover.file))

      const refused = await call('contributor', language, by, 'POST', 'news', { title: unique('Straight to print'), publishedAt: '2026-11-21T09:00:00.000Z', _status: 'published' })
      expect(refused.status).toBe(403)
      expect(refused.body.errors?.[0]?.message).toBe(messages[language].errors.contributorsSaveDrafts)

      // Translated, not English under another language's name.
      if (language !== 'en') expect(texts.redirectHomePage).not.toBe(messages.en.validation.redirectHomePage)
    })
  }
})
