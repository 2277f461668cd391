import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The listing index's rows carry slugs and dates, filled here for the rows already there: the
// stored (published) item's slug in the row's language on rows of items written in it, and when
// the item last changed, as the hooks write them (hooks/listings.ts). On MongoDB, which has no
// migrations, the first start rebuilds the index instead (ensureListings).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`listings\` ADD \`modified_at\` text;`)
  await db.run(sql`UPDATE \`listings\` SET
    \`modified_at\` = (SELECT \`news\`.\`updated_at\` FROM \`news\` WHERE \`news\`.\`id\` = \`listings\`.\`doc\`),
    \`slug\` = CASE WHEN \`listings\`.\`translated\` THEN (SELECT \`news_locales\`.\`slug\` FROM \`news_locales\` WHERE \`news_locales\`.\`_parent_id\` = \`listings\`.\`doc\` AND \`news_locales\`.\`_locale\` = \`listings\`.\`locale\`) END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`listings\` DROP COLUMN \`modified_at\`;`)
}
