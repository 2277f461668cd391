// `npm start`: apply migrations, then serve the production build. Needs PAYLOAD_SECRET.
import { distDir, migrate, startServer } from './lib.mjs'
import { existsSync } from 'node:fs'
import path from 'node:path'

const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
env.PORT ||= '3000'
if (!existsSync(path.join(distDir(env), 'BUILD_ID'))) {
  console.error('No production build found: run `npm run build` first.')
  process.exit(1)
}
try {
  await migrate(env)
} catch (error) {
  console.error(`\nNot starting: ${error.message}`)
  process.exit(1)
}

startServer(env)
