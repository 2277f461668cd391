import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_scope_translated_year_idx\`;`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_year_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`year\`,\`published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_scope_translated_year_publishedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_year_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`year\`);`)
}
