import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { readDatabaseConfig } from '@/config/environment'

const migrationsRoot = path.resolve(process.cwd(), 'migrations')

/**
 * The one place that picks the database: SQLite (embedded default) or MongoDB (production),
 * from DATABASE_URI. The schema always comes from migrations (`push: false`), in development,
 * tests and production alike, so that the three never diverge.
 */
export async function databaseAdapter(
  env: Record<string, string | undefined> = process.env,
): Promise<DatabaseAdapterObj> {
  const db = readDatabaseConfig(env)
  // only the chosen adapter is loaded: MongoDB's driver alone set aside 17 MB for BSON at load
  // in every SQLite server
  if (db.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    // MongoDB needs no DDL; its folder holds data migrations only
    return mongooseAdapter({ url: db.url, migrationDir: path.join(migrationsRoot, 'mongodb') })
  }
  fs.mkdirSync(path.dirname(db.file), { recursive: true })
  // several instances on one file (REDIS_URL names their shared store): readers never wait for a
  // writer and a writer waits its turn instead of failing with SQLITE_BUSY. One process keeps
  // SQLite's plain journal, where a file locked by another process shows at once as a fault
  // (the calm "service unavailable" page) instead of waiting
  const shared = Boolean(env.REDIS_URL) || env.SQLITE_WAL === 'on'
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url: `file:${db.file}` },
    push: false,
    ...(shared ? { wal: true, busyTimeout: 5_000 } : {}),
    migrationDir: path.join(migrationsRoot, 'sqlite'),
  })
}
