// Helpers shared by the npm scripts (dev, start, test): run a command, stop a server cleanly.
import { spawn } from 'node:child_process'

import { ConfigurationError } from '../src/config/environment.js'

export const bin = (name) => `node_modules/.bin/${name}`

/** Runs a command to completion; resolves with its exit code. */
export function run(command, args, { env = process.env, stdio = ['ignore', 'inherit', 'inherit'] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Starts a long-running server in its own process group and forwards Ctrl-C / SIGTERM to it. */
export function serve(command, args, { env = process.env } = {}) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
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
