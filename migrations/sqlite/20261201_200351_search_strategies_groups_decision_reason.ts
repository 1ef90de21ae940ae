import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { reindexSearch } from '../../src/search/reindex'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`strategies\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_strategies_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`event_registrations\` ADD \`decision_reason\` text;`)
  await db.run(sql`ALTER TABLE \`working_groups\` ADD \`search_text\` text;`)
  // the site search now finds plans, their measures and publicly listed groups
  await reindexSearch(payload, { all: true, collections: ['strategies', 'working-groups'], req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`strategies\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_strategies_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`event_registrations\` DROP COLUMN \`decision_reason\`;`)
  await db.run(sql`ALTER TABLE \`working_groups\` DROP COLUMN \`search_text\`;`)
}
