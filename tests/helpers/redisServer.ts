import { spawn } from 'node:child_process'
import { Redis } from 'ioredis'

import { ensureRedisServer, REDIS_SERVER } from '../../scripts/lib.mjs'

import { freePort } from './server'

/**
 * A throw-away redis-server on a free loopback port, without persistence (installed with apt
 * when missing, as Chromium is). Resolves once it answers.
 */
export async function startRedisServer() {
  ensureRedisServer()
  const port = await freePort()
  const server = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore', detached: true },
  )
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0 })
  // refused connections while the server starts are expected: the loop asks again
  probe.on('error', () => undefined)
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await probe.ping()
        break
      } catch (error) {
        if (attempt > 100 || server.exitCode !== null) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  } finally {
    probe.disconnect()
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => {
      try {
        process.kill(-server.pid!)
      } catch {
        // already stopped
      }
    },
  }
}
