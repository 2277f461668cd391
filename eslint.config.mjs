import tseslint from 'typescript-eslint'

const cms = { group: ['@/cms/*', '**/cms/*'], message: 'Only payload.config.ts composes src/cms; the public site reads Payload through src/data.' }
const payloadConfig = { group: ['@payload-config'], message: 'Only src/data reads Payload.' }
const anyData = { group: ['@/data/*'], message: 'This layer is below src/data.' }
const dataGetters = {
  group: ['@/data/*', '!@/data/views'],
  message: 'Components and serialisers get view models (src/data/views); only pages and endpoints call the getters.',
}
const app = { group: ['@/app/*'], message: 'Nothing imports a route: move shared code into a module.' }
const components = { group: ['@/components/*'], message: 'Only pages render components.' }
const feeds = { group: ['@/feeds/*'], message: 'Only pages and routes use src/feeds.' }
const endpoints = { group: ['@/feeds/endpoints/*', './endpoints/*'], message: 'The pure serialisers never call endpoints.' }

/** One `no-restricted-imports` entry per layer: flat config replaces, not merges, a rule's options. */
function importDirection(layers) {
  return layers.map(({ files, forbid, getPayload }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbid,
          paths: getPayload ? [{ name: 'payload', importNames: ['getPayload'], message: 'Use the getters in src/data.' }] : [],
        },
      ],
    },
  }))
}

/** Any `*.client` module (a client component), except the one named. */
const clientComponents = (allowed = '') => ({
  regex: `${allowed ? `(?<!/${allowed})` : ''}\\.client(?:\\.[cm]?[jt]sx?)?$`,
  message: 'Public pages ship no JavaScript, so a client component would do nothing there (scripts/server.mjs).',
})

/** Strict TypeScript rules plus the import direction of CONVENTIONS.md. */
export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-e2e/**',
      'src/payload-types.ts',
      'src/app/(payload)/**',
      'src/cms/migrations/**',
      'tools/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      '.tmp/**',
      'data/**',
      'media/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The import direction of CONVENTIONS.md (point 4), one entry per layer. Public pages ship no
  // JavaScript (scripts/server.mjs removes Next's scripts, in `npm run dev` too), so a client
  // component there would silently do nothing: only the staff preview's live preview is allowed.
  ...importDirection([
    { files: ['src/app/**'], forbid: [cms, payloadConfig], getPayload: true },
    { files: ['src/app/(frontend)/**'], forbid: [cms, payloadConfig, clientComponents()], getPayload: true },
    { files: ['src/components/**'], forbid: [cms, payloadConfig, dataGetters, app, clientComponents()], getPayload: true },
    { files: ['src/components/layout/PreviewBar.tsx'], forbid: [cms, payloadConfig, dataGetters, app, clientComponents('LivePreview')], getPayload: true },
    { files: ['src/data/**'], forbid: [cms, app, components, feeds] },
    { files: ['src/feeds/*.ts'], forbid: [cms, payloadConfig, dataGetters, app, components, endpoints] },
    { files: ['src/feeds/endpoints/**'], forbid: [cms, payloadConfig, app, components] },
    { files: ['src/lib/**', 'src/i18n/**'], forbid: [cms, payloadConfig, anyData, app, components, feeds] },
    // ...except the cache tags, which the revalidation hooks expire (CONVENTIONS.md, point 12), and
    // the search index, which the search hooks, the seed and `npm run reindex` write.
    { files: ['src/cms/**'], forbid: [app, components, { ...anyData, group: ['@/data/*', '!@/data/cacheTags', '!@/data/searchIndex'] }, feeds] },
  ]),
)
