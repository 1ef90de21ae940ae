import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { simplePdf } from '@/utilities/pdf'

import { bootPayload, type TestPayload } from '../helpers/payload'

// the README's backup and restore of the embedded set-up, tried once: an online backup while
// Payload writes, then a restore into another place, read back
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-backup-'))
const folders = {
  MEDIA_DIR: path.join(dir, 'media'),
  DOCUMENTS_DIR: path.join(dir, 'documents'),
  MATERIALS_DIR: path.join(dir, 'materials'),
}
let booted: TestPayload

const runScript = (script: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

beforeAll(async () => {
  booted = await bootPayload(folders)
})

afterAll(async () => {
  await booted?.cleanup()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(Boolean(process.env.MONGODB_URI))(
  'backup and restore (SQLite and local files)',
  () => {
    it('restores the database and the files as they were when the backup was taken', async () => {
      const { payload } = booted
      const pdf = simplePdf('Výročná správa', ['Rok 2025.'])
      const kept = await payload.create({
        collection: 'documents',
        data: { title: 'Výročná správa 2025' },
        file: {
          data: pdf,
          mimetype: 'application/pdf',
          name: 'vyrocna-sprava.pdf',
          size: pdf.length,
        },
      })
      const database = process.env.DATABASE_URI!

      const written = runScript('scripts/backup.mjs', [path.join(dir, 'backups')], {
        DATABASE_URI: database,
        ...folders,
      })
      const backup = /Backup written to (.+)$/m.exec(written)![1].trim()

      // what happens after the backup is not in it
      const later = simplePdf('Neskôr', ['Po zálohe.'])
      await payload.create({
        collection: 'documents',
        data: { title: 'Neskorší dokument' },
        file: { data: later, mimetype: 'application/pdf', name: 'neskor.pdf', size: later.length },
      })

      const restored = path.join(dir, 'restored')
      const restoredFolders = {
        MEDIA_DIR: path.join(restored, 'media'),
        DOCUMENTS_DIR: path.join(restored, 'documents'),
        MATERIALS_DIR: path.join(restored, 'materials'),
      }
      runScript('scripts/restore.mjs', [backup], {
        DATABASE_URI: `file:${path.join(restored, 'platform.db')}`,
        ...restoredFolders,
      })

      const client = createClient({ url: `file:${path.join(restored, 'platform.db')}` })
      try {
        const { rows } = await client.execute('select filename from documents order by id')
        expect(rows.map((row) => row.filename)).toEqual([kept.filename])
      } finally {
        client.close()
      }
      expect(fs.readFileSync(path.join(restoredFolders.DOCUMENTS_DIR, kept.filename!))).toEqual(pdf)
      expect(fs.existsSync(path.join(restoredFolders.DOCUMENTS_DIR, 'neskor.pdf'))).toBe(false)
    })
  },
)
