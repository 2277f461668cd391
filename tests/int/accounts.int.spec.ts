import { execFileSync } from 'node:child_process'

import configPromise from '@payload-config'
import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordMatches } from '@/cms/collections/Users/passwordHash'
import { THROTTLE } from '@/cms/collections/Users/throttle'
import type { NewsroomMessages } from '@/cms/i18n/newsroom/en'
import { memoryAttemptCounter, redisAttemptCounter } from '@/lib/attemptCounter'
import { clientAddress } from '@/lib/clientAddress'

import { adminTexts, context, databaseKind, payloadSuite, unique } from '../helpers/payload'

/**
 * Staff accounts against hostile readers and careless staff, through Payload's REST handlers as
 * the server mounts them. The client address is the X-Forwarded-For entry our server appends
 * (scripts/server/response.mjs); each test uses addresses of its own, so counts never mix.
 */
const rest = { POST: REST_POST(configPromise), PATCH: REST_PATCH(configPromise) }
type Language = 'en' | 'ru' | 'tg'

interface Body {
  message?: string
  token?: string
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

const strong = { admin: 'quince-harbour-lantern-41', editor: 'walnut-meadow-copper-73' }

describe(`staff accounts (${databaseKind})`, () => {
  const suite = payloadSuite()
  const people = { admin: { id: '', email: '', token: '' }, editor: { id: '', email: '', token: '' } }
  let messages: Record<Language, NewsroomMessages>
  let cookieName = ''
  let addresses = 0
  /** A client address no other test uses. */
  const freshAddress = () => `198.51.100.${++addresses}`

  beforeAll(async () => {
    ;({ cookieName, messages } = await adminTexts())
    for (const role of ['admin', 'editor'] as const) {
      const email = `${role}-${unique('acct').split(' ')[1]}@example.org`
      const doc = suite.docs.add('users', await suite.payload.create({ collection: 'users', context, data: { email, password: strong[role], name: `Account ${role}`, role } }))
      const { token } = await suite.payload.login({ collection: 'users', data: { email, password: strong[role] } })
      people[role] = { id: String(doc.id), email, token: token ?? '' }
    }
  })

  /** A REST call from `address`, signed in as `as` when given, in `language`. */
  async function call(method: keyof typeof rest, path: string, body: object, { address = freshAddress(), as, language = 'en' }: { address?: string; as?: keyof typeof people; language?: Language } = {}) {
    const url = new URL(`http://localhost:3000/api/${path}`)
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Forwarded-For': address, Cookie: `${cookieName}=${language}` }
    if (as) headers.Authorization = `JWT ${people[as].token}`
    const response = await rest[method](new Request(url, { method, headers, body: JSON.stringify(body) }), {
      params: Promise.resolve({ slug: url.pathname.slice('/api/'.length).split('/') }),
    })
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: (await response.json()) as Body }
  }

  const login = (email: string, password: string, address: string, language: Language = 'en') => call('POST', 'users/login', { email, password }, { address, language })

  /** The message of a 400 answer on one field. */
  function fieldMessage(answer: { status: number; body: Body }, path: string): string | undefined {
    expect(answer.status).toBe(400)
    return answer.body.errors?.[0]?.data?.errors?.find((error) => error.path === path)?.message
  }

  it('answers an unknown e-mail address exactly as a wrong password, at login and at forgot-password', async () => {
    const wrong = await login(people.editor.email, 'not-the-password-at-all', freshAddress())
    const unknown = await login(`nobody-${Date.now()}@example.org`, 'not-the-password-at-all', freshAddress())
    expect(wrong.status).toBe(401)
    expect(unknown).toEqual(wrong)

    const forgotKnown = await call('POST', 'users/forgot-password', { email: people.editor.email })
    const forgotUnknown = await call('POST', 'users/forgot-password', { email: `nobody-${Date.now()}@example.org` })
    expect(forgotKnown.status).toBe(200)
    expect(forgotUnknown).toEqual(forgotKnown)
  })

  it('checks a password as Payload does, so an unknown address costs a login the same check', async () => {
    // The copy of Payload's hashing (Users/passwordHash.ts) must agree with a hash Payload wrote.
    const stored = await suite.payload.db.findOne<{ id: string; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: people.editor.id } } })
    expect(stored?.hash).toMatch(/^pbkdf2-sha256-v1:/)
    expect(await passwordMatches(stored, strong.editor)).toBe(true)
    expect(await passwordMatches(stored, `${strong.editor}x`)).toBe(false)
  })

  it('slows guessing per address and account, while the owner signs in from elsewhere', async () => {
    const attacker = freshAddress()
    for (let attempt = 1; attempt <= THROTTLE.perPair; attempt++) expect((await login(people.editor.email, `guess-${attempt}`, attacker)).status).toBe(401)
    const throttled = await login(people.editor.email, 'guess-again', attacker)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0)
    expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(THROTTLE.windowMs / 1000)
    expect(throttled.body.errors?.[0]).toMatchObject({ message: messages.en.accounts.tooManyAttempts.replace('{{minutes}}', '15'), data: { retryAfterSeconds: Number(throttled.retryAfter) } })
    // Even the right password waits: the answer must not tell a guess was right.
    expect((await login(people.editor.email, strong.editor, attacker)).status).toBe(429)
    // In the admin's language.
    for (const language of ['ru', 'tg'] as const) {
      expect((await login(people.editor.email, 'guess-again', attacker, language)).body.errors?.[0]?.message).toBe(messages[language].accounts.tooManyAttempts.replace('{{minutes}}', '15'))
    }

    // The owner, elsewhere, is not locked out; nor is another account from the attacker's address.
    expect((await login(people.editor.email, strong.editor, freshAddress())).status).toBe(200)
    expect((await login(people.admin.email, 'guess-admin', attacker)).status).toBe(401)
  })

  it('never locks an account: wrong passwords from many addresses leave its owner in', async () => {
    // Payload's own lockout (off here) would lock after a set number of failures from anywhere.
    for (let attempt = 1; attempt <= 12; attempt++) expect((await login(people.admin.email, `spray-${attempt}`, freshAddress())).status).toBe(401)
    expect((await login(people.admin.email, strong.admin, freshAddress())).status).toBe(200)
  })

  it('forgets an address’s failures on an account once it signs in', async () => {
    const office = freshAddress()
    for (let attempt = 1; attempt < THROTTLE.perPair; attempt++) expect((await login(people.admin.email, `typo-${attempt}`, office)).status).toBe(401)
    expect((await login(people.admin.email, strong.admin, office)).status).toBe(200)
    for (let attempt = 1; attempt <= THROTTLE.perPair; attempt++) expect((await login(people.admin.email, `typo-${attempt}`, office)).status).toBe(401)
  })

  it('slows guessing from one address over many accounts', { timeout: 180_000 }, async () => {
    const attacker = freshAddress()
    for (let attempt = 1; attempt <= THROTTLE.perAddress; attempt++) {
      // A different account each time: no pair reaches its own bound.
      expect((await login(`guess-${attempt}-${Date.now()}@example.org`, 'password-guess', attacker)).status).toBe(401)
    }
    const throttled = await login(people.admin.email, strong.admin, attacker)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0)
    expect((await login(people.admin.email, strong.admin, freshAddress())).status).toBe(200)
  })

  it('counts by the address our server appended, not one a client wrote', () => {
    const headers = (value: string) => new Headers({ 'X-Forwarded-For': value })
    // The client claims 203.0.113.9; our server appended the connection's 192.0.2.4.
    expect(clientAddress(headers('203.0.113.9, 192.0.2.4'), 0)).toBe('192.0.2.4')
    // Behind one proxy of ours (nginx appends the client, our server the proxy).
    expect(clientAddress(headers('203.0.113.9, 192.0.2.4, 10.0.0.2'), 1)).toBe('192.0.2.4')
    // One counter for an IPv6 /64, and IPv4 however it is written.
    expect(clientAddress(headers('2001:db8:1:2:aaaa::1'), 0)).toBe(clientAddress(headers('2001:db8:1:2:bbbb::7'), 0))
    expect(clientAddress(headers('::ffff:192.0.2.4'), 0)).toBe('192.0.2.4')
    expect(clientAddress(new Headers(), 0)).toBeNull()
  })

  it('lets only administrators unlock', async () => {
    const byEditor = await call('POST', 'users/unlock', { email: people.admin.email }, { as: 'editor' })
    expect(byEditor.status).toBe(403)
    const byAdmin = await call('POST', 'users/unlock', { email: people.editor.email }, { as: 'admin' })
    expect(byAdmin.status).toBe(200)
  })

  for (const language of ['en', 'ru', 'tg'] as const) {
    it(`refuses weak passwords in ${language}, on create, update and reset, saying why`, async () => {
      const texts = messages[language].accounts
      const weak = (reason: keyof NewsroomMessages['accounts']) => texts.weakPassword.replace('{{reason}}', texts[reason])
      const stamp = unique('weak').split(' ')[1]

      const created = await call('POST', 'users', { email: `weak-${stamp}@example.org`, password: 'abc', name: 'Weak', role: 'contributor' }, { as: 'admin', language })
      expect(fieldMessage(created, 'password')).toBe(weak('weakPattern'))
      // One's own name or address is no password.
      const personal = await call('POST', 'users', { email: `zarina.davlatova-${stamp}@example.org`, password: 'zarinadavlatova', name: 'Zarina Davlatova', role: 'contributor' }, { as: 'admin', language })
      expect(fieldMessage(personal, 'password')).toBe(weak('weakPersonal'))

      const updated = await call('PATCH', `users/${people.editor.id}`, { password: 'password123', currentPassword: strong.editor }, { as: 'editor', language })
      expect(fieldMessage(updated, 'password')).toBe(weak('weakCommon'))

      const token = await suite.payload.forgotPassword({ collection: 'users', data: { email: people.editor.email }, disableEmail: true })
      const reset = await call('POST', 'users/reset-password', { token, password: 'qwerty' }, { language })
      expect(fieldMessage(reset, 'password')).toBe(weak('weakCommon'))
      // The link still works with a strong password (the editor's own again, to keep the suite's).
      expect((await call('POST', 'users/reset-password', { token, password: strong.editor }, { language })).status).toBe(200)
      people.editor.token = (await suite.payload.login({ collection: 'users', data: { email: people.editor.email, password: strong.editor } })).token ?? ''

      if (language !== 'en') expect(texts.weakPassword).not.toBe(messages.en.accounts.weakPassword)
    })
  }

  it('needs the current password to change one’s e-mail address or password', async () => {
    const texts = messages.tg.accounts
    const patch = (body: object, as: keyof typeof people = 'editor') => call('PATCH', `users/${people.editor.id}`, body, { as, language: 'tg' })
    const newPassword = 'saffron-bridge-orchard-58'

    expect(fieldMessage(await patch({ password: newPassword }), 'currentPassword')).toBe(texts.currentPasswordRequired)
    expect(fieldMessage(await patch({ password: newPassword, currentPassword: 'a-wrong-guess-here' }), 'currentPassword')).toBe(texts.currentPasswordWrong)
    expect(fieldMessage(await patch({ email: `moved-${people.editor.email}` }), 'currentPassword')).toBe(texts.currentPasswordRequired)
    // Other fields, and the same address however it is written, need nothing.
    expect((await patch({ name: 'Account editor renamed', email: people.editor.email.toUpperCase() })).status).toBe(200)

    expect((await patch({ password: newPassword, currentPassword: strong.editor })).status).toBe(200)
    expect((await login(people.editor.email, newPassword, freshAddress())).status).toBe(200)

    // An administrator changing someone else's account gives their own current password.
    expect(fieldMessage(await patch({ password: strong.editor }, 'admin'), 'currentPassword')).toBe(texts.currentPasswordRequired)
    expect(fieldMessage(await patch({ password: strong.editor, currentPassword: newPassword }, 'admin'), 'currentPassword')).toBe(texts.currentPasswordWrong)
    expect((await patch({ password: strong.editor, currentPassword: strong.admin }, 'admin')).status).toBe(200)
    expect((await login(people.editor.email, strong.editor, freshAddress())).status).toBe(200)

    // The current password is never stored nor returned.
    const read = await suite.payload.findByID({ collection: 'users', id: people.editor.id, overrideAccess: true })
    expect(JSON.stringify(read)).not.toContain(strong.admin)
  })
})

/**
 * The throttle's counters, in this process and in Redis (a Redis of our own, scripts/redis.sh),
 * where two server instances count together.
 */
const redisPort = process.env.ACCOUNTS_TEST_REDIS_PORT ?? '6392'

describe('login attempt counters', () => {
  it('in memory: count within a window, take back, forget, start afresh, and hold a bounded number of keys', async () => {
    const counter = memoryAttemptCounter(3)
    expect(await counter.hit('a', 60_000)).toMatchObject({ count: 1 })
    expect((await counter.hit('a', 60_000)).count).toBe(2)
    await counter.undo('a')
    expect((await counter.hit('a', 60_000)).count).toBe(2)
    await counter.clear('a')
    expect((await counter.hit('a', 60_000)).count).toBe(1)
    expect((await counter.hit('short', 30)).count).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect((await counter.hit('short', 30)).count).toBe(1)
    // Bound: three keys; the least recently used goes.
    for (const key of ['b', 'c', 'd']) await counter.hit(key, 60_000)
    expect((await counter.hit('a', 60_000)).count).toBe(1)
  })

  describe('in Redis', () => {
    const url = `redis://127.0.0.1:${redisPort}`
    const redis = (script: 'start' | 'stop') => execFileSync('bash', ['scripts/redis.sh', script], { env: { ...process.env, REDIS_PORT: redisPort }, stdio: 'ignore' })
    beforeAll(() => redis('start'))
    afterAll(() => redis('stop'))

    it('two instances count together, and a window closes on time', async () => {
      const database = `accounts-test-${Date.now()}`
      const [one, two] = [redisAttemptCounter(url, database, memoryAttemptCounter()), redisAttemptCounter(url, database, memoryAttemptCounter())]
      try {
        expect((await one.hit('address:192.0.2.1', 60_000)).count).toBe(1)
        const second = await two.hit('address:192.0.2.1', 60_000)
        expect(second.count).toBe(2)
        expect(second.resetInMs).toBeGreaterThan(50_000)
        await one.undo('address:192.0.2.1')
        expect((await two.hit('address:192.0.2.1', 60_000)).count).toBe(2)
        await two.clear('address:192.0.2.1')
        expect((await one.hit('address:192.0.2.1', 60_000)).count).toBe(1)
        // Another site on the same Redis counts apart.
        const other = redisAttemptCounter(url, `${database}-other`, memoryAttemptCounter())
        expect((await other.hit('address:192.0.2.1', 60_000)).count).toBe(1)
        await other.close()
        expect((await one.hit('short', 50)).count).toBe(1)
        await new Promise((resolve) => setTimeout(resolve, 120))
        expect((await two.hit('short', 50)).count).toBe(1)
      } finally {
        await Promise.all([one.close(), two.close()])
      }
    })
  })
})
