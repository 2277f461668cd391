import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The listing rows' indexes from the collection's config were prefixes of the covering ones that
// src/cms/database.ts adds (same columns, then the id): every save wrote both, every read used
// the covering one. The config now leaves the listing indexes to each database (MongoDB's are in
// src/cms/hooks/listings.ts).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`locale_scope_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`locale_scope_translated_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`locale_scope_translated_year_publishedAt_idx\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`locale_scope_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_year_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`year\`,\`published_at\`);`)
}
