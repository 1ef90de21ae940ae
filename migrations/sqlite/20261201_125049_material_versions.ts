import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`working_groups\` ADD \`contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`materials\` ADD \`replaces_id\` integer REFERENCES materials(id);`)
  await db.run(sql`CREATE INDEX \`materials_replaces_idx\` ON \`materials\` (\`replaces_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_materials\` (
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
    sql`INSERT INTO \`__new_materials\`("id", "title", "description", "working_group_id", "meeting_id", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "title", "description", "working_group_id", "meeting_id", "uploaded_by_id", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`materials\`;`,
  )
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_materials\` RENAME TO \`materials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`working_groups\` DROP COLUMN \`contact_email\`;`)
}
