import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageCacheState } from '@/cache/pageCache'
import { parseFilters } from '@/registry/directory'
import { directoryIndex } from '@/registry/directoryIndex'
import { redis, redisKey } from '@/utilities/redis'

import { bootPayload, type TestPayload } from '../helpers/payload'
import { startRedisServer } from '../helpers/redisServer'

// one instance's side of the invalidation between instances: what it tells the others after a
// save, and what it drops when another tells it; the other instance is a plain Redis client
let server: Awaited<ReturnType<typeof startRedisServer>>
let booted: TestPayload
let other: Redis
let organisationId: number | string | undefined
/** the organisation the centres below belong to (the database refuses a centre without one) */
const organisation = async () =>
  (organisationId ??= (
    await booted.payload.create({
      collection: 'organisations',
      data: {
        name: 'Obec Levoča',
        kind: 'municipality',
        country: 'SK',
        status: 'published',
      } as never,
    })
  ).id)
const heard: { collection: string; id?: number | string; from: string }[] = []

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

  it('names the one centre saved, so the others update their directory by that centre alone', async () => {
    const { payload } = booted
    const centre = await payload.create({
      collection: 'centres',
      data: {
        name: 'Centrum Levoča',
        organisation: await organisation(),
        status: 'pending',
        region: (
          await payload.create({
            collection: 'regions',
            data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
          })
        ).id,
        address: { municipality: 'Levoča' },
      } as never,
    })
    await until('a message naming the centre', () =>
      heard.some((m) => m.collection === 'centres' && String(m.id) === String(centre.id)),
    )
  })

  it('applies a centre another instance saved, reading that centre, without loading the index again', async () => {
    const { payload } = booted
    const index = await directoryIndex(payload)
    const names = () =>
      index.search(parseFilters({ q: 'spisska' }), 'sk').slots.map((slot) => index.nameOf(slot))
    // the other instance's save: in the shared database, no hook of this process ran
    const saved = await payload.db.create({
      collection: 'centres',
      data: {
        name: 'Centrum Spišská Nová Ves',
        slug: 'centrum-snv',
        organisation: await organisation(),
        address: { municipality: 'Spišská Nová Ves' },
        region: (
          await payload.find({ collection: 'regions', where: { code: { equals: 'SK042' } } })
        ).docs[0].id,
        status: 'published',
        country: 'SK',
      },
    })
    expect(await directoryIndex(payload)).toBe(index)
    expect(names()).toEqual([])
    const publisher = other.duplicate()
    await publisher.publish(
      redisKey('invalidate'),
      JSON.stringify({ collection: 'centres', id: saved.id, from: 'another-instance' }),
    )
    publisher.disconnect()
    for (let waited = 0; names().length === 0; waited += 20) {
      if (waited > 2_000) throw new Error('the centre did not join the directory within 2 s')
      expect(await directoryIndex(payload)).toBe(index)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(names()).toEqual(['Centrum Spišská Nová Ves'])
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
