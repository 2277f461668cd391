// Run after `npm install` changes package-lock.json: `node scripts/fix-lockfile.mjs`.
// The npm registry this project is built against does not serve every platform's prebuilt
// binary (macOS and Windows builds of @next/swc and @swc/core answer 404), so npm leaves them
// out of the lock file, and `npm ci` then refuses the lock as out of sync. This adds each
// missing optional platform package as an optional entry with its version; `npm ci` then
// accepts the lock and skips packages it cannot fetch, as it does for any optional dependency.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const added = []
for (const [location, meta] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue
    lock.packages[`node_modules/${name}`] = { version, optional: true }
    added.push(`${name}@${version}`)
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(added.length ? `Added ${added.length} optional platform entries: ${added.join(', ')}` : 'Lock file complete.')
