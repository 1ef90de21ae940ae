import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { regionBounds } from '../../src/seed/data/regionBounds'

/** The regions already stored get their box, so their centres' positions are checked at once. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const [code, [south, west, north, east]] of Object.entries(regionBounds)) {
    await payload.db.updateMany({
      collection: 'regions',
      where: { code: { equals: code } },
      data: { bounds: { south, west, north, east } },
      req,
    })
  }
}

export async function down(): Promise<void> {}
