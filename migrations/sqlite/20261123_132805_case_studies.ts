import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`case_studies_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`case_studies_activities_order_idx\` ON \`case_studies_activities\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_activities_parent_id_idx\` ON \`case_studies_activities\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_activities_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`case_studies_activities_locales_locale_parent_id_unique\` ON \`case_studies_activities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_funding\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`share_percent\` numeric,
  	\`amount\` numeric,
  	\`currency\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`case_studies_funding_order_idx\` ON \`case_studies_funding\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_funding_parent_id_idx\` ON \`case_studies_funding\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_funding_locales\` (
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_funding\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`case_studies_funding_locales_locale_parent_id_unique\` ON \`case_studies_funding_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type_id\` integer,
  	\`value\` numeric,
  	\`from\` text,
  	\`to\` text,
  	FOREIGN KEY (\`type_id\`) REFERENCES \`indicator_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`case_studies_indicators_order_idx\` ON \`case_studies_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_indicators_parent_id_idx\` ON \`case_studies_indicators\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_indicators_type_idx\` ON \`case_studies_indicators\` (\`type_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_indicators_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`case_studies_indicators_locales_locale_parent_id_unique\` ON \`case_studies_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`original_language\` text,
  	\`country\` text,
  	\`municipality\` text,
  	\`organisation_id\` integer,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`status\` text DEFAULT 'ongoing',
  	\`project_number\` text,
  	\`evidence_tier\` text DEFAULT 'promising',
  	\`contact_person_name\` text,
  	\`contact_person_email\` text,
  	\`contact_person_phone\` text,
  	\`review_state\` text DEFAULT 'writing',
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_slug_idx\` ON \`case_studies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_country_idx\` ON \`case_studies\` (\`country\`);`)
  await db.run(
    sql`CREATE INDEX \`case_studies_organisation_idx\` ON \`case_studies\` (\`organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_period_period_from_idx\` ON \`case_studies\` (\`period_from\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_period_period_to_idx\` ON \`case_studies\` (\`period_to\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_evidence_tier_idx\` ON \`case_studies\` (\`evidence_tier\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`problem\` text,
  	\`goals\` text,
  	\`resources_staff\` text,
  	\`resources_budget\` text,
  	\`resources_premises\` text,
  	\`results\` text,
  	\`lessons\` text,
  	\`transferability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`case_studies_locales_locale_parent_id_unique\` ON \`case_studies_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`case_studies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`target_groups_id\` integer,
  	\`regions_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`events_id\` integer,
  	\`themes_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_order_idx\` ON \`case_studies_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_parent_idx\` ON \`case_studies_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_path_idx\` ON \`case_studies_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_target_groups_id_idx\` ON \`case_studies_rels\` (\`target_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_regions_id_idx\` ON \`case_studies_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_organisations_id_idx\` ON \`case_studies_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_centres_id_idx\` ON \`case_studies_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_events_id_idx\` ON \`case_studies_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_themes_id_idx\` ON \`case_studies_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_media_id_idx\` ON \`case_studies_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`case_studies_rels_documents_id_idx\` ON \`case_studies_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_activities_order_idx\` ON \`_case_studies_v_version_activities\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_activities_parent_id_idx\` ON \`_case_studies_v_version_activities\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_activities_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_case_studies_v_version_activities_locales_locale_parent_id_\` ON \`_case_studies_v_version_activities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_funding\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`share_percent\` numeric,
  	\`amount\` numeric,
  	\`currency\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_funding_order_idx\` ON \`_case_studies_v_version_funding\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_funding_parent_id_idx\` ON \`_case_studies_v_version_funding\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_funding_locales\` (
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_funding\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_case_studies_v_version_funding_locales_locale_parent_id_uni\` ON \`_case_studies_v_version_funding_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type_id\` integer,
  	\`value\` numeric,
  	\`from\` text,
  	\`to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`type_id\`) REFERENCES \`indicator_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_indicators_order_idx\` ON \`_case_studies_v_version_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_indicators_parent_id_idx\` ON \`_case_studies_v_version_indicators\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_indicators_type_idx\` ON \`_case_studies_v_version_indicators\` (\`type_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_version_indicators_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v_version_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_case_studies_v_version_indicators_locales_locale_parent_id_\` ON \`_case_studies_v_version_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_original_language\` text,
  	\`version_country\` text,
  	\`version_municipality\` text,
  	\`version_organisation_id\` integer,
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_status\` text DEFAULT 'ongoing',
  	\`version_project_number\` text,
  	\`version_evidence_tier\` text DEFAULT 'promising',
  	\`version_contact_person_name\` text,
  	\`version_contact_person_email\` text,
  	\`version_contact_person_phone\` text,
  	\`version_review_state\` text DEFAULT 'writing',
  	\`version_review_comment\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_parent_idx\` ON \`_case_studies_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_slug_idx\` ON \`_case_studies_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_country_idx\` ON \`_case_studies_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_organisation_idx\` ON \`_case_studies_v\` (\`version_organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_period_version_period_from_idx\` ON \`_case_studies_v\` (\`version_period_from\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_period_version_period_to_idx\` ON \`_case_studies_v\` (\`version_period_to\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_evidence_tier_idx\` ON \`_case_studies_v\` (\`version_evidence_tier\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_updated_at_idx\` ON \`_case_studies_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version_created_at_idx\` ON \`_case_studies_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_version__status_idx\` ON \`_case_studies_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_created_at_idx\` ON \`_case_studies_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_updated_at_idx\` ON \`_case_studies_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_snapshot_idx\` ON \`_case_studies_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_published_locale_idx\` ON \`_case_studies_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_latest_idx\` ON \`_case_studies_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_problem\` text,
  	\`version_goals\` text,
  	\`version_resources_staff\` text,
  	\`version_resources_budget\` text,
  	\`version_resources_premises\` text,
  	\`version_results\` text,
  	\`version_lessons\` text,
  	\`version_transferability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_case_studies_v_locales_locale_parent_id_unique\` ON \`_case_studies_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_case_studies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`target_groups_id\` integer,
  	\`regions_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`events_id\` integer,
  	\`themes_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_order_idx\` ON \`_case_studies_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_parent_idx\` ON \`_case_studies_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_path_idx\` ON \`_case_studies_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_target_groups_id_idx\` ON \`_case_studies_v_rels\` (\`target_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_regions_id_idx\` ON \`_case_studies_v_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_organisations_id_idx\` ON \`_case_studies_v_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_centres_id_idx\` ON \`_case_studies_v_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_events_id_idx\` ON \`_case_studies_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_themes_id_idx\` ON \`_case_studies_v_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_media_id_idx\` ON \`_case_studies_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_rels_documents_id_idx\` ON \`_case_studies_v_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uploaded_by_id\` integer,
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
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`documents_uploaded_by_idx\` ON \`documents\` (\`uploaded_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`indicator_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`indicator_types_code_idx\` ON \`indicator_types\` (\`code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_types_updated_at_idx\` ON \`indicator_types\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_types_created_at_idx\` ON \`indicator_types\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`indicator_types_locales\` (
  	\`name\` text NOT NULL,
  	\`unit\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicator_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`indicator_types_locales_locale_parent_id_unique\` ON \`indicator_types_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`case_studies_id\` integer REFERENCES case_studies(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`documents_id\` integer REFERENCES documents(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_types_id\` integer REFERENCES indicator_types(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_indicator_types_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_types_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`case_studies_activities\`;`)
  await db.run(sql`DROP TABLE \`case_studies_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies_funding\`;`)
  await db.run(sql`DROP TABLE \`case_studies_funding_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies_indicators\`;`)
  await db.run(sql`DROP TABLE \`case_studies_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies_rels\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_activities\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_funding\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_funding_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_version_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`indicator_types\`;`)
  await db.run(sql`DROP TABLE \`indicator_types_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`organisations_id\` integer,
  	\`centres_id\` integer,
  	\`events_id\` integer,
  	\`event_registrations_id\` integer,
  	\`event_seats_id\` integer,
  	\`media_id\` integer,
  	\`regions_id\` integer,
  	\`service_types_id\` integer,
  	\`target_groups_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`centres_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_seats_id\`) REFERENCES \`event_seats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "regions_id", "service_types_id", "target_groups_id", "themes_id") SELECT "id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "regions_id", "service_types_id", "target_groups_id", "themes_id" FROM \`payload_locked_documents_rels\`;`,
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
}
