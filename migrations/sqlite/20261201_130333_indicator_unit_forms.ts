import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillIndicatorUnitForms } from '../../src/seed/indicatorUnitForms'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` ADD \`unit_forms_one\` text;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` ADD \`unit_forms_few\` text;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` ADD \`unit_forms_many\` text;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` ADD \`unit_forms_other\` text;`)
  // the demo indicator types already stored get their forms, in the migration's transaction
  await fillIndicatorUnitForms(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` DROP COLUMN \`unit_forms_one\`;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` DROP COLUMN \`unit_forms_few\`;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` DROP COLUMN \`unit_forms_many\`;`)
  await db.run(sql`ALTER TABLE \`indicator_types_locales\` DROP COLUMN \`unit_forms_other\`;`)
}
