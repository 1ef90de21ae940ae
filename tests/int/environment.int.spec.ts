import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  ConfigurationError,
  DEFAULT_DATABASE_URI,
  checkDatabaseReachable,
  readDatabaseConfig,
  readMailConfig,
  readSecret,
} from '@/config/environment'

describe('DATABASE_URI', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    expect(DEFAULT_DATABASE_URI).toBe('file:./data/platform.db')
    const db = readDatabaseConfig({})
    expect(db).toMatchObject({ kind: 'sqlite', file: path.resolve('data/platform.db') })
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(readDatabaseConfig({ DATABASE_URI: 'mongodb://db:27017/platform' }).kind).toBe('mongodb')
    expect(readDatabaseConfig({ DATABASE_URI: 'mongodb+srv://u:p@cluster.example/x' }).kind).toBe(
      'mongodb',
    )
  })

  it.each(['postgres://localhost/db', 'file:', 'mongodb://', 'nonsense'])(
    'refuses %s with one sentence naming the variable',
    (uri) => {
      expect(() => readDatabaseConfig({ DATABASE_URI: uri })).toThrow(ConfigurationError)
      expect(() => readDatabaseConfig({ DATABASE_URI: uri })).toThrow(/^DATABASE_URI /)
    },
  )

  it('hides credentials in its messages', () => {
    expect(() => readDatabaseConfig({ DATABASE_URI: 'mysql://root:hunter2@db/x' })).toThrow(
      /\*\*\*@db/,
    )
  })

  it('refuses an SQLite path whose folder cannot be written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ro-'))
    const blocker = path.join(dir, 'a-file')
    fs.writeFileSync(blocker, '')
    await expect(
      checkDatabaseReachable({ DATABASE_URI: `file:${blocker}/sub/platform.db` }),
    ).rejects.toThrow(/cannot be created or written/)
  })

  it('refuses an unreachable MongoDB within seconds', async () => {
    await expect(
      checkDatabaseReachable({ DATABASE_URI: 'mongodb://127.0.0.1:9/platform' }),
    ).rejects.toThrow(/^DATABASE_URI .* cannot be reached/)
  }, 20_000)
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production', () => {
    expect(() => readSecret({ NODE_ENV: 'production' })).toThrow(/^PAYLOAD_SECRET is not set/)
  })

  it('is taken from the environment when set', () => {
    expect(readSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc' })).toBe('abc')
  })
})

describe('SMTP', () => {
  it('writes mail to a folder when no SMTP_HOST is set', () => {
    expect(readMailConfig({}).kind).toBe('folder')
  })

  it('reads host, port, credentials and sender', () => {
    expect(
      readMailConfig({
        SMTP_HOST: 'smtp.example.org',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASS: 'p',
        SMTP_FROM: 'Košice Region <noreply@example.org>',
      }),
    ).toMatchObject({
      kind: 'smtp',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      fromName: 'Košice Region',
      fromAddress: 'noreply@example.org',
    })
  })

  it('refuses a port that is not a number', () => {
    expect(() => readMailConfig({ SMTP_HOST: 'x', SMTP_PORT: 'abc' })).toThrow(/^SMTP_PORT/)
  })
})

describe('npm start', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/start.mjs'], {
      // start.mjs sets NODE_ENV=production itself
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 30_000,
    })

  it('stops with one sentence, not a stack trace, when PAYLOAD_SECRET is missing', () => {
    const result = start({ DATABASE_URI: 'file:/tmp/never-used.db' })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^PAYLOAD_SECRET is not set: .*\.$/)
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('stops with one sentence when DATABASE_URI is not supported', () => {
    const result = start({ DATABASE_URI: 'postgres://x/y', PAYLOAD_SECRET: 's' })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(
      /^DATABASE_URI "postgres:\/\/x\/y" is not supported: .*\.$/,
    )
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/)
  })
})
