import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { reindexSearch } from '../../src/search/reindex'

/** The search index used to take words from a newer draft: rebuild it from what is stored. */
// inside the migration's own transaction (its request), or SQLite would wait on itself
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await reindexSearch(payload, { all: true, req })
}

export async function down(): Promise<void> {}
