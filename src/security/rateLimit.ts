/**
 * A sliding-window counter per key (IP address, e-mail) in this process's memory. Payload 3 has
 * no rate limiting of its own; several instances behind a load balancer each keep their own
 * window, which still bounds abuse per instance.
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

  constructor(accepted: number, refused: number, windowMs = 60 * 60 * 1000) {
    this.accepted = new RateLimiter(accepted, windowMs)
    this.refused = new RateLimiter(refused, windowMs)
  }

  /**
   * Starts a submission: the minutes to wait, or 0 and a place taken in the accepted allowance
   * at once (so submissions sent in parallel cannot all slip through); `refused()` moves that
   * place to the refused allowance when the submission turns out invalid.
   */
  start(key: string, now = Date.now()): { wait: number; refused: () => void } {
    const wait = this.waitMinutes(key, now)
    if (wait > 0) return { wait, refused: () => undefined }
    this.accepted.record(key, now)
    return {
      wait: 0,
      refused: () => {
        this.accepted.forget(key, now)
        this.refused.record(key)
      },
    }
  }

  /** Whole minutes until the key may submit again (at least 1), or 0 when it may now. */
  waitMinutes(key: string, now = Date.now()): number {
    const wait = Math.max(this.accepted.waitMs(key, now), this.refused.waitMs(key, now))
    return wait > 0 ? Math.max(1, Math.ceil(wait / 60_000)) : 0
  }

  reset() {
    this.accepted.reset()
    this.refused.reset()
  }
}
