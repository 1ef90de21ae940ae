import { randomUUID } from 'node:crypto'

import { redis, redisKey } from '@/utilities/redis'

/**
 * A sliding-window counter per key (IP address, e-mail) in this process's memory. Payload 3 has
 * no rate limiting of its own. With several instances (REDIS_URL) FormAllowance keeps its
 * windows in Redis instead, so a limit of N holds for all of them together.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; false when the key has used up its attempts in the window. */
  attempt(key: string, now = Date.now()): boolean {
    if (this.waitMs(key, now) > 0) return false
    this.record(key, now)
    return true
  }

  /** How long the key must wait before its next attempt counts again; 0 when it may go now. */
  waitMs(key: string, now = Date.now()): number {
    const recent = this.recent(key, now)
    if (recent.length < this.limit) return 0
    // the window frees a place when the oldest attempt still in it leaves
    return recent[recent.length - this.limit] + this.windowMs - now
  }

  record(key: string, now = Date.now()) {
    const recent = this.recent(key, now)
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(now)
  }

  /** Takes back one attempt recorded at `at` (it turned out not to count here). */
  forget(key: string, at: number) {
    const times = this.hits.get(key)
    const index = times?.indexOf(at) ?? -1
    if (times && index >= 0) times.splice(index, 1)
  }

  reset() {
    this.hits.clear()
  }

  private recent(key: string, now: number) {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (recent.length > 0) this.hits.set(key, recent)
    else this.hits.delete(key)
    return recent
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key)
    }
  }
}

/**
 * Two allowances per key for a public form: what it accepted (and what looked abusive), and,
 * much larger, what it refused — so a person correcting a typo does not use up their
 * registrations, while a script hammering the form with bad input is still stopped.
 */
export class FormAllowance {
  readonly accepted: RateLimiter
  readonly refused: RateLimiter

  constructor(
    private readonly acceptedLimit: number,
    private readonly refusedLimit: number,
    private readonly windowMs = 60 * 60 * 1000,
    /** names the allowance's keys in Redis */
    private readonly name = 'form',
  ) {
    this.accepted = new RateLimiter(acceptedLimit, windowMs)
    this.refused = new RateLimiter(refusedLimit, windowMs)
  }

  /**
   * Starts a submission: the minutes to wait, or 0 and a place taken in the accepted allowance
   * at once (so submissions sent in parallel cannot all slip through); `refused()` moves that
   * place to the refused allowance when the submission turns out invalid.
   */
  async start(
    key: string,
    now = Date.now(),
  ): Promise<{ wait: number; refused: () => Promise<void> }> {
    const shared = redis()
    if (shared) {
      try {
        return await this.startShared(shared, key, now)
      } catch (error) {
        // Redis unreachable: the form stays open, limited per instance as without Redis
        console.error(`Rate limit in Redis failed, counting in this process: ${String(error)}`)
      }
    }
    const wait = this.waitMinutes(key, now)
    if (wait > 0) return { wait, refused: async () => undefined }
    this.accepted.record(key, now)
    return {
      wait: 0,
      refused: async () => {
        this.accepted.forget(key, now)
        this.refused.record(key)
      },
    }
  }

  /** The same windows as sorted sets in Redis, checked and taken in one script (atomic). */
  private async startShared(
    shared: NonNullable<ReturnType<typeof redis>>,
    key: string,
    now: number,
  ): Promise<{ wait: number; refused: () => Promise<void> }> {
    const accepted = redisKey(`limit:${this.name}:accepted:${key}`)
    const refused = redisKey(`limit:${this.name}:refused:${key}`)
    const member = `${now}:${randomUUID()}`
    const waitMs = Number(
      await shared.eval(
        TAKE_PLACE,
        2,
        accepted,
        refused,
        now,
        this.windowMs,
        this.acceptedLimit,
        this.refusedLimit,
        member,
      ),
    )
    if (waitMs > 0)
      return { wait: Math.max(1, Math.ceil(waitMs / 60_000)), refused: async () => undefined }
    return {
      wait: 0,
      refused: async () => {
        await shared
          .multi()
          .zrem(accepted, member)
          .zadd(refused, Date.now(), `${Date.now()}:${randomUUID()}`)
          .pexpire(refused, this.windowMs)
          .exec()
      },
    }
  }

  /** Whole minutes until the key may submit again (at least 1), or 0 when it may now. */
  waitMinutes(key: string, now = Date.now()): number {
    const wait = Math.max(this.accepted.waitMs(key, now), this.refused.waitMs(key, now))
    return wait > 0 ? Math.max(1, Math.ceil(wait / 60_000)) : 0
  }

  /**
   * Forgets every attempt: this process's windows at once, and with REDIS_URL the shared ones
   * of every instance (the keys of this allowance's name), when the promise resolves.
   */
  async reset() {
    this.accepted.reset()
    this.refused.reset()
    const shared = redis()
    if (!shared) return
    const match = `${globEscape(redisKey(`limit:${this.name}:`))}*`
    for await (const keys of shared.scanStream({ match, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await shared.unlink(...keys)
    }
  }
}

/** `text` matched literally in a Redis MATCH pattern (a prefix may hold `*`, `?`, `[`). */
const globEscape = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&')

/**
 * KEYS: the accepted and the refused window; ARGV: now, window (ms), their limits, a unique
 * member. Drops what left the window, answers the milliseconds to wait when either is full,
 * else takes a place in the accepted window and answers 0.
 */
const TAKE_PLACE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limits = { tonumber(ARGV[3]), tonumber(ARGV[4]) }
local wait = 0
for i = 1, 2 do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limits[i] then
    local oldest = redis.call('ZRANGE', KEYS[i], count - limits[i], count - limits[i], 'WITHSCORES')
    local left = tonumber(oldest[2]) + window - now
    if left > wait then wait = left end
  end
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`
