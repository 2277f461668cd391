// `npm run demo`: build, seed (Payload applies the migrations first) and start the site on the
// embedded database.
import { demoEnv, nextBin, run, seed, startServer } from './lib.mjs'

const env = demoEnv()
const started = Date.now()
try {
  if (process.env.DEMO_SKIP_BUILD !== '1') await run(process.execPath, [nextBin, 'build'], env)
  await seed(env)
} catch (error) {
  console.error(`\nThe demo could not start: ${error.message}`)
  process.exit(1)
}
console.log(`
  Newsroom is ready (set up in ${Math.round((Date.now() - started) / 1000)} s).
    Site:   ${env.SITE_URL}/  (it picks the reader's language)
    Admin:  ${env.SITE_URL}/admin
    Login:  ${env.SEED_ADMIN_EMAIL} / ${env.SEED_ADMIN_PASSWORD}
  Stop with Ctrl+C.
`)
startServer(env)
