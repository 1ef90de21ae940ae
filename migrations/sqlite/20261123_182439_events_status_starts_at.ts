import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`status_startsAt_idx\` ON \`events\` (\`status\`,\`starts_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_status_version_startsAt_idx\` ON \`_events_v\` (\`version_status\`,\`version_starts_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_startsAt_idx\`;`)
}
