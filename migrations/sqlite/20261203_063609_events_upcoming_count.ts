import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`endsAt_status_idx\` ON \`events\` (\`ends_at\`,\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`version_endsAt_version_status_idx\` ON \`_events_v\` (\`version_ends_at\`,\`version_status\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`endsAt_status_idx\`;`)
  await db.run(sql`DROP INDEX \`version_endsAt_version_status_idx\`;`)
}
