import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { seedDatabase, serverEnv, startServer, stopServer } from '../helpers/server'
import { startSmtpSink } from '../helpers/smtpSink'

export const ADMIN_PASSWORD = 'e2e admin password 42'

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
    const file = path.join(inbox, `${String(index).padStart(4, '0')}.json`)
    // written beside the inbox and renamed in, so a test polling the folder never reads half a message
    fs.writeFileSync(
      `${file}.partial`,
      JSON.stringify({
        to: mail.to && 'text' in mail.to ? mail.to.text : '',
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content.toString('utf8'),
        })),
      }),
    )
    fs.renameSync(`${file}.partial`, file)
  })
  const { baseURL, env } = await serverEnv(dir, {
    SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    // no name: the mail is signed with the operator's name
    SMTP_FROM: 'no-reply@platform.test',
    // the concurrency test sends 50+ registrations from one address
    EVENT_REGISTRATION_LIMIT_PER_HOUR: '1000',
    // a throw-away database: writes need not wait for the disk (src/db/durability.ts)
    SQLITE_SYNCHRONOUS: 'OFF',
  })
  seedDatabase(env)
  const server = await startServer(dir, baseURL, env)
  project.provide('baseURL', baseURL)
  project.provide('adminPassword', ADMIN_PASSWORD)
  project.provide('inbox', inbox)

  return async () => {
    stopServer(server)
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
