// Runs Payload's own command line (`payload migrate`, `payload run src/cms/seed/run.ts`, any other
// `payload` command) with the Node flag the CMS needs. `npm run seed`, `npm run migrate`,
// `npm run payload -- <command>` and scripts/lib.mjs come through here.
//
// Why a flag: Lexical's Node entry points (`lexical/dist/Lexical.node.mjs` and its siblings,
// loaded through @payloadcms/richtext-lexical) choose their development or production build with
// a top-level `await import()`. On Node 20 (V8 11.3), a module graph holding a dozen such modules
// sometimes never finishes evaluating: every Lexical module is done, yet a module importing two of
// them (richtext-lexical's AutoLinkNode.js) is never run, nothing is left on the event loop, and
// Node ends the process before our code starts: exit code 13 under a plain script, 0 under the
// Payload CLI, no output either way. Naming the build as an export condition lets Node resolve
// `lexical` to `Lexical.prod.mjs` or `Lexical.dev.mjs` directly, so no module in the graph awaits
// at top level and the race cannot happen. It chooses as Lexical itself would (by NODE_ENV).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const payloadBin = path.join(root, 'node_modules/payload/bin.js')

/** Our tasks by name; anything else goes to the Payload CLI as it is. */
const TASKS = {
  migrate: ['migrate'],
  seed: ['run', 'src/cms/seed/run.ts'],
  reindex: ['run', 'src/cms/seed/reindex.ts'],
  'import:wordpress': ['run', 'src/cms/import/wordpress/run.ts'],
  // `--` keeps their own flags (restore's --replace) from the Payload CLI's argument parser.
  backup: ['run', 'src/cms/backup/runBackup.ts', '--'],
  restore: ['run', 'src/cms/backup/runRestore.ts', '--'],
}

/** Node's arguments for a Payload CLI command, with the export condition that avoids the race. */
export function payloadArgs(args, env = process.env) {
  const condition = env.NODE_ENV === 'production' ? 'production' : 'development'
  return [`--conditions=${condition}`, payloadBin, ...args]
}

/** Runs a task (`migrate`, `seed`, `reindex`, `backup`, `restore`) or Payload CLI command; rejects when it exits non-zero. */
export function cms(task, env = process.env, extra = []) {
  const args = [...(TASKS[task] ?? [task]), ...extra]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, payloadArgs(args, env), { cwd: root, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`"payload ${args.join(' ')}" failed (${signal ?? `exit code ${code}`})`), { exitCode: code ?? 1 })),
    )
  })
}

// `node scripts/cms.mjs seed` from the command line (npm run seed / migrate / payload).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, ...extra] = process.argv.slice(2)
  if (!task) {
    console.error('Usage: node scripts/cms.mjs migrate | seed | <payload command>')
    process.exit(2)
  }
  try {
    await cms(task, process.env, extra)
  } catch (error) {
    // A command that exited has said why on stderr; only a signal or a failed spawn needs words.
    if (!error.exitCode) console.error(error.message)
    process.exit(error.exitCode ?? 1)
  }
}
