import type { Migration, Payload } from 'payload'

import { migrations as mongodbMigrations } from '../../migrations/mongodb'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'

/** Applies pending migrations of whichever adapter is configured; a no-op when up to date. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = payload.db.name === 'mongoose' ? mongodbMigrations : sqliteMigrations
  if (migrations.length === 0) return
  // generated migration files type their arguments per adapter; Payload's list type is generic
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
