import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

import { fillIndicatorUnitForms } from '../../src/seed/indicatorUnitForms'

/** The demo indicator types already stored get their units' plural forms. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await fillIndicatorUnitForms(payload, req)
}

export async function down(): Promise<void> {}
