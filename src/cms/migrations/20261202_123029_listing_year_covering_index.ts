import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`listings_year_covering_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`year\`,\`published_at\`,\`id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`listings_year_covering_idx\`;`)
}
