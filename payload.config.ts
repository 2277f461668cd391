import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Contacts } from '@/cms/collections/Contacts'
import { mediaCollection } from '@/cms/collections/Media'
import { News } from '@/cms/collections/News'
import { Projects } from '@/cms/collections/Projects'
import { Redirects } from '@/cms/collections/Redirects'
import { Regions } from '@/cms/collections/Regions'
import { usersCollection } from '@/cms/collections/Users'
import { databaseAdapter } from '@/cms/database'
import { Site } from '@/cms/globals/Site'
import { defaultLocale, localeInfo, locales } from '@/i18n/locales'
import { readEnv } from '@/lib/env'

// The project root: scripts and the server run there, and this file is bundled (so no import.meta).
const dirname = process.cwd()
const env = readEnv()

export default buildConfig({
  secret: env.payloadSecret,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  collections: [News, Projects, Regions, Contacts, mediaCollection(path.resolve(env.mediaDir)), usersCollection(env.isProduction), Redirects],
  globals: [Site],
  localization: {
    locales: locales.map((code) => ({ code, label: localeInfo[code].label })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { en, ru },
    fallbackLanguage: 'en',
  },
  admin: {
    user: 'users',
    // Gravatar is an outside request; staff machines may be offline and readers' privacy matters.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Newsroom' },
  },
  // Cookie-authenticated requests are accepted only from our own origin.
  csrf: [env.siteUrl],
  cors: [env.siteUrl],
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
