// Helpers shared by the npm scripts (dev, start, test): run a command, stop a server cleanly.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigurationError } from '../src/config/environment.js'

export const bin = (name) => `node_modules/.bin/${name}`

/** Runs a command to completion; resolves with its exit code. */
export function run(
  command,
  args,
  { env = process.env, stdio = ['ignore', 'inherit', 'inherit'] } = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Starts a long-running server in its own process group and forwards Ctrl-C / SIGTERM to it. */
export function serve(command, args, { env = process.env } = {}) {
  const child = spawn(command, args, {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const stop = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  child.on('exit', (code) => process.exit(code ?? 0))
  return child
}

/** Prints a configuration mistake as the one sentence it is, and exits. */
export async function explainConfigurationErrors(task) {
  try {
    return await task()
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Installs a Debian package with apt (as root, or through sudo); true when it worked. */
function aptInstall(pkg) {
  const asRoot = process.getuid?.() === 0
  const apt = (args) =>
    spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  return apt(['update']).status === 0 && apt(['install', '-y', pkg]).status === 0
}

/** Debian's chromium for the browser tests and Lighthouse, installed with apt when missing. */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return
  console.info('Chromium is missing: installing Debian’s chromium package…')
  if (!aptInstall('chromium') || !fs.existsSync(CHROMIUM)) {
    console.error(
      `Could not install chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
    process.exit(1)
  }
}

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

/** Debian's redis-server for the several-instances test, installed with apt when missing. */
export function ensureRedisServer() {
  if (fs.existsSync(REDIS_SERVER)) return
  console.info('redis-server is missing: installing Debian’s redis-server package…')
  if (!aptInstall('redis-server') || !fs.existsSync(REDIS_SERVER)) {
    throw new Error(
      'Could not install redis-server: install it (apt-get install -y redis-server) or set REDIS_SERVER_PATH.',
    )
  }
}

/** The upload collections' folders, as the collections resolve them (MEDIA_DIR and friends). */
export function uploadFolders(env = process.env) {
  const folder = (variable, fallback) => path.resolve(process.cwd(), env[variable] || fallback)
  return {
    media: folder('MEDIA_DIR', 'data/media'),
    documents: folder('DOCUMENTS_DIR', 'data/documents'),
    materials: folder('MATERIALS_DIR', 'data/materials'),
  }
}
