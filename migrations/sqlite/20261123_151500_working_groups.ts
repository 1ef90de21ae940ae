import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`working_groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`users_rels_working_groups_id_idx\` ON \`users_rels\` (\`working_groups_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`working_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`listed_publicly\` integer DEFAULT false,
  	\`language\` text DEFAULT 'sk' NOT NULL,
  	\`time_zone\` text DEFAULT 'Europe/Bratislava' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`working_groups_slug_idx\` ON \`working_groups\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_listed_publicly_idx\` ON \`working_groups\` (\`listed_publicly\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_updated_at_idx\` ON \`working_groups\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_created_at_idx\` ON \`working_groups\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`working_groups_locales\` (
  	\`name\` text NOT NULL,
  	\`purpose\` text,
  	\`public_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`working_groups_locales_locale_parent_id_unique\` ON \`working_groups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`working_groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`working_groups_rels_order_idx\` ON \`working_groups_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_rels_parent_idx\` ON \`working_groups_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_rels_path_idx\` ON \`working_groups_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_rels_regions_id_idx\` ON \`working_groups_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_rels_users_id_idx\` ON \`working_groups_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`presenter\` text,
  	\`public\` integer DEFAULT false,
  	\`discussion\` text,
  	\`decision\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meetings_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'present' NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`meetings_attendance_order_idx\` ON \`meetings_attendance\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_attendance_parent_id_idx\` ON \`meetings_attendance\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_attendance_member_idx\` ON \`meetings_attendance\` (\`member_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meetings_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_guests_order_idx\` ON \`meetings_guests\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`meetings_guests_parent_id_idx\` ON \`meetings_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meetings_action_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`task\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`assignee_name\` text,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`meetings_action_items_order_idx\` ON \`meetings_action_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_action_items_parent_id_idx\` ON \`meetings_action_items\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_action_items_assignee_idx\` ON \`meetings_action_items\` (\`assignee_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`working_group_id\` integer NOT NULL,
  	\`number\` numeric,
  	\`title\` text,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Europe/Bratislava' NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`endsat_tz\` text DEFAULT 'Europe/Bratislava' NOT NULL,
  	\`venue\` text,
  	\`online_url\` text,
  	\`invitation\` text,
  	\`event_id\` integer,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`amendment_reason\` text,
  	\`approved_at\` text,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`meetings_working_group_idx\` ON \`meetings\` (\`working_group_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_event_idx\` ON \`meetings\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_approved_by_idx\` ON \`meetings\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`meetings_rels_materials_id_idx\` ON \`meetings_rels\` (\`materials_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_version_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`presenter\` text,
  	\`public\` integer DEFAULT false,
  	\`discussion\` text,
  	\`decision\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_agenda_order_idx\` ON \`_meetings_v_version_agenda\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_agenda_parent_id_idx\` ON \`_meetings_v_version_agenda\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_version_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'present' NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_attendance_order_idx\` ON \`_meetings_v_version_attendance\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_attendance_parent_id_idx\` ON \`_meetings_v_version_attendance\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_attendance_member_idx\` ON \`_meetings_v_version_attendance\` (\`member_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_guests_order_idx\` ON \`_meetings_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_guests_parent_id_idx\` ON \`_meetings_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_version_action_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`task\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`assignee_name\` text,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_action_items_order_idx\` ON \`_meetings_v_version_action_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_action_items_parent_id_idx\` ON \`_meetings_v_version_action_items\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_action_items_assignee_idx\` ON \`_meetings_v_version_action_items\` (\`assignee_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_working_group_id\` integer NOT NULL,
  	\`version_number\` numeric,
  	\`version_title\` text,
  	\`version_starts_at\` text NOT NULL,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Bratislava' NOT NULL,
  	\`version_ends_at\` text NOT NULL,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Bratislava' NOT NULL,
  	\`version_venue\` text,
  	\`version_online_url\` text,
  	\`version_invitation\` text,
  	\`version_event_id\` integer,
  	\`version_status\` text DEFAULT 'planned' NOT NULL,
  	\`version_amendment_reason\` text,
  	\`version_approved_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_parent_idx\` ON \`_meetings_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_working_group_idx\` ON \`_meetings_v\` (\`version_working_group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_starts_at_idx\` ON \`_meetings_v\` (\`version_starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_event_idx\` ON \`_meetings_v\` (\`version_event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_status_idx\` ON \`_meetings_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_approved_by_idx\` ON \`_meetings_v\` (\`version_approved_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_updated_at_idx\` ON \`_meetings_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_version_created_at_idx\` ON \`_meetings_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_created_at_idx\` ON \`_meetings_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_updated_at_idx\` ON \`_meetings_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_rels_order_idx\` ON \`_meetings_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_rels_parent_idx\` ON \`_meetings_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_meetings_v_rels_path_idx\` ON \`_meetings_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_rels_materials_id_idx\` ON \`_meetings_v_rels\` (\`materials_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`minutes_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`meeting_id\` integer NOT NULL,
  	\`working_group_id\` integer,
  	\`agenda_item\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`resolved\` integer DEFAULT false,
  	\`response\` text,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`minutes_comments_meeting_idx\` ON \`minutes_comments\` (\`meeting_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_working_group_idx\` ON \`minutes_comments\` (\`working_group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_author_idx\` ON \`minutes_comments\` (\`author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_resolved_idx\` ON \`minutes_comments\` (\`resolved\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_resolved_by_idx\` ON \`minutes_comments\` (\`resolved_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_updated_at_idx\` ON \`minutes_comments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_created_at_idx\` ON \`minutes_comments\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`working_group_id\` integer NOT NULL,
  	\`meeting_id\` integer,
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
  	FOREIGN KEY (\`working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`materials_working_group_idx\` ON \`materials\` (\`working_group_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`materials_meeting_idx\` ON \`materials\` (\`meeting_id\`);`)
  await db.run(
    sql`CREATE INDEX \`materials_uploaded_by_idx\` ON \`materials\` (\`uploaded_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_filename_idx\` ON \`materials\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`member_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`working_group_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`meeting_id\` integer,
  	\`material_id\` integer,
  	\`mode\` text NOT NULL,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`material_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`member_notifications_user_idx\` ON \`member_notifications\` (\`user_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_working_group_idx\` ON \`member_notifications\` (\`working_group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_meeting_idx\` ON \`member_notifications\` (\`meeting_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_material_idx\` ON \`member_notifications\` (\`material_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_mode_idx\` ON \`member_notifications\` (\`mode\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_sent_at_idx\` ON \`member_notifications\` (\`sent_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_updated_at_idx\` ON \`member_notifications\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`member_notifications_created_at_idx\` ON \`member_notifications\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`notification_mode\` text DEFAULT 'immediate';`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`working_groups_id\` integer REFERENCES working_groups(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`minutes_comments_id\` integer REFERENCES minutes_comments(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`materials_id\` integer REFERENCES materials(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`member_notifications_id\` integer REFERENCES member_notifications(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_minutes_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`minutes_comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_member_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`member_notifications_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`working_groups\`;`)
  await db.run(sql`DROP TABLE \`working_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`working_groups_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_attendance\`;`)
  await db.run(sql`DROP TABLE \`meetings_guests\`;`)
  await db.run(sql`DROP TABLE \`meetings_action_items\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_agenda\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_attendance\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_guests\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_action_items\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`minutes_comments\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`DROP TABLE \`member_notifications\`;`)
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
  	\`strategies_id\` integer,
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
  	FOREIGN KEY (\`strategies_id\`) REFERENCES \`strategies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "case_studies_id", "strategies_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "documents_id", "regions_id", "service_types_id", "target_groups_id", "themes_id", "indicator_types_id") SELECT "id", "order", "parent_id", "path", "users_id", "organisations_id", "centres_id", "case_studies_id", "strategies_id", "events_id", "event_registrations_id", "event_seats_id", "media_id", "documents_id", "regions_id", "service_types_id", "target_groups_id", "themes_id", "indicator_types_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_strategies_id_idx\` ON \`payload_locked_documents_rels\` (\`strategies_id\`);`,
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_mode\`;`)
}
