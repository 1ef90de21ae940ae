import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startSmtpSink } from '../helpers/smtpSink'

export const ADMIN_PASSWORD = 'e2e admin password 42'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilServing(url: string, child: { exitCode: number | null }, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * Serves the production build (`next build` output) on a free loopback port, on a fresh
 * SQLite file that the seed migrates and fills — the way `npm run seed && npm start` does.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync('.next/BUILD_ID')) {
    throw new Error('No production build: run `npm run build` first (npm test does it for you).')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-e2e-'))
  // a real SMTP server; each message it receives is written to inbox/ for the tests to read
  const inbox = path.join(dir, 'inbox')
  fs.mkdirSync(inbox)
  const sink = await startSmtpSink()
  sink.onMessage((mail, index) => {
    fs.writeFileSync(
      path.join(inbox, `${String(index).padStart(4, '0')}.json`),
      JSON.stringify({
        to: mail.to && 'text' in mail.to ? mail.to.text : '',
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString('utf8') })),
      }),
    )
  })
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    PAYLOAD_SECRET: 'e2e-secret-long-enough-for-signing-tokens',
    SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platform <no-reply@platform.test>',
    SERVER_URL: baseURL,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    // no network here, and the privacy test forbids third-party requests: points without tiles
    MAP_TILE_URL: 'none',
    // the concurrency test sends 50+ registrations from one address
    EVENT_REGISTRATION_LIMIT_PER_HOUR: '1000',
  }
  const seeded = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/seed/run.ts'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (seeded.status !== 0) throw new Error(`the seed failed with code ${seeded.status}`)

  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  const server = spawn('node_modules/.bin/next', ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
    detached: true,
  })
  try {
    await waitUntilServing(`${baseURL}/sk`, server)
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, 'server.log'), 'utf8'))
    throw error
  }
  project.provide('baseURL', baseURL)
  project.provide('adminPassword', ADMIN_PASSWORD)
  project.provide('inbox', inbox)

  return async () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already stopped
    }
    await sink.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    adminPassword: string
    inbox: string
  }
}
