import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`startsAt_createdAt_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version_starts_at\`,\`version_created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`startsAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_startsAt_version_createdAt_idx\`;`)
}
