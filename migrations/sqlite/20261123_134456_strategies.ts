import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`strategies_themes_goals_measures_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`baseline\` numeric,
  	\`target\` numeric NOT NULL,
  	\`actual\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes_goals_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_measures_indicators_order_idx\` ON \`strategies_themes_goals_measures_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_measures_indicators_parent_id_idx\` ON \`strategies_themes_goals_measures_indicators\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_goals_measures_indicators_locales\` (
  	\`name\` text NOT NULL,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes_goals_measures_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`strategies_themes_goals_measures_indicators_locales_locale_p\` ON \`strategies_themes_goals_measures_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_goals_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'not-started' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_measures_order_idx\` ON \`strategies_themes_goals_measures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_measures_parent_id_idx\` ON \`strategies_themes_goals_measures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_goals_measures_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`partners\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes_goals_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`strategies_themes_goals_measures_locales_locale_parent_id_un\` ON \`strategies_themes_goals_measures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_order_idx\` ON \`strategies_themes_goals\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_themes_goals_parent_id_idx\` ON \`strategies_themes_goals\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_goals_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`strategies_themes_goals_locales_locale_parent_id_unique\` ON \`strategies_themes_goals_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`theme_id\` integer,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`strategies_themes_order_idx\` ON \`strategies_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_themes_parent_id_idx\` ON \`strategies_themes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_themes_theme_idx\` ON \`strategies_themes\` (\`theme_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_themes_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`strategies_themes_locales_locale_parent_id_unique\` ON \`strategies_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'regional-strategy' NOT NULL,
  	\`region_id\` integer,
  	\`organisation_id\` integer NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_to\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`strategies_slug_idx\` ON \`strategies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`strategies_region_idx\` ON \`strategies\` (\`region_id\`);`)
  await db.run(
    sql`CREATE INDEX \`strategies_organisation_idx\` ON \`strategies\` (\`organisation_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`strategies_status_idx\` ON \`strategies\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`strategies_updated_at_idx\` ON \`strategies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`strategies_created_at_idx\` ON \`strategies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`strategies_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`strategies_locales_locale_parent_id_unique\` ON \`strategies_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`strategies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`case_studies_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategies_rels_order_idx\` ON \`strategies_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`strategies_rels_parent_idx\` ON \`strategies_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`strategies_rels_path_idx\` ON \`strategies_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`strategies_rels_documents_id_idx\` ON \`strategies_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_rels_organisations_id_idx\` ON \`strategies_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_rels_centres_id_idx\` ON \`strategies_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_rels_case_studies_id_idx\` ON \`strategies_rels\` (\`case_studies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`strategies_rels_events_id_idx\` ON \`strategies_rels\` (\`events_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals_measures_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`baseline\` numeric,
  	\`target\` numeric NOT NULL,
  	\`actual\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes_goals_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_measures_indicators_order_idx\` ON \`_strategies_v_version_themes_goals_measures_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_measures_indicators_parent_id_idx\` ON \`_strategies_v_version_themes_goals_measures_indicators\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals_measures_indicators_locales\` (
  	\`name\` text NOT NULL,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes_goals_measures_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_strategies_v_version_themes_goals_measures_indicators_local\` ON \`_strategies_v_version_themes_goals_measures_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`status\` text DEFAULT 'not-started' NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_measures_order_idx\` ON \`_strategies_v_version_themes_goals_measures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_measures_parent_id_idx\` ON \`_strategies_v_version_themes_goals_measures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals_measures_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`partners\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes_goals_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_strategies_v_version_themes_goals_measures_locales_locale_p\` ON \`_strategies_v_version_themes_goals_measures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_order_idx\` ON \`_strategies_v_version_themes_goals\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_goals_parent_id_idx\` ON \`_strategies_v_version_themes_goals\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_goals_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_strategies_v_version_themes_goals_locales_locale_parent_id_\` ON \`_strategies_v_version_themes_goals_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`theme_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_order_idx\` ON \`_strategies_v_version_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_parent_id_idx\` ON \`_strategies_v_version_themes\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_themes_theme_idx\` ON \`_strategies_v_version_themes\` (\`theme_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_version_themes_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v_version_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_strategies_v_version_themes_locales_locale_parent_id_unique\` ON \`_strategies_v_version_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_kind\` text DEFAULT 'regional-strategy' NOT NULL,
  	\`version_region_id\` integer,
  	\`version_organisation_id\` integer NOT NULL,
  	\`version_period_from\` text NOT NULL,
  	\`version_period_to\` text,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategies_v_parent_idx\` ON \`_strategies_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_slug_idx\` ON \`_strategies_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_region_idx\` ON \`_strategies_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_organisation_idx\` ON \`_strategies_v\` (\`version_organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_status_idx\` ON \`_strategies_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_updated_at_idx\` ON \`_strategies_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_version_version_created_at_idx\` ON \`_strategies_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_created_at_idx\` ON \`_strategies_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_updated_at_idx\` ON \`_strategies_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_strategies_v_locales_locale_parent_id_unique\` ON \`_strategies_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_strategies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`case_studies_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_order_idx\` ON \`_strategies_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_parent_idx\` ON \`_strategies_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_path_idx\` ON \`_strategies_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_documents_id_idx\` ON \`_strategies_v_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_organisations_id_idx\` ON \`_strategies_v_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_centres_id_idx\` ON \`_strategies_v_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_case_studies_id_idx\` ON \`_strategies_v_rels\` (\`case_studies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_strategies_v_rels_events_id_idx\` ON \`_strategies_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`strategies_id\` integer REFERENCES strategies(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_strategies_id_idx\` ON \`payload_locked_documents_rels\` (\`strategies_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`strategies_themes_goals_measures_indicators\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_goals_measures_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_goals_measures\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_goals_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_goals\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_goals_locales\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes\`;`)
  await db.run(sql`DROP TABLE \`strategies_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`strategies\`;`)
  await db.run(sql`DROP TABLE \`strategies_locales\`;`)
  await db.run(sql`DROP TABLE \`strategies_rels\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals_measures_indicators\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals_measures_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals_measures\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_goals_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_version_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategies_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`case_studies_id\` integer,
  	\`events_id\` integer,
  	\`event_registrations_id\` integer,
  	\`event_seats_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`regions_id\` integer,
  	\`service_types_id\` integer,
  	\`target_groups_id\` integer,
  	\`themes_id\` integer,
  	\`indicator_types_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_seats_id\`) REFERENCES \`event_seats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_types_id\`) REFERENCES \`indicator_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "case_studies_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "documents_id", "regions_id", "service_types_id", "target_groups_id", "themes_id", "indicator_types_id") SELECT "id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "case_studies_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "documents_id", "regions_id", "service_types_id", "target_groups_id", "themes_id", "indicator_types_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_event_seats_id_idx\` ON \`payload_locked_documents_rels\` (\`event_seats_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_service_types_id_idx\` ON \`payload_locked_documents_rels\` (\`service_types_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_target_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`target_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_indicator_types_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_types_id\`);`,
  )
}
