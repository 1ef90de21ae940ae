import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`pending_email\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`show_email_to_groups\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`centres\` ADD \`contact_person_public\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`centres_contact_person_public_idx\` ON \`centres\` (\`contact_person_public\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_centres_v\` ADD \`version_contact_person_public\` integer DEFAULT false;`,
  )
  await db.run(
    sql`CREATE INDEX \`_centres_v_version_version_contact_person_public_idx\` ON \`_centres_v\` (\`version_contact_person_public\`);`,
  )
  // centres saved before the mirror existed take their organisation's current choice
  await db.run(
    sql`UPDATE \`centres\` SET \`contact_person_public\` = COALESCE((SELECT \`publish_contact_persons\` FROM \`organisations\` WHERE \`organisations\`.\`id\` = \`centres\`.\`organisation_id\`), 0);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`centres_contact_person_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`centres\` DROP COLUMN \`contact_person_public\`;`)
  await db.run(sql`DROP INDEX \`_centres_v_version_version_contact_person_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` DROP COLUMN \`version_contact_person_public\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`pending_email\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`show_email_to_groups\`;`)
}
