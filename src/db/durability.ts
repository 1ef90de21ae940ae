import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

const LEVELS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const

/**
 * SQLITE_SYNCHRONOUS=OFF lets SQLite hand writes to the operating system without waiting for
 * the disk. Payload runs SQLite without transactions, so each statement is its own commit, and
 * with the default (FULL) each commit waits for the disk: 3 ms here, 60 statements for a saved
 * centre, and two thirds of the demo seed's time. Set for throw-away test databases and for the
 * seed and the benchmark's generator, which can simply run again; never for a database whose
 * writes matter (the default stays FULL). A per-connection setting, for this process only.
 */
export async function applySqliteDurability(
  payload: Payload,
  level = process.env.SQLITE_SYNCHRONOUS,
): Promise<void> {
  if (!level || payload.db.name !== 'sqlite') return
  const value = level.toUpperCase()
  if (!(LEVELS as readonly string[]).includes(value))
    throw new Error(`SQLITE_SYNCHRONOUS must be one of ${LEVELS.join(', ')}, not "${level}"`)
  const { drizzle } = payload.db as unknown as SQLiteAdapter
  await drizzle.run(sql.raw(`PRAGMA synchronous = ${value}`))
}
