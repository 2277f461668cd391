/**
 * A stream of publications that never ends, for the crash test (tests/int/crash.int.spec.ts),
 * which kills this process with SIGKILL in the middle of it. Run with Payload's CLI on the test
 * database: `payload run tests/helpers/publishStream.ts <id> <id> …`. Re-publishes each item's
 * English text with a new title, round after round, and prints `published <id> <round>` once
 * each publication has been saved; the Russian and Tajik texts are never touched.
 * On SQLite it also prints `write` as each writing statement is sent (in a transaction or not),
 * so the test can kill it between two writes of one publication, where a crash does harm.
 */
import config from '@payload-config'
import type { Client, InArgs, InStatement, Transaction, TransactionMode } from '@libsql/client'
import { getPayload } from 'payload'

import { revised, revisionOf } from './crashTitle'

const ids = process.argv.slice(2)
const payload = await getPayload({ config })

type Executes = Pick<Client | Transaction, 'execute' | 'batch'>
/** Prints `write` before each INSERT, UPDATE or DELETE the client (or a transaction of it) sends. */
function announceWrites<T extends Executes>(target: T): T {
  const isWrite = (stmt: InStatement) => /^\s*(insert|update|delete)/i.test(typeof stmt === 'string' ? stmt : stmt.sql)
  const execute = target.execute.bind(target) as (stmt: InStatement, args?: InArgs) => ReturnType<T['execute']>
  const batch = target.batch.bind(target) as (stmts: InStatement[], mode?: never) => ReturnType<T['batch']>
  Object.assign(target, {
    execute: (stmt: InStatement, args?: InArgs) => (isWrite(stmt) && console.log('write'), execute(stmt, args)),
    batch: (stmts: InStatement[], mode?: never) => (stmts.some(isWrite) && console.log('write'), batch(stmts, mode)),
  })
  return target
}
if (payload.db.name === 'sqlite') {
  const client = announceWrites((payload.db as unknown as { client: Client }).client)
  const transaction = client.transaction.bind(client)
  client.transaction = (async (mode?: TransactionMode) => announceWrites(await transaction(mode))) as Client['transaction']
}

const titles = new Map<string, string>()
for (const id of ids) titles.set(id, (await payload.findByID({ collection: 'news', id, locale: 'en', depth: 0 })).title)
console.log('ready')
for (let round = Math.max(...[...titles.values()].map(revisionOf)) + 1; ; round++) {
  for (const id of ids) {
    await payload.update({ collection: 'news', id, locale: 'en', data: { title: revised(titles.get(id) ?? '', round), _status: 'published' }, context: { disableRevalidate: true } })
    console.log(`published ${id} ${round}`)
  }
}
