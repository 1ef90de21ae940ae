import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function waitUntilServing(
  url: string,
  child: { exitCode: number | null },
  timeoutMs = 90_000,
) {
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

/** The environment of a production server on a SQLite file in `dir`, on a free loopback port. */
export async function serverEnv(dir: string, extra: Record<string, string> = {}) {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  return {
    baseURL,
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
      PAYLOAD_SECRET: 'e2e-secret-long-enough-for-signing-tokens',
      SERVER_URL: baseURL,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
      // no network here, and the privacy test forbids third-party requests: points without tiles
      MAP_TILE_URL: 'none',
      // the tests stand in for one reverse proxy: the X-Forwarded-For they write makes them
      // several visitors to the rate limits, and without one they are the loopback address
      TRUSTED_PROXY_HOPS: '1',
      ...extra,
    } as NodeJS.ProcessEnv,
  }
}

/** Migrates and fills the database the way `npm run seed` does. */
export function seedDatabase(env: NodeJS.ProcessEnv) {
  const seeded = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/seed/run.ts'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (seeded.status !== 0) throw new Error(`the seed failed with code ${seeded.status}`)
}

/**
 * The production build served as `npm start` serves it (scripts/server.mjs), in its own process
 * group (so it can be killed whole).
 */
export async function startServer(
  dir: string,
  baseURL: string,
  env: NodeJS.ProcessEnv,
): Promise<ChildProcess> {
  const log = fs.openSync(path.join(dir, 'server.log'), 'a')
  const server = spawn(
    process.execPath,
    ['scripts/server.mjs', '--port', String(env.PORT), '--hostname', '127.0.0.1'],
    {
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', log, log],
      detached: true,
    },
  )
  try {
    await waitUntilServing(`${baseURL}/sk`, server)
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, 'server.log'), 'utf8'))
    throw error
  }
  return server
}

export function stopServer(server: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  try {
    process.kill(-server.pid!, signal)
  } catch {
    // already stopped
  }
}
