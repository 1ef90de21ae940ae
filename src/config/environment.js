// Plain ESM JavaScript (not TypeScript) so that the npm scripts in scripts/ can check the
// environment before anything heavy starts, with the very same rules payload.config.ts uses.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_DATABASE_URI = 'file:./data/platform.db'

/** A configuration mistake that is explained to the operator in one sentence, without a stack. */
export class ConfigurationError extends Error {
  constructor(message) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

/**
 * Reads DATABASE_URI: `file:<path>` selects the embedded SQLite adapter, `mongodb://` or
 * `mongodb+srv://` selects MongoDB.
 * @param {Record<string, string | undefined>} env
 * @returns {{ kind: 'sqlite', url: string, file: string } | { kind: 'mongodb', url: string }}
 */
export function readDatabaseConfig(env = process.env) {
  const uri = (env.DATABASE_URI || '').trim() || DEFAULT_DATABASE_URI
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    let parsed
    try {
      parsed = new URL(uri)
    } catch {
      parsed = undefined
    }
    if (!parsed || !parsed.hostname) {
      throw new ConfigurationError(
        `DATABASE_URI "${redact(uri)}" is not a valid MongoDB connection string: use mongodb://host:27017/dbname or mongodb+srv://…`,
      )
    }
    return { kind: 'mongodb', url: uri }
  }
  if (uri.startsWith('file:')) {
    const file = uri.slice('file:'.length)
    if (!file || file.endsWith('/')) {
      throw new ConfigurationError(
        `DATABASE_URI "${uri}" names no database file: use file:./data/platform.db or another file path.`,
      )
    }
    return { kind: 'sqlite', url: uri, file: path.resolve(file) }
  }
  throw new ConfigurationError(
    `DATABASE_URI "${redact(uri)}" is not supported: use file:<path> for the embedded SQLite database or mongodb://… for MongoDB.`,
  )
}

/**
 * Makes sure the database can be reached before the server starts, so that a wrong
 * DATABASE_URI stops start-up with one sentence rather than a driver's stack trace.
 * @param {Record<string, string | undefined>} env
 */
export async function checkDatabaseReachable(env = process.env) {
  const db = readDatabaseConfig(env)
  if (db.kind === 'sqlite') {
    const dir = path.dirname(db.file)
    try {
      fs.mkdirSync(dir, { recursive: true })
      fs.accessSync(dir, fs.constants.W_OK)
    } catch {
      throw new ConfigurationError(
        `DATABASE_URI points to ${db.file}, but its folder ${dir} cannot be created or written: choose a writable path.`,
      )
    }
    return db
  }
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(db.url, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (error) {
    throw new ConfigurationError(
      `DATABASE_URI "${redact(db.url)}" cannot be reached (${error?.message ?? 'no answer'}): check the host, credentials and that the MongoDB replica set is running.`,
    )
  } finally {
    await client.close().catch(() => {})
  }
  return db
}

/**
 * PAYLOAD_SECRET signs sessions. Production must set it; elsewhere one is generated once and
 * kept beside the local database so that logins survive restarts.
 * @param {Record<string, string | undefined>} env
 */
export function readSecret(env = process.env) {
  const secret = (env.PAYLOAD_SECRET || '').trim()
  if (secret) return secret
  // `next build` evaluates the config to collect routes but signs nothing
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-secret'
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set: production needs a long random value, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32).',
    )
  }
  const file = path.resolve('data/.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const generated = randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, generated, { mode: 0o600 })
    console.info(`PAYLOAD_SECRET is not set: generated a development secret in ${file}.`)
    return generated
  }
}

/** @param {Record<string, string | undefined>} env */
export function readServerUrl(env = process.env) {
  const port = env.PORT || '3000'
  return (env.SERVER_URL || `http://localhost:${port}`).replace(/\/$/, '')
}

/**
 * SMTP settings; without SMTP_HOST outside production mail goes to data/mail/ as .eml files.
 * @param {Record<string, string | undefined>} env
 * @returns {{ kind: 'folder', folder: string, fromName: string, fromAddress: string }
 *   | { kind: 'smtp', host: string, port: number, secure: boolean,
 *       auth: { user: string, pass: string } | undefined, fromName: string, fromAddress: string }}
 */
export function readMailConfig(env = process.env) {
  const from = env.SMTP_FROM || 'no-reply@localhost'
  const match = /^(.*)<([^>]+)>\s*$/.exec(from)
  // empty when SMTP_FROM names nobody: the mail adapter then signs with the operator's name
  const fromName = match ? match[1].trim().replace(/^"|"$/g, '') : ''
  const fromAddress = match ? match[2].trim() : from.trim()
  if (!env.SMTP_HOST) {
    return {
      kind: 'folder',
      folder: path.resolve(env.MAIL_FOLDER || 'data/mail'),
      fromName,
      fromAddress,
    }
  }
  const port = Number(env.SMTP_PORT || 587)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigurationError(`SMTP_PORT "${env.SMTP_PORT}" is not a port number: use e.g. 587.`)
  }
  return {
    kind: 'smtp',
    host: env.SMTP_HOST,
    port,
    secure: port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS || '' } : undefined,
    fromName,
    fromAddress,
  }
}

function redact(uri) {
  return uri.replace(/\/\/([^@/]*)@/, '//***@')
}

/**
 * Reads S3_BUCKET and its companions: uploads go to S3-compatible object storage when a bucket
 * is named, else to local folders (the embedded default).
 * @param {Record<string, string | undefined>} env
 * @returns {{ bucket: string, endpoint?: string, region: string, accessKeyId?: string, secretAccessKey?: string } | null}
 */
export function readObjectStorageConfig(env = process.env) {
  const bucket = (env.S3_BUCKET || '').trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigurationError(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither (to use the machine’s own AWS credentials).',
    )
  }
  return {
    bucket,
    endpoint: (env.S3_ENDPOINT || '').trim() || undefined,
    region: (env.S3_REGION || '').trim() || 'us-east-1',
    accessKeyId,
    secretAccessKey,
  }
}
