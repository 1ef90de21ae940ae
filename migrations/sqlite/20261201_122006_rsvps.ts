import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meetings_rsvps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`answer\` text NOT NULL,
  	\`answered_at\` text NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rsvps_order_idx\` ON \`meetings_rsvps\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`meetings_rsvps_parent_id_idx\` ON \`meetings_rsvps\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_rsvps_member_idx\` ON \`meetings_rsvps\` (\`member_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meetings_v_version_rsvps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`answer\` text NOT NULL,
  	\`answered_at\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_rsvps_order_idx\` ON \`_meetings_v_version_rsvps\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_rsvps_parent_id_idx\` ON \`_meetings_v_version_rsvps\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_rsvps_member_idx\` ON \`_meetings_v_version_rsvps\` (\`member_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meetings_rsvps\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_rsvps\`;`)
}
