import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The listing index's rows carry slugs and dates. Rows written before are left empty here: the
// next start rebuilds the index (ensureListings in hooks/listings.ts), as it does on MongoDB.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`listings\` ADD \`modified_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`modified_at\`;`)
}
