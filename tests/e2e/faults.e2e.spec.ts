import { createClient } from '@libsql/client'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { openEventId } from '../helpers/openEvent'
import { freePort, seedDatabase, serverEnv, startServer, stopServer } from '../helpers/server'

const password = 'faults admin password 7'
let dir: string
let server: ChildProcess | undefined

afterAll(() => {
  if (server) stopServer(server)
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('faults: the server killed in the middle of registrations', () => {
  it(
    'restarts on a clean database with every registration it confirmed',
    { timeout: 240_000 },
    async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-faults-'))
      // mail goes to a port where nothing listens: sending fails and is retried later, never blocks
      const { baseURL, env } = await serverEnv(dir, {
        SEED_ADMIN_PASSWORD: password,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(await freePort()),
        EVENT_REGISTRATION_LIMIT_PER_HOUR: '10000',
      })
      seedDatabase(env)
      server = await startServer(dir, baseURL, env)

      const login = async () => {
        const response = await fetch(`${baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'admin@example.org', password }),
        })
        return ((await response.json()) as { token: string }).token
      }
      let token = await login()
      const event = { id: await openEventId(baseURL, token) }

      // a burst of registrations; the server is killed (SIGKILL, no shutdown) while they run
      const answered: { email: string; status: number; outcome?: string }[] = []
      const burst = Array.from({ length: 80 }, (_, index) => {
        const email = `burst-${index}@example.test`
        return fetch(`${baseURL}/api/events/${event.id}/register`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${index}` },
          body: JSON.stringify({ name: `Burst ${index}`, email, consent: true }),
        })
          .then(async (response) => {
            const body = (await response.json().catch(() => ({}))) as { status?: string }
            answered.push({ email, status: response.status, outcome: body.status })
          })
          .catch(() => undefined)
      })
      while (answered.length < 15) await new Promise((resolve) => setTimeout(resolve, 20))
      stopServer(server, 'SIGKILL')
      await Promise.all(burst)
      const acknowledged = answered.filter((entry) => entry.status === 201 || entry.status === 200)
      expect(acknowledged.length).toBeGreaterThanOrEqual(15)
      expect(acknowledged.length).toBeLessThan(80)

      // the same database, a new process: it opens cleanly and has every answered registration
      server = await startServer(dir, baseURL, env)
      token = await login()
      const stored = (await (
        await fetch(
          `${baseURL}/api/event-registrations?where[event][equals]=${event.id}&limit=500&depth=0`,
          { headers: { Authorization: `JWT ${token}` } },
        )
      ).json()) as { docs: { email: string; status: string }[] }
      const byEmail = new Map(stored.docs.map((doc) => [doc.email, doc.status]))
      for (const entry of acknowledged) {
        expect(
          byEmail.has(entry.email),
          `${entry.email} was answered ${entry.status} but is gone`,
        ).toBe(true)
        if (entry.outcome === 'confirmed') expect(byEmail.get(entry.email)).toBe('confirmed')
      }
      // and it keeps working: a new registration after the restart
      const after = await fetch(`${baseURL}/api/events/${event.id}/register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.250' },
        body: JSON.stringify({
          name: 'After Restart',
          email: 'after-restart@example.test',
          consent: true,
        }),
      })
      expect([200, 201]).toContain(after.status)
    },
  )
})

describe('faults: the database unreachable', () => {
  it(
    'answers a calm page in the reader’s language, the admin says why, and all works again without a restart',
    { timeout: 60_000 },
    async () => {
      // the server of the test above, on its own database file: another process locks that file
      // (as a backup tool or a stuck migration would), so every read of the server fails
      expect(server, 'the server of the previous test').toBeDefined()
      const baseURL = `http://127.0.0.1:${server!.spawnargs[server!.spawnargs.indexOf('--port') + 1]}`
      const lock = createClient({ url: `file:${path.join(dir, 'e2e.db')}` })
      // the server may be finishing a write of the test above (its mail queue): wait for it
      await lock.execute('PRAGMA busy_timeout = 10000')
      await lock.execute('BEGIN EXCLUSIVE')
      // past the two seconds a healthy check is trusted for
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      try {
        const page = await fetch(`${baseURL}/hu/centres`)
        const html = await page.text()
        expect(html).toContain('A szolgáltatás átmenetileg nem érhető el')
        expect(html).toContain('<html lang="hu"')
        expect(html).not.toMatch(/SQLITE|database is locked|at .*\.js:\d+/)

        const admin = await fetch(`${baseURL}/admin`, {
          headers: { 'Accept-Language': 'cs-CZ,cs;q=0.9' },
        })
        const adminHtml = await admin.text()
        expect(adminHtml).toContain('Databáze není dostupná')
        expect(adminHtml).toContain('Databázi uzamkl jiný proces')
      } finally {
        await lock.execute('COMMIT')
        lock.close()
      }
      // the same process, no restart: pages, the API and the admin answer again
      expect((await fetch(`${baseURL}/hu/centres`)).status).toBe(200)
      expect((await fetch(`${baseURL}/api/centres?limit=1`)).status).toBe(200)
      const admin = await fetch(`${baseURL}/admin/login`)
      expect(admin.status).toBe(200)
      expect(await admin.text()).not.toContain('Databáze není dostupná')
    },
  )
})
