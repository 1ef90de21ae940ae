import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { refreshAllMediaUse } from '../../src/hooks/trackMediaUse'

/** Images uploaded before read access depended on their use get `publicUse` and `usedBy`. */
export async function up({ req }: MigrateUpArgs): Promise<void> {
  await refreshAllMediaUse(req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
