import { randomUUID } from 'node:crypto'

import { redis, redisKey } from '@/utilities/redis'

/**
 * Runs tasks for one key one after another: within this process in a queue, and, with several
 * instances (REDIS_URL), under a lock in Redis as well. Registrations for an event pass here so
 * that waiting-list order is arrival order and seat claims rarely collide; the unique seat index
 * is what keeps capacity even if a lock expires under a task that ran too long.
 */
const tails = new Map<string, Promise<unknown>>()

export async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const locked = () => withSharedLock(key, task)
  const run = previous.then(locked, locked)
  const tail = run.catch(() => undefined)
  tails.set(key, tail)
  try {
    return await run
  } finally {
    if (tails.get(key) === tail) tails.delete(key)
  }
}

/** Longer than any registration takes; a crashed holder frees the lock after this. */
const HOLD_MS = 15_000
const WAIT_MS = 30_000

async function withSharedLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const shared = redis()
  if (!shared) return task()
  const name = redisKey(`lock:${key}`)
  const token = randomUUID()
  const deadline = Date.now() + WAIT_MS
  try {
    while ((await shared.set(name, token, 'PX', HOLD_MS, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new Error(`still held after ${WAIT_MS / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20))
    }
  } catch (error) {
    // Redis unreachable (or a holder stuck): this process's queue and the unique seat index
    // still keep the capacity; only the order across instances is not guaranteed
    console.error(`Lock ${key} in Redis not taken, going on without it: ${String(error)}`)
    return task()
  }
  try {
    return await task()
  } finally {
    // only our own hold: after an expiry the lock may be someone else's
    await shared.eval(RELEASE, 1, name, token).catch(() => undefined)
  }
}

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`
