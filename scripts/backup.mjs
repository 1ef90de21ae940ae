// `npm run backup -- <folder>`: a consistent copy of the embedded set-up (the SQLite database,
// taken online while the server runs, and the upload folders) into <folder>/platform-<time>/.
// MongoDB and S3 have their own tools (README, "Backups").
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { readDatabaseConfig, readObjectStorageConfig } from '../src/config/environment.js'
import { explainConfigurationErrors, uploadFolders } from './lib.mjs'

const target = process.argv[2]
if (!target) {
  console.error('Usage: npm run backup -- <folder>')
  process.exit(1)
}
await explainConfigurationErrors(async () => {
  const db = readDatabaseConfig()
  if (db.kind !== 'sqlite') {
    console.error('DATABASE_URI names MongoDB: back it up with mongodump (see README, "Backups").')
    process.exit(1)
  }
  const out = path.resolve(target, `platform-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  fs.mkdirSync(out, { recursive: true })
  // the database first: a file newer than the database is harmless, the reverse is not.
  // VACUUM INTO reads one consistent snapshot, WAL included, while others keep writing.
  const client = createClient({ url: `file:${db.file}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(out, 'platform.db')] })
  } finally {
    client.close()
  }
  if (readObjectStorageConfig()) {
    console.info('Uploads are in the S3 bucket: keep them with its versioning or replication.')
  } else {
    for (const [name, folder] of Object.entries(uploadFolders())) {
      if (fs.existsSync(folder)) fs.cpSync(folder, path.join(out, name), { recursive: true })
    }
  }
  console.info(`Backup written to ${out}`)
})
