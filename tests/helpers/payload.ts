import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export type TestPayload = { payload: Payload; cleanup: () => Promise<void> }

/**
 * Boots Payload through its local API on a throw-away database: a fresh SQLite file, or, when
 * MONGODB_URI is set, a fresh database on that MongoDB server. Migrations are applied exactly
 * as `npm start` applies them. Environment set here must be in place before the config loads.
 */
export async function bootPayload(env: Record<string, string> = {}): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-test-'))
  let dropDatabase: ((payload: Payload) => Promise<void>) | undefined
  if (process.env.MONGODB_URI) {
    const url = new URL(process.env.MONGODB_URI)
    url.pathname = `/platform_test_${randomBytes(4).toString('hex')}`
    process.env.DATABASE_URI = url.toString()
    dropDatabase = async (payload) => {
      const connection = (
        payload.db as unknown as { connection?: { dropDatabase: () => Promise<void> } }
      ).connection
      await connection?.dropDatabase()
    }
  } else {
    process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  }
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-for-jwt-signing'
  // a throw-away database: writes need not wait for the disk (src/db/durability.ts)
  process.env.SQLITE_SYNCHRONOUS = 'OFF'
  process.env.MAIL_FOLDER = path.join(dir, 'mail')
  // uploaded files go with the database, not into the checkout's data/: a second run would find
  // the first run's files there, and Payload would rename the new ones (plan-v1-1.pdf)
  for (const [name, folder] of [
    ['MEDIA_DIR', 'media'],
    ['DOCUMENTS_DIR', 'documents'],
    ['MATERIALS_DIR', 'materials'],
  ])
    process.env[name] = path.join(dir, folder)
  Object.assign(process.env, env)

  const [{ default: config }, { getPayload }, { migrateDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/db/migrate'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return {
    payload,
    cleanup: async () => {
      if (dropDatabase) await dropDatabase(payload)
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

let sequence = 0

/** Creates a user with the given roles (as the system, bypassing access) for a test. */
export async function createUser(
  payload: Payload,
  roles: ('admin' | 'editor' | 'ngo' | 'member')[],
  overrides: Record<string, unknown> = {},
) {
  sequence += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `user${sequence}-${roles.join('-') || 'none'}@example.test`,
      password: 'correct horse battery staple',
      name: `Test ${roles.join(' ')}`,
      roles,
      preferredLanguage: 'sk',
      _verified: true,
      ...overrides,
    },
    disableVerificationEmail: true,
  })
}

/** Asserts that Payload refused the operation with its Forbidden error (HTTP 403). */
export async function expectForbidden(operation: Promise<unknown>) {
  const error = await operation.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error('expected the operation to be refused, but it succeeded')
  const { name, status } = error as { name?: string; status?: number }
  if (name !== 'Forbidden' || status !== 403) {
    throw new Error(`expected Forbidden (403), got ${name} (${status}): ${String(error)}`)
  }
}
