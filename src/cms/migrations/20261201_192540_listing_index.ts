import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`listings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`doc\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`translated\` integer DEFAULT false NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`year\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`listings_key_idx\` ON \`listings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`listings_doc_idx\` ON \`listings\` (\`doc\`);`)
  await db.run(sql`CREATE INDEX \`locale_scope_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_publishedAt_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_scope_translated_year_idx\` ON \`listings\` (\`locale\`,\`scope\`,\`translated\`,\`year\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`listings_id\` text(36) REFERENCES listings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_listings_id_idx\` ON \`payload_locked_documents_rels\` (\`listings_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_idx\` ON \`news_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_published_idx\` ON \`_news_v\` (\`latest\`,\`version_published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_locales_parent_idx\` ON \`projects_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_locales_parent_idx\` ON \`_projects_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_locales_parent_idx\` ON \`regions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_phones_locales_parent_idx\` ON \`contacts_phones_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_locales_parent_idx\` ON \`contacts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_navigation_locales_parent_idx\` ON \`site_navigation_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_locales_parent_idx\` ON \`site_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`listings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`projects_id\` text(36),
  	\`regions_id\` text(36),
  	\`contacts_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`redirects_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "projects_id", "regions_id", "contacts_id", "media_id", "users_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "news_id", "projects_id", "regions_id", "contacts_id", "media_id", "users_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`news_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_latest_published_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`projects_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`regions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`contacts_phones_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`contacts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_navigation_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_locales_parent_idx\`;`)
}
