import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_regions_id_idx\` ON \`users_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`news__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`changed_by\` text;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`DROP INDEX \`projects__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`changed_by\` text;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`news_text_changed_at_idx\` ON \`news_locales\` (\`text_changed_at\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_text_changed_at_idx\` ON \`_news_v_locales\` (\`version_text_changed_at\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`projects_locales\` ADD \`text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`projects_text_changed_at_idx\` ON \`projects_locales\` (\`text_changed_at\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` ADD \`version_text_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_text_changed_at_idx\` ON \`_projects_v_locales\` (\`version_text_changed_at\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`regions_locales\` ADD \`text_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`regions_text_changed_at_idx\` ON \`regions_locales\` (\`text_changed_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` ADD \`text_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`contacts_text_changed_at_idx\` ON \`contacts_locales\` (\`text_changed_at\`,\`_locale\`);`)
  // Publication becomes per language (localized \`_status\`): every existing translation keeps
  // the document's former status, so nothing public disappears and no draft goes live.
  for (const [table, column] of [
    ['news', '_status'],
    ['_news_v', 'version__status'],
    ['projects', '_status'],
    ['_projects_v', 'version__status'],
  ]) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}_locales\` SET \`${column}\` = (SELECT \`${column}\` FROM \`${table}\` WHERE \`${table}\`.\`id\` = \`${table}_locales\`.\`_parent_id\`)`,
      ),
    )
  }
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version__status\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP INDEX \`news_text_changed_at_idx\`;`)
  await db.run(sql`DROP INDEX \`news__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_text_changed_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`DROP INDEX \`projects_text_changed_at_idx\`;`)
  await db.run(sql`DROP INDEX \`projects__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version_text_changed_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` DROP COLUMN \`version_text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`DROP INDEX \`regions_text_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`regions_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`DROP INDEX \`contacts_text_changed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contacts_locales\` DROP COLUMN \`text_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_changed_by\`;`)
}
