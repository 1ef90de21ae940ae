// `npm run seed`: applies pending migrations, then loads whatever demo content is missing.
import config from '@payload-config'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

import { migrateDatabase } from '@/db/migrate'

import { demoAccounts, seed } from './index'

/** The demo accounts' password: SEED_ADMIN_PASSWORD, or one generated once and kept in data/. */
function demoPassword(): string {
  if (process.env.SEED_ADMIN_PASSWORD) return process.env.SEED_ADMIN_PASSWORD
  const file = path.resolve('data/.demo-password')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const password = randomBytes(9).toString('base64url')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, password, { mode: 0o600 })
  return password
}

// demo content that can simply be loaded again: its writes need not wait for the disk, which
// takes the first seed from about a minute and a half to under forty seconds here
process.env.SQLITE_SYNCHRONOUS ??= 'OFF'
const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
  const password = demoPassword()
  const report = await seed(payload, { adminPassword: password })
  const created = Object.entries(report)
    .filter(([, n]) => n > 0)
    .map(([collection, n]) => `${n} ${collection}`)
  console.info(created.length ? `Seed: created ${created.join(', ')}.` : 'Seed: nothing to add.')
  const passwordNote =
    report.users > 0 || !process.env.SEED_ADMIN_PASSWORD ? password : '(SEED_ADMIN_PASSWORD)'
  console.info(
    `Admin login: ${demoAccounts[0].email} / ${passwordNote}  (editor: ${demoAccounts[1].email}, same password)`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
