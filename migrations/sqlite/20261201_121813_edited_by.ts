import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`organisations\` ADD \`edited_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_edited_by_idx\` ON \`organisations\` (\`edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_organisations_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_version_edited_by_idx\` ON \`_organisations_v\` (\`version_edited_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`centres\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`centres_edited_by_idx\` ON \`centres\` (\`edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_centres_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_edited_by_idx\` ON \`_centres_v\` (\`version_edited_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`search_text\` text,
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
  	\`logo_id\` integer,
  	\`publish_contact_persons\` integer DEFAULT false,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organisations\`("id", "search_text", "name", "generate_slug", "slug", "kind", "country", "registration_number", "address_street", "address_postcode", "address_municipality", "region_id", "website", "email", "phone", "logo_id", "publish_contact_persons", "status", "moderation_note", "updated_at", "created_at") SELECT "id", "search_text", "name", "generate_slug", "slug", "kind", "country", "registration_number", "address_street", "address_postcode", "address_municipality", "region_id", "website", "email", "phone", "logo_id", "publish_contact_persons", "status", "moderation_note", "updated_at", "created_at" FROM \`organisations\`;`,
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
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_status_idx\` ON \`organisations\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_search_text\` text,
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
    sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_search_text", "version_name", "version_generate_slug", "version_slug", "version_kind", "version_country", "version_registration_number", "version_address_street", "version_address_postcode", "version_address_municipality", "version_region_id", "version_website", "version_email", "version_phone", "version_logo_id", "version_publish_contact_persons", "version_status", "version_moderation_note", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_search_text", "version_name", "version_generate_slug", "version_slug", "version_kind", "version_country", "version_registration_number", "version_address_street", "version_address_postcode", "version_address_municipality", "version_region_id", "version_website", "version_email", "version_phone", "version_logo_id", "version_publish_contact_persons", "version_status", "version_moderation_note", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_organisations_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_centres\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`search_text\` text,
  	\`contact_person_public\` integer DEFAULT false,
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
  await db.run(
    sql`INSERT INTO \`__new_centres\`("id", "search_text", "contact_person_public", "organisation_id", "name", "generate_slug", "slug", "capacity_value", "capacity_unit", "address_street", "address_postcode", "address_municipality", "region_id", "country", "latitude", "longitude", "contact_person_name", "contact_person_phone", "contact_person_email", "status", "moderation_note", "updated_at", "created_at") SELECT "id", "search_text", "contact_person_public", "organisation_id", "name", "generate_slug", "slug", "capacity_value", "capacity_unit", "address_street", "address_postcode", "address_municipality", "region_id", "country", "latitude", "longitude", "contact_person_name", "contact_person_phone", "contact_person_email", "status", "moderation_note", "updated_at", "created_at" FROM \`centres\`;`,
  )
  await db.run(sql`DROP TABLE \`centres\`;`)
  await db.run(sql`ALTER TABLE \`__new_centres\` RENAME TO \`centres\`;`)
  await db.run(
    sql`CREATE INDEX \`centres_contact_person_public_idx\` ON \`centres\` (\`contact_person_public\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`__new__centres_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_search_text\` text,
  	\`version_contact_person_public\` integer DEFAULT false,
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
  await db.run(
    sql`INSERT INTO \`__new__centres_v\`("id", "parent_id", "version_search_text", "version_contact_person_public", "version_organisation_id", "version_name", "version_generate_slug", "version_slug", "version_capacity_value", "version_capacity_unit", "version_address_street", "version_address_postcode", "version_address_municipality", "version_region_id", "version_country", "version_latitude", "version_longitude", "version_contact_person_name", "version_contact_person_phone", "version_contact_person_email", "version_status", "version_moderation_note", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_search_text", "version_contact_person_public", "version_organisation_id", "version_name", "version_generate_slug", "version_slug", "version_capacity_value", "version_capacity_unit", "version_address_street", "version_address_postcode", "version_address_municipality", "version_region_id", "version_country", "version_latitude", "version_longitude", "version_contact_person_name", "version_contact_person_phone", "version_contact_person_email", "version_status", "version_moderation_note", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_centres_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_centres_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__centres_v\` RENAME TO \`_centres_v\`;`)
  await db.run(sql`CREATE INDEX \`_centres_v_parent_idx\` ON \`_centres_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_contact_person_public_idx\` ON \`_centres_v\` (\`version_contact_person_public\`);`,
  )
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
}
