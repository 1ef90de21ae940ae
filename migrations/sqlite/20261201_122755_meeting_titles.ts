import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillMeetingTitles } from '../../src/collections/Meetings/hooks/nameMeeting'
import { renameDemoEditor } from '../../src/seed/renameDemoEditor'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_list_title\` text;`)
  // inside the migration's own transaction (its request), or SQLite would wait on itself
  await backfillMeetingTitles(payload, req)
  await renameDemoEditor(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_list_title\`;`)
}
