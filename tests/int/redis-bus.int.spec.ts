import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, it } from 'vitest'

import { pageCacheState } from '@/cache/pageCache'
import { redis, redisKey } from '@/utilities/redis'

import { bootPayload, type TestPayload } from '../helpers/payload'
import { startRedisServer } from '../helpers/redisServer'

// one instance's side of the invalidation between instances: what it tells the others after a
// save, and what it drops when another tells it; the other instance is a plain Redis client
let server: Awaited<ReturnType<typeof startRedisServer>>
let booted: TestPayload
let other: Redis
const heard: { collection: string; from: string }[] = []

beforeAll(async () => {
  server = await startRedisServer()
  booted = await bootPayload({ REDIS_URL: server.url, REDIS_PREFIX: 'bus-test' })
  other = new Redis(server.url)
  await other.subscribe(redisKey('invalidate'))
  other.on('message', (_channel: string, raw: string) => heard.push(JSON.parse(raw)))
})

afterAll(async () => {
  other?.disconnect()
  await booted?.cleanup()
  await redis()?.quit()
  delete process.env.REDIS_URL
  server?.stop()
})

const until = async (what: string, check: () => boolean) => {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 2_000) throw new Error(`${what}: not within 2 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('invalidation through Redis', () => {
  it('tells the other instances which collection changed once the save is committed', async () => {
    const { payload } = booted
    await payload.create({
      collection: 'themes',
      data: { code: `byvanie-${Date.now()}`, name: 'Bývanie' },
    })
    await until('a message for themes', () => heard.some((m) => m.collection === 'themes'))
  })

  it('drops its kept pages when another instance reports a change', async () => {
    const before = pageCacheState().generation
    const publisher = other.duplicate()
    await publisher.publish(
      redisKey('invalidate'),
      JSON.stringify({ collection: 'centres', from: 'another-instance' }),
    )
    publisher.disconnect()
    await until('the pages dropped', () => pageCacheState().generation > before)
  })
})
