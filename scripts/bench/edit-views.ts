// `node scripts/run-ts.mjs scripts/bench/edit-views.ts [--runs N] [--base-url URL] [--only a,b]`:
// only the admin edit-view measurement of `npm run bench`, against the existing production build
// (.next) on a fresh demo database — or against a server already running at --base-url (its seed
// password in SEED_ADMIN_PASSWORD); --only measures only those collections' views.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seedDatabase, serverEnv, startServer, stopServer } from '../../tests/helpers/server'
import { editViewTable, measureEditViews } from './editViews'

const args = process.argv.slice(3)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const runs = Number(option('--runs') ?? 3)
const only = option('--only')?.split(',').filter(Boolean) ?? []
const password = process.env.SEED_ADMIN_PASSWORD || 'bench password 1'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-edit-views-'))
let server: ReturnType<typeof startServer> extends Promise<infer S> ? S | undefined : never
try {
  let baseURL = option('--base-url')
  if (!baseURL) {
    if (!fs.existsSync('.next/BUILD_ID'))
      throw new Error('No production build: run `npm run build` first.')
    const prepared = await serverEnv(dir, { SEED_ADMIN_PASSWORD: password, JOBS_AUTORUN: 'off' })
    baseURL = prepared.baseURL
    console.log(`▶ Seeding a demo database in ${dir}`)
    seedDatabase(prepared.env)
    server = await startServer(dir, baseURL, prepared.env)
  }
  console.log(
    `▶ Edit views: time until the form accepts input, median of ${runs} (after one warm-up)`,
  )
  const timings = await measureEditViews(baseURL, password, runs, only)
  console.log(`\n${editViewTable(timings)}`)
} finally {
  if (server) stopServer(server)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
