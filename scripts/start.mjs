// `npm start`: serve the production build. Needs PAYLOAD_SECRET. The server starts Payload before
// it takes requests (src/instrumentation.ts): Payload applies the committed SQLite migrations
// itself (prodMigrations), and a configuration or database problem stops the start with one line.
import { distDir, productionEnv, startServer } from './lib.mjs'
import { existsSync } from 'node:fs'
import path from 'node:path'

const env = productionEnv()
if (!existsSync(path.join(distDir(env), 'BUILD_ID'))) {
  console.error('Not starting: no production build found; run `npm run build` first.')
  process.exit(1)
}
startServer(env)
