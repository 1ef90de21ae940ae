// `npm run migrate` (and `npm start` before serving): applies pending migrations.
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrateDatabase } from './migrate'

const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
