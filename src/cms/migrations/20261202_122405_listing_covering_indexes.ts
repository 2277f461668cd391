import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`listings_list_covering_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`published_at\`,\`id\`,\`doc\`);`)
  await db.run(sql`CREATE INDEX \`listings_translated_covering_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`published_at\`,\`id\`,\`doc\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`listings_list_covering_idx\`;`)
  await db.run(sql`DROP INDEX \`listings_translated_covering_idx\`;`)
}
