import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`imported_from\` text;`)
  await db.run(sql`CREATE INDEX \`news_imported_from_idx\` ON \`news\` (\`imported_from\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_imported_from\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_imported_from_idx\` ON \`_news_v\` (\`version_imported_from\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`imported_from\` text;`)
  await db.run(sql`CREATE INDEX \`media_imported_from_idx\` ON \`media\` (\`imported_from\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_imported_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`imported_from\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_imported_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_imported_from\`;`)
  await db.run(sql`DROP INDEX \`media_imported_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`imported_from\`;`)
}
