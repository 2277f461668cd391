import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Contacts } from '@/cms/collections/Contacts'
import { mediaCollection } from '@/cms/collections/Media'
import { Listings } from '@/cms/collections/Listings'
import { News } from '@/cms/collections/News'
import { Projects } from '@/cms/collections/Projects'
import { Redirects } from '@/cms/collections/Redirects'
import { Regions } from '@/cms/collections/Regions'
import { usersCollection } from '@/cms/collections/Users'
import { isStaff } from '@/cms/access/isStaff'
import { translationsViewPath } from '@/cms/components/TranslationOverview/overview'
import { databaseAdapter } from '@/cms/database'
import { siteRefreshEndpoint } from '@/cms/endpoints/siteRefresh'
import { apiBounds } from '@/cms/plugins/apiBounds'
import { seo } from '@/cms/plugins/seo'
import { mediaStorage, mediaStore } from '@/cms/storage'
import { Site } from '@/cms/globals/Site'
import { tg } from '@/cms/i18n/tg'
import { adminTranslations } from '@/cms/i18n/translations'
import { defaultLocale, localeInfo, locales } from '@/i18n/locales'
import { ensureListings } from '@/cms/hooks/listings'
import { badQueriesAre400 } from '@/cms/hooks/queryErrors'
import { readEnv } from '@/lib/env'
import { adminRoute, apiRoute } from '@/lib/routes'
import { isJobRunner } from '@/lib/jobsSecret'

// The project root: scripts and the server run there, and this file is bundled (so no import.meta).
const dirname = process.cwd()
const env = readEnv()

export default buildConfig({
  secret: env.payloadSecret,
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  // Per-language publishing: English today, Tajik next week (tests/int/publishing.int.spec.ts
  // prove it on SQLite and MongoDB-wire).
  experimental: { localizeStatus: true },
  collections: [News, Projects, Regions, Contacts, mediaCollection(mediaStore(env)), usersCollection(env), Redirects, Listings],
  globals: [Site],
  // Lists read the news listing index: a database without one gets it built (hooks/listings.ts).
  onInit: ensureListings,
  // Media on S3 when S3_BUCKET is set (src/cms/storage.ts). apiBounds last: it bounds the API
  // reads of every collection, the plugins' too.
  plugins: [seo, ...mediaStorage(env), apiBounds],
  // A REST query Payload accepts but the database cannot run is the reader's fault: 400, not 500.
  hooks: { afterError: [badQueriesAre400] },
  localization: {
    locales: locales.map((code) => ({ code, label: localeInfo[code].adminLabel })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    // Tajik is ours (src/cms/i18n/tg.ts): Payload ships English and Russian but no Tajik.
    // Payload's types list only the languages it ships; at run time any key works (the admin's
    // language cookie is checked against these keys).
    supportedLanguages: { en, ru, tg } as unknown as { en: typeof en; ru: typeof ru },
    fallbackLanguage: 'en',
    // Our own texts (namespace `newsroom`) in en, ru and tg, and the editor's Tajik; read with
    // `req.t` / `useTranslation()` (src/cms/i18n/translations.ts).
    translations: adminTranslations,
  },
  // Where the admin and the API live: lib/routes.ts names them for robots.txt and links too.
  routes: { admin: adminRoute, api: apiRoute },
  admin: {
    user: 'users',
    // Gravatar is an outside request; staff machines may be offline and readers' privacy matters.
    avatar: 'default',
    // Numbers only, the same in every admin language (date-fns has no Tajik month names).
    dateFormat: 'dd.MM.yyyy HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Newsroom' },
    components: {
      afterNavLinks: ['@/cms/components/TranslationOverview/NavLink#TranslationsNavLink'],
      // A stopped or failing scheduler, read from the database: in full on the dashboard, as one
      // line above every other admin page.
      beforeDashboard: ['@/cms/components/SchedulerStatus#SchedulerWarning'],
      header: ['@/cms/components/SchedulerStatus#SchedulerBanner'],
      views: {
        translations: { Component: '@/cms/components/TranslationOverview#TranslationOverview', path: translationsViewPath },
      },
    },
  },
  // Cookie-authenticated requests are accepted only from our own origin.
  csrf: [env.siteUrl],
  cors: [env.siteUrl],
  // Uploads above this size are refused with 413 before they reach the disk.
  upload: { limits: { fileSize: env.maxUploadBytes } },
  // Scheduled publishing runs on Payload's job queue; the server runs due jobs every 10 seconds
  // by calling its own run endpoint (src/instrumentation.ts), or staff may trigger a run.
  jobs: {
    access: { run: ({ req }) => isStaff({ req }) || isJobRunner(req.headers.get('authorization'), env.payloadSecret) },
  },
  // A command-line task that changed the database (seed, import, restore) refreshes the running site.
  endpoints: [siteRefreshEndpoint(env.payloadSecret)],
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
