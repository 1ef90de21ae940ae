// `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` back in place of
// the database of DATABASE_URI and the upload folders. Stop every instance first; start again
// with `npm start`, which applies the migrations the backup predates.
import fs from 'node:fs'
import path from 'node:path'

import { readDatabaseConfig } from '../src/config/environment.js'
import { explainConfigurationErrors, uploadFolders } from './lib.mjs'

const source = process.argv[2] && path.resolve(process.argv[2])
if (!source || !fs.existsSync(path.join(source, 'platform.db'))) {
  console.error('Usage: npm run restore -- <folder written by npm run backup>')
  process.exit(1)
}
await explainConfigurationErrors(async () => {
  const db = readDatabaseConfig()
  if (db.kind !== 'sqlite') {
    console.error(
      'DATABASE_URI names MongoDB: restore it with mongorestore (see README, "Backups").',
    )
    process.exit(1)
  }
  fs.mkdirSync(path.dirname(db.file), { recursive: true })
  // a write-ahead log left beside the file belongs to the database being replaced
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${db.file}${suffix}`, { force: true })
  fs.copyFileSync(path.join(source, 'platform.db'), db.file)
  for (const [name, folder] of Object.entries(uploadFolders())) {
    const kept = path.join(source, name)
    if (!fs.existsSync(kept)) continue
    fs.rmSync(folder, { recursive: true, force: true })
    fs.cpSync(kept, folder, { recursive: true })
  }
  console.info(`Restored ${db.file} and the upload folders from ${source}`)
})
