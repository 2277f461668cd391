import type { Payload, Where } from 'payload'

import { rebuildSearchIndex } from '@/data/searchIndex'

import { rebuildListings } from '../hooks/listings'
import { locales, type Locale } from '@/i18n/locales'
import { DEMO_ADMIN, type Env } from '@/lib/env'
import { slugify } from '@/lib/slugify'

import { contacts, news, projects, regions, site } from './content'
import type { Localized } from './content/types'
import { ornamentImage } from './images'
import { paragraphsToLexical } from './lexical'

/**
 * Seeds and tests never revalidate pages: there is no Next server around them. The search index
 * is written once at the end instead of after every save.
 */
const context = { disableRevalidate: true, skipSearchIndex: true, skipListings: true }

export interface SeedOptions {
  adminEmail: string
  adminPassword: string
  adminName?: string
  log?: (message: string) => void
}

export interface SeedSummary {
  regions: number
  contacts: number
  projects: number
  news: number
  media: number
  adminCreated: boolean
}

/** Thrown when seeding would put a publicly known login on a production database. */
export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeedRefusedError'
  }
}

/**
 * The administrator `npm run seed` creates. Outside production the demo login is the default;
 * in production both SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD must be given (`npm run demo` gives
 * them), because the demo password is printed in the README and on every demo start.
 */
export function seedAdmin(env: Pick<Env, 'isProduction' | 'seedAdmin'>): { email: string; password: string } {
  if (env.isProduction && !env.seedAdmin.given) {
    throw new SeedRefusedError(
      `Not seeding: this is a production database (NODE_ENV=production) and the demo administrator's password "${DEMO_ADMIN.password}" is public; set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD.`,
    )
  }
  return { email: env.seedAdmin.email, password: env.seedAdmin.password }
}

type Collection = 'news' | 'projects' | 'regions' | 'contacts' | 'media'

/** The languages a localized seed value has, English first (English creates the document). */
function languagesOf(value: Localized<unknown>): Locale[] {
  return locales.filter((locale) => value[locale] !== undefined)
}

/**
 * Creates or updates one document: found by `where` (evaluated in English), written in English,
 * then once per further language with that language's fields. Returns the document's id.
 */
async function upsert(
  payload: Payload,
  collection: Collection,
  where: Where,
  shared: Record<string, unknown>,
  perLocale: Partial<Record<Locale, Record<string, unknown>>>,
  file?: { data: Buffer; name: string; mimetype: string },
): Promise<string> {
  const found = await payload.find({ collection, where, locale: 'en', limit: 1, depth: 0, pagination: false, overrideAccess: true })
  const existing = found.docs[0] as { id: string } | undefined
  const english = { ...shared, ...perLocale.en }
  const doc = existing
    ? await payload.update({ collection, id: existing.id, data: english, locale: 'en', context, overrideAccess: true })
    : await payload.create({ collection, data: english as never, locale: 'en', context, overrideAccess: true, file: file ? { ...file, size: file.data.length } : undefined })
  const id = String((doc as { id: string | number }).id)
  for (const locale of locales) {
    if (locale === 'en' || !perLocale[locale]) continue
    // Drafted collections: each language's update is published too, not left as a draft.
    const data = '_status' in shared ? { ...perLocale[locale], _status: shared._status } : perLocale[locale]
    await payload.update({ collection, id, data: data as never, locale, context, overrideAccess: true })
  }
  return id
}

/** Builds per-locale field values from several localized seed fields at once. */
function byLocale(fields: Record<string, Localized<unknown> | undefined>, transform?: Record<string, (value: never) => unknown>) {
  const result: Partial<Record<Locale, Record<string, unknown>>> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (!value) continue
    for (const locale of languagesOf(value)) {
      const raw = value[locale]
      result[locale] = { ...result[locale], [name]: transform?.[name] ? transform[name](raw as never) : raw }
    }
  }
  return result
}

const richText = { body: paragraphsToLexical, intro: paragraphsToLexical }

const altText: Record<Locale, (title: string) => string> = {
  en: (title) => `Ornamental illustration for “${title}”`,
  ru: (title) => `Орнаментальная иллюстрация к материалу «${title}»`,
  tg: (title) => `Тасвири ороишӣ барои «${title}»`,
}

/** An ornamental cover for `key`, with alt text in each language the titled document has. */
async function cover(payload: Payload, key: string, title: Localized): Promise<string> {
  const alt: Localized = { en: altText.en(title.en) }
  if (title.ru) alt.ru = altText.ru(title.ru)
  if (title.tg) alt.tg = altText.tg(title.tg)
  const data = await ornamentImage(key)
  return upsert(
    payload,
    'media',
    { filename: { in: [`${key}.jpg`, `${key}.webp`] } },
    { credit: 'ASTI' },
    byLocale({ alt }),
    { data, name: `${key}.jpg`, mimetype: 'image/jpeg' },
  )
}

/** Seeds the demo content; safe to run again (documents are matched and updated, not duplicated). */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  let media = 0

  const existingAdmin = await payload.find({ collection: 'users', where: { email: { equals: options.adminEmail } }, limit: 1, depth: 0, overrideAccess: true })
  if (existingAdmin.docs.length === 0) {
    await payload.create({
      collection: 'users',
      data: { email: options.adminEmail, password: options.adminPassword, name: options.adminName ?? 'Demo administrator', role: 'admin' },
      overrideAccess: true,
      context,
    })
  }

  const regionIds = new Map<string, string>()
  for (const region of regions) {
    const coverId = await cover(payload, `region-${region.key}`, region.name)
    media++
    const id = await upsert(
      payload,
      'regions',
      { slug: { equals: slugify(region.name.en) } },
      { kind: region.kind, latitude: region.latitude, longitude: region.longitude, order: region.order, cover: coverId },
      byLocale({ name: region.name, intro: region.intro }, richText),
    )
    regionIds.set(region.key, id)
  }
  for (const region of regions) {
    if (!region.parent) continue
    await payload.update({ collection: 'regions', id: regionIds.get(region.key)!, data: { parent: regionIds.get(region.parent) }, context, overrideAccess: true })
  }
  const regionRefs = (keys: string[]) => keys.map((key) => regionIds.get(key)).filter((id): id is string => Boolean(id))
  log(`Seeded ${regions.length} regions`)

  const contactIds = new Map<string, string>()
  for (const contact of contacts) {
    const id = await upsert(
      payload,
      'contacts',
      { name: { equals: contact.name.en } },
      {
        kind: contact.kind,
        phones: contact.phones.map((number) => ({ number })),
        emails: contact.emails.map((address) => ({ address })),
        website: contact.website ? (contact.website.startsWith('http') ? contact.website : `https://${contact.website}`) : undefined,
        regions: regionRefs(contact.regions),
      },
      byLocale({ name: contact.name, description: contact.description, address: contact.address }),
    )
    contactIds.set(contact.key, id)
  }
  const contactRefs = (keys: string[]) => keys.map((key) => contactIds.get(key)).filter((id): id is string => Boolean(id))
  log(`Seeded ${contacts.length} contacts`)

  const projectIds = new Map<string, string>()
  for (const project of projects) {
    const coverId = await cover(payload, `project-${project.key}`, project.title)
    media++
    const id = await upsert(
      payload,
      'projects',
      { slug: { equals: slugify(project.title.en) } },
      {
        _status: 'published',
        status: project.status,
        startDate: project.startDate,
        endDate: project.endDate,
        donors: contactRefs(project.donors),
        partners: contactRefs(project.partners),
        regions: regionRefs(project.regions),
        cover: coverId,
      },
      byLocale({ title: project.title, summary: project.summary, body: project.body }, richText),
    )
    projectIds.set(project.key, id)
  }
  log(`Seeded ${projects.length} projects`)

  for (const item of news) {
    const coverId = await cover(payload, `news-${item.key}`, item.title)
    media++
    await upsert(
      payload,
      'news',
      { slug: { equals: slugify(item.title.en) } },
      {
        _status: 'published',
        publishedAt: new Date(`${item.publishedAt}T09:00:00+05:00`).toISOString(),
        regions: regionRefs(item.regions),
        project: item.project ? projectIds.get(item.project) : undefined,
        topics: item.topics,
        cover: coverId,
      },
      byLocale({ title: item.title, summary: item.summary, body: item.body, author: item.author }, richText),
    )
  }
  log(`Seeded ${news.length} news items`)

  const footer = contacts.filter((contact) => contact.kind === 'office').slice(0, 1) // the head office
  const siteFields = byLocale({ name: site.name, tagline: site.tagline, about: site.about }, { about: paragraphsToLexical })
  for (const locale of languagesOf(site.name)) {
    await payload.updateGlobal({
      slug: 'site',
      locale,
      data: {
        ...siteFields[locale],
        ...(locale === 'en'
          ? {
              shortName: 'ASTI',
              navigation: (['news', 'projects', 'regions', 'contacts'] as const).map((target) => ({ target })),
              footerContacts: contactRefs(footer.map((contact) => contact.key)),
            }
          : {}),
      },
      context,
      overrideAccess: true,
    })
  }
  log('Seeded the Site settings')

  const listed = await rebuildListings(payload)
  log(`Listed ${listed} news items`)
  const indexed = await rebuildSearchIndex(payload)
  log(`Indexed for search: ${Object.entries(indexed).map(([locale, count]) => `${count} in ${locale}`).join(', ')}`)

  return { regions: regions.length, contacts: contacts.length, projects: projects.length, news: news.length, media, adminCreated: existingAdmin.docs.length === 0 }
}
