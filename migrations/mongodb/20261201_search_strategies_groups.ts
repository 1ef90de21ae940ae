import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { reindexSearch } from '../../src/search/reindex'

/** The site search now finds plans, their measures and publicly listed groups. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await reindexSearch(payload, { all: true, collections: ['strategies', 'working-groups'], req })
}

export async function down(): Promise<void> {}
