import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`minutes_comments\` ADD \`reply_to_id\` integer REFERENCES minutes_comments(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`minutes_comments_reply_to_idx\` ON \`minutes_comments\` (\`reply_to_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_minutes_comments\` (
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
    sql`INSERT INTO \`__new_minutes_comments\`("id", "meeting_id", "working_group_id", "agenda_item", "body", "author_id", "resolved", "response", "resolved_by_id", "resolved_at", "updated_at", "created_at") SELECT "id", "meeting_id", "working_group_id", "agenda_item", "body", "author_id", "resolved", "response", "resolved_by_id", "resolved_at", "updated_at", "created_at" FROM \`minutes_comments\`;`,
  )
  await db.run(sql`DROP TABLE \`minutes_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_minutes_comments\` RENAME TO \`minutes_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
