import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_kind\` text NOT NULL,
  	\`version_country\` text NOT NULL,
  	\`version_registration_number\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text,
  	\`version_address_municipality\` text,
  	\`version_region_id\` integer,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_logo_id\` integer,
  	\`version_publish_contact_persons\` integer DEFAULT false,
  	\`version_status\` text DEFAULT 'pending' NOT NULL,
  	\`version_moderation_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_name_idx\` ON \`_organisations_v\` (\`version_name\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_kind_idx\` ON \`_organisations_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_country_idx\` ON \`_organisations_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_registration_number_idx\` ON \`_organisations_v\` (\`version_registration_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_region_idx\` ON \`_organisations_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_status_idx\` ON \`_organisations_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organisations_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_organisations_v_locales_locale_parent_id_unique\` ON \`_organisations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organisations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organisations_v_rels_order_idx\` ON \`_organisations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_rels_parent_idx\` ON \`_organisations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_rels_path_idx\` ON \`_organisations_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_rels_regions_id_idx\` ON \`_organisations_v_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_rels_users_id_idx\` ON \`_organisations_v_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_target_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`target_group_id\` integer NOT NULL,
  	\`age_from\` numeric,
  	\`age_to\` numeric,
  	FOREIGN KEY (\`target_group_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`centres_target_groups_order_idx\` ON \`centres_target_groups\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_target_groups_parent_id_idx\` ON \`centres_target_groups\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_target_groups_target_group_idx\` ON \`centres_target_groups\` (\`target_group_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`centres_forms_order_idx\` ON \`centres_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`centres_forms_parent_idx\` ON \`centres_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`centres_forms_value_idx\` ON \`centres_forms\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`centres_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`centres_opening_hours_order_idx\` ON \`centres_opening_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_opening_hours_parent_id_idx\` ON \`centres_opening_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`centres_closures_order_idx\` ON \`centres_closures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_closures_parent_id_idx\` ON \`centres_closures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_closures_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`centres_closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`centres_closures_locales_locale_parent_id_unique\` ON \`centres_closures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`centres_languages_order_idx\` ON \`centres_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_languages_parent_idx\` ON \`centres_languages\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_languages_value_idx\` ON \`centres_languages\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_accessibility\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`centres_accessibility_order_idx\` ON \`centres_accessibility\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`centres_accessibility_parent_idx\` ON \`centres_accessibility\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`capacity_value\` numeric,
  	\`capacity_unit\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_municipality\` text NOT NULL,
  	\`region_id\` integer NOT NULL,
  	\`country\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`contact_person_name\` text,
  	\`contact_person_phone\` text,
  	\`contact_person_email\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`centres_organisation_idx\` ON \`centres\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`centres_name_idx\` ON \`centres\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`centres_slug_idx\` ON \`centres\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`centres_address_address_municipality_idx\` ON \`centres\` (\`address_municipality\`);`,
  )
  await db.run(sql`CREATE INDEX \`centres_region_idx\` ON \`centres\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`centres_country_idx\` ON \`centres\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`centres_status_idx\` ON \`centres\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`centres_updated_at_idx\` ON \`centres\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`centres_created_at_idx\` ON \`centres\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`centres_locales\` (
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`centres_locales_locale_parent_id_unique\` ON \`centres_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`centres_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_types_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`centres_rels_order_idx\` ON \`centres_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`centres_rels_parent_idx\` ON \`centres_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`centres_rels_path_idx\` ON \`centres_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`centres_rels_service_types_id_idx\` ON \`centres_rels\` (\`service_types_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`centres_rels_media_id_idx\` ON \`centres_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_centres_v_version_target_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_group_id\` integer NOT NULL,
  	\`age_from\` numeric,
  	\`age_to\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`target_group_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_target_groups_order_idx\` ON \`_centres_v_version_target_groups\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_target_groups_parent_id_idx\` ON \`_centres_v_version_target_groups\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_target_groups_target_group_idx\` ON \`_centres_v_version_target_groups\` (\`target_group_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_forms_order_idx\` ON \`_centres_v_version_forms\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_forms_parent_idx\` ON \`_centres_v_version_forms\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_forms_value_idx\` ON \`_centres_v_version_forms\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_opening_hours_order_idx\` ON \`_centres_v_version_opening_hours\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_opening_hours_parent_id_idx\` ON \`_centres_v_version_opening_hours\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_closures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_closures_order_idx\` ON \`_centres_v_version_closures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_closures_parent_id_idx\` ON \`_centres_v_version_closures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_closures_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_centres_v_version_closures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_centres_v_version_closures_locales_locale_parent_id_unique\` ON \`_centres_v_version_closures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_languages_order_idx\` ON \`_centres_v_version_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_languages_parent_idx\` ON \`_centres_v_version_languages\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_languages_value_idx\` ON \`_centres_v_version_languages\` (\`value\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_version_accessibility\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_accessibility_order_idx\` ON \`_centres_v_version_accessibility\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_accessibility_parent_idx\` ON \`_centres_v_version_accessibility\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organisation_id\` integer NOT NULL,
  	\`version_name\` text NOT NULL,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_capacity_value\` numeric,
  	\`version_capacity_unit\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text,
  	\`version_address_municipality\` text NOT NULL,
  	\`version_region_id\` integer NOT NULL,
  	\`version_country\` text,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_contact_person_name\` text,
  	\`version_contact_person_phone\` text,
  	\`version_contact_person_email\` text,
  	\`version_status\` text DEFAULT 'pending' NOT NULL,
  	\`version_moderation_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`centres\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_centres_v_parent_idx\` ON \`_centres_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_organisation_idx\` ON \`_centres_v\` (\`version_organisation_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_name_idx\` ON \`_centres_v\` (\`version_name\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_slug_idx\` ON \`_centres_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_address_version_address_municipality_idx\` ON \`_centres_v\` (\`version_address_municipality\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_region_idx\` ON \`_centres_v\` (\`version_region_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_country_idx\` ON \`_centres_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_status_idx\` ON \`_centres_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_updated_at_idx\` ON \`_centres_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_created_at_idx\` ON \`_centres_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_centres_v_created_at_idx\` ON \`_centres_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_centres_v_updated_at_idx\` ON \`_centres_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_centres_v_locales\` (
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_centres_v_locales_locale_parent_id_unique\` ON \`_centres_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_centres_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`service_types_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_centres_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_centres_v_rels_order_idx\` ON \`_centres_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_centres_v_rels_parent_idx\` ON \`_centres_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_centres_v_rels_path_idx\` ON \`_centres_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_centres_v_rels_service_types_id_idx\` ON \`_centres_v_rels\` (\`service_types_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_rels_media_id_idx\` ON \`_centres_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(
    sql`ALTER TABLE \`organisations\` ADD \`publish_contact_persons\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`moderation_note\` text;`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(
    sql`ALTER TABLE \`organisations_rels\` ADD \`users_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_rels_users_id_idx\` ON \`organisations_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`centres_id\` integer REFERENCES centres(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`centres_target_groups\`;`)
  await db.run(sql`DROP TABLE \`centres_forms\`;`)
  await db.run(sql`DROP TABLE \`centres_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`centres_closures\`;`)
  await db.run(sql`DROP TABLE \`centres_closures_locales\`;`)
  await db.run(sql`DROP TABLE \`centres_languages\`;`)
  await db.run(sql`DROP TABLE \`centres_accessibility\`;`)
  await db.run(sql`DROP TABLE \`centres\`;`)
  await db.run(sql`DROP TABLE \`centres_locales\`;`)
  await db.run(sql`DROP TABLE \`centres_rels\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_forms\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_closures\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_closures_locales\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_version_accessibility\`;`)
  await db.run(sql`DROP TABLE \`_centres_v\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_centres_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`registration_number\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_municipality\` text,
  	\`region_id\` integer,
  	\`website\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organisations\`("id", "name", "generate_slug", "slug", "kind", "country", "registration_number", "address_street", "address_postcode", "address_municipality", "region_id", "website", "email", "phone", "status", "updated_at", "created_at") SELECT "id", "name", "generate_slug", "slug", "kind", "country", "registration_number", "address_street", "address_postcode", "address_municipality", "region_id", "website", "email", "phone", "status", "updated_at", "created_at" FROM \`organisations\`;`,
  )
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_kind_idx\` ON \`organisations\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`organisations_country_idx\` ON \`organisations\` (\`country\`);`)
  await db.run(
    sql`CREATE INDEX \`organisations_registration_number_idx\` ON \`organisations\` (\`registration_number\`);`,
  )
  await db.run(sql`CREATE INDEX \`organisations_region_idx\` ON \`organisations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_status_idx\` ON \`organisations\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_organisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organisations_rels\`("id", "order", "parent_id", "path", "regions_id") SELECT "id", "order", "parent_id", "path", "regions_id" FROM \`organisations_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`organisations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations_rels\` RENAME TO \`organisations_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`organisations_rels_order_idx\` ON \`organisations_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_rels_parent_idx\` ON \`organisations_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_rels_path_idx\` ON \`organisations_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_rels_regions_id_idx\` ON \`organisations_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`organisations_id\` integer,
  	\`regions_id\` integer,
  	\`service_types_id\` integer,
  	\`target_groups_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_types_id\`) REFERENCES \`service_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "organisations_id", "regions_id", "service_types_id", "target_groups_id", "themes_id") SELECT "id", "order", "parent_id", "path", "users_id", "organisations_id", "regions_id", "service_types_id", "target_groups_id", "themes_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
