import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

/**
 * Integration tests on Payload's Local API. The database comes from DATABASE_URI, which
 * scripts/test.sh sets once for SQLite and once for MongoDB-wire (FerretDB).
 */
export default defineConfig({
  // Vite 8 resolves the tsconfig `paths` (@/*, @payload-config) itself.
  resolve: {
    tsconfigPaths: true,
    // One `graphql` for our code and Payload's: Vite would pick its ES build (index.mjs) for our
    // imports while Payload, loaded by Node, gets index.js, and GraphQL refuses types of the other
    // copy. Next loads it once by Node too (withPayload makes it a server-external package).
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts'],
    // One Payload instance and one database per run: files share it, so run them one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // Through Vite, so that vi.resetModules gives each test a fresh one: the library keeps the
        // store it was first given in a static field, and the cache handler's tests build one
        // handler in memory and another in Redis (tests/int/cacheHandler.int.spec.ts).
        inline: ['@fortedigital/nextjs-cache-handler'],
      },
    },
  },
})
