import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillMeetingTitles } from '../../src/collections/Meetings/hooks/nameMeeting'
import { renameDemoEditor } from '../../src/seed/renameDemoEditor'

/** Meetings saved before `listTitle` existed get theirs; the demo editor gets a person's name. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillMeetingTitles(payload, req)
  await renameDemoEditor(payload, req)
}

export async function down(): Promise<void> {}
