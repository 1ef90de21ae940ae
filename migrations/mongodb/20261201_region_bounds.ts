import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { storeRegionBounds } from '../../src/registry/position'

/** The regions already stored get their box, so their centres' positions are checked at once. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await storeRegionBounds(payload, req)
}

export async function down(): Promise<void> {}
