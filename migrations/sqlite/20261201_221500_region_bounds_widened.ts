import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { storeRegionBounds } from '../../src/registry/position'

/** Four regions' boxes missed places at their edges (Senec district, Semily, Jičín, Kisbér). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await storeRegionBounds(payload, req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
