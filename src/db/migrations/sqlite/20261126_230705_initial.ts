import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`original_url\` text,
  	\`slug\` text,
  	\`source_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_source_idx\` ON \`news\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_translation_translation_state_idx\` ON \`news_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_translation_reviewed_by_idx\` ON \`news_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_idx\` ON \`news_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_topics_id_idx\` ON \`news_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_zones_id_idx\` ON \`news_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_original_url\` text,
  	\`version_slug\` text,
  	\`version_source_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_source_idx\` ON \`_news_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_method\` text,
  	\`version_translation_engine\` text,
  	\`version_translation_translated_at\` text,
  	\`version_translation_reviewed_by_id\` integer,
  	\`version_translation_reviewer_department\` text,
  	\`version_translation_reviewed_at\` text,
  	\`version_translation_source_updated_at\` text,
  	\`version_translation_source_hashes\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_outdated_fields\` text,
  	\`version_translation_terminology\` text,
  	\`version_translation_facts\` text,
  	\`version_translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_version_translation_state_idx\` ON \`_news_v_locales\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_version_translation_reviewed_idx\` ON \`_news_v_locales\` (\`version_translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_topics_id_idx\` ON \`_news_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_zones_id_idx\` ON \`_news_v_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_number\` text NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`issue_date\` text NOT NULL,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`validity\` text DEFAULT 'in_force' NOT NULL,
  	\`replaced_by_id\` integer,
  	\`original_url\` text,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_document_number_idx\` ON \`policy_documents\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_source_idx\` ON \`policy_documents\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_replaced_by_idx\` ON \`policy_documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_slug_idx\` ON \`policy_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_locales\` (
  	\`title\` text NOT NULL,
  	\`full_text\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_translation_translation_state_idx\` ON \`policy_documents_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_translation_translation_reviewed_by_idx\` ON \`policy_documents_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_locales_locale_parent_id_unique\` ON \`policy_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_locales_parent_idx\` ON \`policy_documents_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_order_idx\` ON \`policy_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_parent_idx\` ON \`policy_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_path_idx\` ON \`policy_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_media_id_idx\` ON \`policy_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_topics_id_idx\` ON \`policy_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_key_points_order_idx\` ON \`policy_interpretations_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_key_points_parent_id_idx\` ON \`policy_interpretations_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_key_points_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_interpretations_key_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_interpretations_key_points_locales_locale_parent_id_u\` ON \`policy_interpretations_key_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_key_points_locales_parent_idx\` ON \`policy_interpretations_key_points_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_questions_order_idx\` ON \`policy_interpretations_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_questions_parent_id_idx\` ON \`policy_interpretations_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_interpretations_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_interpretations_questions_locales_locale_parent_id_un\` ON \`policy_interpretations_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_questions_locales_parent_idx\` ON \`policy_interpretations_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_audience_order_idx\` ON \`policy_interpretations_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_audience_parent_idx\` ON \`policy_interpretations_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`interprets_id\` integer,
  	\`format\` text DEFAULT 'text',
  	\`last_reviewed_at\` text,
  	\`last_reviewed_by_id\` integer,
  	\`review_by\` text,
  	\`slug\` text,
  	\`source_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`interprets_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_hero_image_idx\` ON \`policy_interpretations\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_interprets_idx\` ON \`policy_interpretations\` (\`interprets_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_last_reviewed_by_idx\` ON \`policy_interpretations\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_interpretations_slug_idx\` ON \`policy_interpretations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_source_idx\` ON \`policy_interpretations\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_published_at_idx\` ON \`policy_interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_updated_at_idx\` ON \`policy_interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_created_at_idx\` ON \`policy_interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations__status_idx\` ON \`policy_interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_translation_translation_state_idx\` ON \`policy_interpretations_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_translation_translation_reviewed__idx\` ON \`policy_interpretations_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_interpretations_locales_locale_parent_id_unique\` ON \`policy_interpretations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_locales_parent_idx\` ON \`policy_interpretations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_order_idx\` ON \`policy_interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_parent_idx\` ON \`policy_interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_path_idx\` ON \`policy_interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_services_id_idx\` ON \`policy_interpretations_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_topics_id_idx\` ON \`policy_interpretations_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_zones_id_idx\` ON \`policy_interpretations_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_key_points_order_idx\` ON \`_policy_interpretations_v_version_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_key_points_parent_id_idx\` ON \`_policy_interpretations_v_version_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_key_points_locales\` (
  	\`point\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_interpretations_v_version_key_points\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_interpretations_v_version_key_points_locales_locale_\` ON \`_policy_interpretations_v_version_key_points_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_key_points_locales_parent_idx\` ON \`_policy_interpretations_v_version_key_points_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_questions_order_idx\` ON \`_policy_interpretations_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_questions_parent_id_idx\` ON \`_policy_interpretations_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_interpretations_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_interpretations_v_version_questions_locales_locale_p\` ON \`_policy_interpretations_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_questions_locales_parent_idx\` ON \`_policy_interpretations_v_version_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_audience_order_idx\` ON \`_policy_interpretations_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_audience_parent_idx\` ON \`_policy_interpretations_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_interprets_id\` integer,
  	\`version_format\` text DEFAULT 'text',
  	\`version_last_reviewed_at\` text,
  	\`version_last_reviewed_by_id\` integer,
  	\`version_review_by\` text,
  	\`version_slug\` text,
  	\`version_source_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_interprets_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_parent_idx\` ON \`_policy_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_hero_image_idx\` ON \`_policy_interpretations_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_interprets_idx\` ON \`_policy_interpretations_v\` (\`version_interprets_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_last_reviewed__idx\` ON \`_policy_interpretations_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_slug_idx\` ON \`_policy_interpretations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_source_idx\` ON \`_policy_interpretations_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_published_at_idx\` ON \`_policy_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_updated_at_idx\` ON \`_policy_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_created_at_idx\` ON \`_policy_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version__status_idx\` ON \`_policy_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_created_at_idx\` ON \`_policy_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_updated_at_idx\` ON \`_policy_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_snapshot_idx\` ON \`_policy_interpretations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_published_locale_idx\` ON \`_policy_interpretations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_latest_idx\` ON \`_policy_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_method\` text,
  	\`version_translation_engine\` text,
  	\`version_translation_translated_at\` text,
  	\`version_translation_reviewed_by_id\` integer,
  	\`version_translation_reviewer_department\` text,
  	\`version_translation_reviewed_at\` text,
  	\`version_translation_source_updated_at\` text,
  	\`version_translation_source_hashes\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_outdated_fields\` text,
  	\`version_translation_terminology\` text,
  	\`version_translation_facts\` text,
  	\`version_translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_translation_version_tr_idx\` ON \`_policy_interpretations_v_locales\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_translation_version__1_idx\` ON \`_policy_interpretations_v_locales\` (\`version_translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_policy_interpretations_v_locales_locale_parent_id_unique\` ON \`_policy_interpretations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_locales_parent_idx\` ON \`_policy_interpretations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_order_idx\` ON \`_policy_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_parent_idx\` ON \`_policy_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_path_idx\` ON \`_policy_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_services_id_idx\` ON \`_policy_interpretations_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_topics_id_idx\` ON \`_policy_interpretations_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_zones_id_idx\` ON \`_policy_interpretations_v_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`services_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`copies\` numeric,
  	\`original_required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_materials_order_idx\` ON \`services_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_materials_parent_id_idx\` ON \`services_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_materials_locales\` (
  	\`name\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_materials_locales_locale_parent_id_unique\` ON \`services_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_materials_locales_parent_idx\` ON \`services_materials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_steps_order_idx\` ON \`services_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_steps_parent_id_idx\` ON \`services_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_steps_locales_locale_parent_id_unique\` ON \`services_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_steps_locales_parent_idx\` ON \`services_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_offices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`website\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_offices_order_idx\` ON \`services_offices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_offices_parent_id_idx\` ON \`services_offices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_offices_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_offices_locales_locale_parent_id_unique\` ON \`services_offices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_offices_locales_parent_idx\` ON \`services_offices_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_faqs_order_idx\` ON \`services_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_faqs_parent_id_idx\` ON \`services_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_faqs_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_faqs_locales_locale_parent_id_unique\` ON \`services_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_faqs_locales_parent_idx\` ON \`services_faqs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`online_application_url\` text,
  	\`online_application_last_check_checked_at\` text,
  	\`online_application_last_check_http_status\` numeric,
  	\`online_application_last_check_ok\` integer,
  	\`online_application_last_check_error\` text,
  	\`hero_image_id\` integer,
  	\`last_reviewed_at\` text,
  	\`last_reviewed_by_id\` integer,
  	\`review_by\` text,
  	\`slug\` text,
  	\`source_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`services_hero_image_idx\` ON \`services\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`services_last_reviewed_by_idx\` ON \`services\` (\`last_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_source_idx\` ON \`services\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`services_published_at_idx\` ON \`services\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`eligibility\` text,
  	\`fees\` text,
  	\`processing_time\` text,
  	\`body\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_translation_translation_state_idx\` ON \`services_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`services_translation_translation_reviewed_by_idx\` ON \`services_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_locales_parent_idx\` ON \`services_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` integer,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_policy_documents_id_idx\` ON \`services_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_topics_id_idx\` ON \`services_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_zones_id_idx\` ON \`services_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`copies\` numeric,
  	\`original_required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_order_idx\` ON \`_services_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_parent_id_idx\` ON \`_services_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_materials_locales\` (
  	\`name\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_materials_locales_locale_parent_id_uniqu\` ON \`_services_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_materials_locales_parent_idx\` ON \`_services_v_version_materials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_steps_order_idx\` ON \`_services_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_steps_parent_id_idx\` ON \`_services_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_steps_locales_locale_parent_id_unique\` ON \`_services_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_steps_locales_parent_idx\` ON \`_services_v_version_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_offices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`website\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_offices_order_idx\` ON \`_services_v_version_offices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_offices_parent_id_idx\` ON \`_services_v_version_offices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_offices_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_offices_locales_locale_parent_id_unique\` ON \`_services_v_version_offices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_offices_locales_parent_idx\` ON \`_services_v_version_offices_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_faqs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_faqs_order_idx\` ON \`_services_v_version_faqs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_faqs_parent_id_idx\` ON \`_services_v_version_faqs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_faqs_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_faqs_locales_locale_parent_id_unique\` ON \`_services_v_version_faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_faqs_locales_parent_idx\` ON \`_services_v_version_faqs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_online_application_url\` text,
  	\`version_online_application_last_check_checked_at\` text,
  	\`version_online_application_last_check_http_status\` numeric,
  	\`version_online_application_last_check_ok\` integer,
  	\`version_online_application_last_check_error\` text,
  	\`version_hero_image_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_last_reviewed_by_id\` integer,
  	\`version_review_by\` text,
  	\`version_slug\` text,
  	\`version_source_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_hero_image_idx\` ON \`_services_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_last_reviewed_by_idx\` ON \`_services_v\` (\`version_last_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_source_idx\` ON \`_services_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_published_at_idx\` ON \`_services_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_eligibility\` text,
  	\`version_fees\` text,
  	\`version_processing_time\` text,
  	\`version_body\` text,
  	\`version_translation_state\` text DEFAULT 'missing',
  	\`version_translation_method\` text,
  	\`version_translation_engine\` text,
  	\`version_translation_translated_at\` text,
  	\`version_translation_reviewed_by_id\` integer,
  	\`version_translation_reviewer_department\` text,
  	\`version_translation_reviewed_at\` text,
  	\`version_translation_source_updated_at\` text,
  	\`version_translation_source_hashes\` text,
  	\`version_translation_source_snapshot\` text,
  	\`version_translation_outdated_fields\` text,
  	\`version_translation_terminology\` text,
  	\`version_translation_facts\` text,
  	\`version_translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_translation_version_translation_stat_idx\` ON \`_services_v_locales\` (\`version_translation_state\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_translation_version_translation_revi_idx\` ON \`_services_v_locales\` (\`version_translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_locales_parent_idx\` ON \`_services_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` integer,
  	\`topics_id\` integer,
  	\`zones_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_policy_documents_id_idx\` ON \`_services_v_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_topics_id_idx\` ON \`_services_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_zones_id_idx\` ON \`_services_v_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_highlights\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_highlights_order_idx\` ON \`zones_highlights\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`zones_highlights_parent_id_idx\` ON \`zones_highlights\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones_highlights_locales\` (
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones_highlights\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_highlights_locales_locale_parent_id_unique\` ON \`zones_highlights_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`zones_highlights_locales_parent_idx\` ON \`zones_highlights_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`zones\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`image_id\` integer,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_image_idx\` ON \`zones\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_slug_idx\` ON \`zones\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`zones_updated_at_idx\` ON \`zones\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`zones_created_at_idx\` ON \`zones\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`zones_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text,
  	\`description\` text,
  	\`contact_address\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`zones_translation_translation_state_idx\` ON \`zones_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`zones_translation_translation_reviewed_by_idx\` ON \`zones_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`zones_locales_locale_parent_id_unique\` ON \`zones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`zones_locales_parent_idx\` ON \`zones_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_translation_translation_state_idx\` ON \`topics_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`topics_translation_translation_reviewed_by_idx\` ON \`topics_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`website\` text,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_slug_idx\` ON \`sources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sources_locales\` (
  	\`name\` text NOT NULL,
  	\`abbreviation\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_state_idx\` ON \`sources_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_reviewed_by_idx\` ON \`sources_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_locales_locale_parent_id_unique\` ON \`sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_locales_parent_idx\` ON \`sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`approved_en\` text,
  	\`approved_ja\` text,
  	\`approved_ko\` text,
  	\`approved_fr\` text,
  	\`approved_de\` text,
  	\`approved_es\` text,
  	\`approved_ru\` text,
  	\`approved_ar\` text,
  	\`do_not_translate\` integer DEFAULT false,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_term_idx\` ON \`glossary\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`glossary_updated_at_idx\` ON \`glossary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_created_at_idx\` ON \`glossary\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_card_webp_url\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_hero_webp_url\` text,
  	\`sizes_hero_webp_width\` numeric,
  	\`sizes_hero_webp_height\` numeric,
  	\`sizes_hero_webp_mime_type\` text,
  	\`sizes_hero_webp_filesize\` numeric,
  	\`sizes_hero_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx\` ON \`media\` (\`sizes_thumbnail_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_webp_sizes_card_webp_filename_idx\` ON \`media\` (\`sizes_card_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_webp_sizes_hero_webp_filename_idx\` ON \`media\` (\`sizes_hero_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`translation_state\` text DEFAULT 'missing',
  	\`translation_method\` text,
  	\`translation_engine\` text,
  	\`translation_translated_at\` text,
  	\`translation_reviewed_by_id\` integer,
  	\`translation_reviewer_department\` text,
  	\`translation_reviewed_at\` text,
  	\`translation_source_updated_at\` text,
  	\`translation_source_hashes\` text,
  	\`translation_source_snapshot\` text,
  	\`translation_outdated_fields\` text,
  	\`translation_terminology\` text,
  	\`translation_facts\` text,
  	\`translation_fact_overrides\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`translation_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_translation_translation_state_idx\` ON \`media_locales\` (\`translation_state\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_reviewed_by_idx\` ON \`media_locales\` (\`translation_reviewed_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_languages_order_idx\` ON \`users_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_languages_parent_idx\` ON \`users_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`department\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`partners_allowed_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_allowed_locales_order_idx\` ON \`partners_allowed_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_allowed_locales_parent_idx\` ON \`partners_allowed_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_allowed_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_allowed_types_order_idx\` ON \`partners_allowed_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_allowed_types_parent_idx\` ON \`partners_allowed_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact_email\` text,
  	\`rate_limit_tier\` text DEFAULT 'standard',
  	\`webhook_url\` text,
  	\`webhook_secret\` text,
  	\`active\` integer DEFAULT true,
  	\`inactive_reason\` text,
  	\`key_prefix\` text,
  	\`key_issued_at\` text,
  	\`key_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_key_hash_idx\` ON \`partners\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_texts_order_parent\` ON \`partners_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_rels_order_idx\` ON \`partners_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_parent_idx\` ON \`partners_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_path_idx\` ON \`partners_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`partners_rels_topics_id_idx\` ON \`partners_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`deepl_glossaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`locale\` text NOT NULL,
  	\`glossary_id\` text,
  	\`version\` text NOT NULL,
  	\`entry_count\` numeric DEFAULT 0,
  	\`synced_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deepl_glossaries_locale_idx\` ON \`deepl_glossaries\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`deepl_glossaries_updated_at_idx\` ON \`deepl_glossaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deepl_glossaries_created_at_idx\` ON \`deepl_glossaries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_memory\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`glossary_version\` text,
  	\`translation\` text NOT NULL,
  	\`engine\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`translation_memory_key_idx\` ON \`translation_memory\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_updated_at_idx\` ON \`translation_memory\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_created_at_idx\` ON \`translation_memory\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_batches_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_batches_languages_order_idx\` ON \`translation_batches_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translation_batches_languages_parent_idx\` ON \`translation_batches_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`target_collection\` text NOT NULL,
  	\`documents\` text,
  	\`completed\` text,
  	\`status\` text DEFAULT 'queued',
  	\`total\` numeric,
  	\`done\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`requests\` numeric DEFAULT 0,
  	\`billed_characters\` numeric DEFAULT 0,
  	\`message\` text,
  	\`requested_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_batches_requested_by_idx\` ON \`translation_batches\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_batches_updated_at_idx\` ON \`translation_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_batches_created_at_idx\` ON \`translation_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`partner_id\` integer,
  	\`event_id\` text NOT NULL,
  	\`event_type\` text NOT NULL,
  	\`item_type\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`item_hash\` text,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`next_attempt_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_partner_idx\` ON \`webhook_deliveries\` (\`partner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_deliveries_event_id_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_itemType_itemId_locale_idx\` ON \`webhook_deliveries\` (\`partner_id\`,\`item_type\`,\`item_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`feed_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`item_type\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feed_state_key_idx\` ON \`feed_state\` (\`key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feed_state_sequence_idx\` ON \`feed_state\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`feed_state_item_type_idx\` ON \`feed_state\` (\`item_type\`);`)
  await db.run(sql`CREATE INDEX \`feed_state_locale_idx\` ON \`feed_state\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`feed_state_updated_at_idx\` ON \`feed_state\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feed_state_created_at_idx\` ON \`feed_state\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`locale_sequence_idx\` ON \`feed_state\` (\`locale\`,\`sequence\`);`)
  await db.run(sql`CREATE TABLE \`link_checks_redirects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`http_status\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`link_checks_redirects_order_idx\` ON \`link_checks_redirects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_redirects_parent_id_idx\` ON \`link_checks_redirects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`link_checks_usages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`field_path\` text NOT NULL,
  	\`locale\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`link_checks_usages_order_idx\` ON \`link_checks_usages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_usages_parent_id_idx\` ON \`link_checks_usages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_usages_collection_idx\` ON \`link_checks_usages\` (\`collection\`);`)
  await db.run(sql`CREATE TABLE \`link_checks_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`checked_at\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`http_status\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`link_checks_history_order_idx\` ON \`link_checks_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_history_parent_id_idx\` ON \`link_checks_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`host\` text,
  	\`status\` text NOT NULL,
  	\`http_status\` numeric,
  	\`error_kind\` text,
  	\`error\` text,
  	\`final_url\` text,
  	\`last_checked_at\` text,
  	\`first_broken_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_url_idx\` ON \`link_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_host_idx\` ON \`link_checks\` (\`host\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_status_idx\` ON \`link_checks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_last_checked_at_idx\` ON \`link_checks\` (\`last_checked_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`key_title\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`type_docId_idx\` ON \`search_index\` (\`type\`,\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`locale_key_idx\` ON \`search_index\` (\`locale\`,\`key\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` text,
  	\`actor\` text,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`locale\` text,
  	\`summary\` text,
  	\`request_id\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_type_idx\` ON \`audit_log\` (\`actor_type\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_id_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_locale_idx\` ON \`audit_log\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_request_id_idx\` ON \`audit_log\` (\`request_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
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
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
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
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`policy_documents_id\` integer,
  	\`policy_interpretations_id\` integer,
  	\`services_id\` integer,
  	\`zones_id\` integer,
  	\`topics_id\` integer,
  	\`sources_id\` integer,
  	\`glossary_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`partners_id\` integer,
  	\`deepl_glossaries_id\` integer,
  	\`translation_memory_id\` integer,
  	\`translation_batches_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`feed_state_id\` integer,
  	\`link_checks_id\` integer,
  	\`search_index_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_interpretations_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`zones_id\`) REFERENCES \`zones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deepl_glossaries_id\`) REFERENCES \`deepl_glossaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_memory_id\`) REFERENCES \`translation_memory\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_batches_id\`) REFERENCES \`translation_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feed_state_id\`) REFERENCES \`feed_state\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_zones_id_idx\` ON \`payload_locked_documents_rels\` (\`zones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deepl_glossaries_id_idx\` ON \`payload_locked_documents_rels\` (\`deepl_glossaries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_state_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_state_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`partners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_partners_id_idx\` ON \`payload_preferences_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_key_points\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_key_points_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_questions\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_audience\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_locales\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_key_points\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_key_points_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`services_materials\`;`)
  await db.run(sql`DROP TABLE \`services_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`services_steps\`;`)
  await db.run(sql`DROP TABLE \`services_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`services_offices\`;`)
  await db.run(sql`DROP TABLE \`services_offices_locales\`;`)
  await db.run(sql`DROP TABLE \`services_faqs\`;`)
  await db.run(sql`DROP TABLE \`services_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_offices\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_offices_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_faqs\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`zones_highlights\`;`)
  await db.run(sql`DROP TABLE \`zones_highlights_locales\`;`)
  await db.run(sql`DROP TABLE \`zones\`;`)
  await db.run(sql`DROP TABLE \`zones_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_languages\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`partners_allowed_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_allowed_types\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_texts\`;`)
  await db.run(sql`DROP TABLE \`partners_rels\`;`)
  await db.run(sql`DROP TABLE \`deepl_glossaries\`;`)
  await db.run(sql`DROP TABLE \`translation_memory\`;`)
  await db.run(sql`DROP TABLE \`translation_batches_languages\`;`)
  await db.run(sql`DROP TABLE \`translation_batches\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`feed_state\`;`)
  await db.run(sql`DROP TABLE \`link_checks_redirects\`;`)
  await db.run(sql`DROP TABLE \`link_checks_usages\`;`)
  await db.run(sql`DROP TABLE \`link_checks_history\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
