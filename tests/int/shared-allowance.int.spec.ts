import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FormAllowance } from '@/security/rateLimit'
import { redis } from '@/utilities/redis'

import { startRedisServer } from '../helpers/redisServer'

// the hourly allowances on a real redis-server, as several instances share them (REDIS_URL);
// two FormAllowance objects stand for two instances' copies of one form's allowance
let server: Awaited<ReturnType<typeof startRedisServer>>

beforeAll(async () => {
  server = await startRedisServer()
  process.env.REDIS_URL = server.url
  process.env.REDIS_PREFIX = `allowance-${Date.now()}`
})

afterAll(async () => {
  await redis()?.quit()
  delete process.env.REDIS_URL
  server?.stop()
})

describe('form allowances shared through Redis', () => {
  it('holds a limit of 3 for two instances together and names the wait', async () => {
    const onA = new FormAllowance(3, 10, 60 * 60_000, 'shared-test')
    const onB = new FormAllowance(3, 10, 60 * 60_000, 'shared-test')
    const start = Date.parse('2026-12-01T10:00:00Z')
    const waits: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const instance = attempt % 2 ? onB : onA
      waits.push((await instance.start('203.0.113.9', start + attempt * 60_000)).wait)
    }
    // the oldest of the three leaves the hour at 11:00; the 4th attempt is at 10:03
    expect(waits).toEqual([0, 0, 0, 57, 56])
    expect((await onB.start('203.0.113.9', start + 60 * 60_000)).wait).toBe(0)
    // another address has its own allowance
    expect((await onA.start('203.0.113.10', start)).wait).toBe(0)
  })

  it('lets parallel attempts through only up to the limit', async () => {
    const instances = [0, 1].map(() => new FormAllowance(4, 10, 60 * 60_000, 'parallel-test'))
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => instances[i % 2].start('198.51.100.50')),
    )
    expect(results.filter((result) => result.wait === 0)).toHaveLength(4)
  })

  it('moves a refused attempt out of the accepted allowance into the larger refused one', async () => {
    const onA = new FormAllowance(2, 3, 60 * 60_000, 'refused-test')
    const onB = new FormAllowance(2, 3, 60 * 60_000, 'refused-test')
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = await (attempt % 2 ? onB : onA).start('192.0.2.1')
      expect(started.wait).toBe(0)
      await started.refused()
    }
    // three refused: the refused allowance is used up, though nothing was accepted
    expect((await onB.start('192.0.2.1')).wait).toBeGreaterThan(0)
    const other = await onA.start('192.0.2.2')
    expect(other.wait).toBe(0)
    expect((await onB.start('192.0.2.2')).wait).toBe(0)
    expect((await onA.start('192.0.2.2')).wait).toBeGreaterThan(0)
  })

  it('resets the shared windows for every instance, and only this allowance’s', async () => {
    const onA = new FormAllowance(2, 10, 60 * 60_000, 'reset-test')
    const onB = new FormAllowance(2, 10, 60 * 60_000, 'reset-test')
    const other = new FormAllowance(1, 10, 60 * 60_000, 'reset-test-other')
    for (const instance of [onA, onB]) expect((await instance.start('203.0.113.20')).wait).toBe(0)
    expect((await other.start('203.0.113.20')).wait).toBe(0)
    expect((await onA.start('203.0.113.20')).wait).toBeGreaterThan(0)

    // B has never counted this address in its own memory: only the shared counter can answer
    await onB.reset()
    expect((await onA.start('203.0.113.20')).wait).toBe(0)
    expect((await onB.start('203.0.113.20')).wait).toBe(0)
    expect((await onA.start('203.0.113.20')).wait).toBeGreaterThan(0)
    // an allowance of another name (whose prefix this one's is) keeps its count
    expect((await other.start('203.0.113.20')).wait).toBeGreaterThan(0)
  })
})
