import tseslint from 'typescript-eslint'

/** What pages and components never import (CONVENTIONS.md, point 4). */
const frontendPatterns = [
  { group: ['@/cms/*', '**/cms/*'], message: 'The frontend never imports src/cms; go through src/data.' },
  { group: ['@payload-config'], message: 'Pages and components read Payload only through src/data.' },
]
const frontendPaths = [{ name: 'payload', importNames: ['getPayload'], message: 'Use the getters in src/data.' }]

/** Any `*.client` module (a client component), except the one named. */
const clientComponents = (allowed = '') => ({
  regex: `${allowed ? `(?<!/${allowed})` : ''}\\.client(?:\\.[cm]?[jt]sx?)?$`,
  message: 'Public pages ship no JavaScript, so a client component would do nothing there (scripts/server.mjs).',
})

/** Strict TypeScript rules plus the import direction of CONVENTIONS.md (app never imports cms). */
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
  {
    // The public site reaches Payload only through src/data; only payload.config.ts composes src/cms.
    files: ['src/app/**', 'src/components/**', 'src/data/**', 'src/feeds/**', 'src/lib/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/cms/*', '**/cms/*'], message: 'The frontend never imports src/cms; go through src/data.' }] },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frontendPatterns, paths: frontendPaths }],
    },
  },
  {
    // Public pages ship no JavaScript (scripts/server.mjs removes Next's scripts, in `npm run dev`
    // too), so a client component there would silently do nothing.
    files: ['src/app/(frontend)/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...frontendPatterns, clientComponents()], paths: frontendPaths }],
    },
  },
  {
    // ...except the live preview, which runs for staff in a draft preview only (the page then keeps its scripts).
    files: ['src/components/layout/PreviewBar.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...frontendPatterns, clientComponents('LivePreview')], paths: frontendPaths }],
    },
  },
  {
    files: ['src/cms/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        // ...except the cache tags, which the revalidation hooks expire (CONVENTIONS.md, point 12).
        { patterns: [{ group: ['@/app/*', '@/components/*', '@/data/*', '!@/data/cacheTags'], message: 'src/cms depends only on lib and i18n.' }] },
      ],
    },
  },
)
