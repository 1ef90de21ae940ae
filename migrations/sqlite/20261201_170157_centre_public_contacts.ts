import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// a centre's own public phone, e-mail and website (the institution's, not the contact person's)
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`centres\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`centres\` ADD \`email\` text;`)
  await db.run(sql`ALTER TABLE \`centres\` ADD \`website\` text;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` ADD \`version_phone\` text;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` ADD \`version_email\` text;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` ADD \`version_website\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`centres\` DROP COLUMN \`phone\`;`)
  await db.run(sql`ALTER TABLE \`centres\` DROP COLUMN \`email\`;`)
  await db.run(sql`ALTER TABLE \`centres\` DROP COLUMN \`website\`;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` DROP COLUMN \`version_phone\`;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` DROP COLUMN \`version_email\`;`)
  await db.run(sql`ALTER TABLE \`_centres_v\` DROP COLUMN \`version_website\`;`)
}
