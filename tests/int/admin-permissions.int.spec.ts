import type { Payload } from 'payload'
import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

/**
 * Every admin page asks for the user's permissions on every collection and field at once, and
 * Payload runs those access functions concurrently. A representative's pages took three times
 * an editor's because each function started its own lookup of the same organisations and groups.
 */
describe('the admin’s permissions for a representative who is also in a working group', () => {
  let ctx: TestPayload
  let payload: Payload
  let representative: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    // the very first account becomes an admin: this one is the second
    await createUser(payload, ['admin'])
    representative = await createUser(payload, ['ngo', 'member'])
    for (const name of ['Združenie Jeden', 'Združenie Dva']) {
      await payload.create({
        collection: 'organisations',
        data: {
          name,
          kind: 'ngo',
          country: 'SK',
          status: 'published',
          representatives: [representative.id],
        } as never,
      })
    }
    const region = await payload.create({
      collection: 'regions',
      data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
    })
    await payload.create({
      collection: 'working-groups',
      data: {
        name: 'Pracovná skupina Košice',
        region: region.id,
        members: [representative.id],
        timezone: 'Europe/Bratislava',
      } as never,
    })
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('looks up their organisations and groups once per request, not once per access function', async () => {
    const lookups = new Map<string, number>()
    const find = payload.find.bind(payload)
    payload.find = ((args: Parameters<Payload['find']>[0]) => {
      lookups.set(args.collection, (lookups.get(args.collection) ?? 0) + 1)
      return find(args)
    }) as Payload['find']
    try {
      const req = await createLocalReq(
        { user: { ...representative, collection: 'users' } as never },
        payload,
      )
      const permissions = await getAccessResults({ req })
      // what they may do is unchanged: their centres yes, the taxonomies no
      expect(permissions.collections?.centres?.create).toBe(true)
      expect(permissions.collections?.regions?.update).toBeUndefined()
      // one lookup of their organisations, and one more for the edit locks they may see (which
      // asks each collection once for the documents they may change); the same for the groups,
      // plus the publicly listed groups whose meetings anyone may read
      expect(lookups.get('organisations')).toBeLessThanOrEqual(2)
      expect(lookups.get('working-groups')).toBeLessThanOrEqual(3)
      const total = [...lookups.values()].reduce((sum, count) => sum + count, 0)
      expect(total).toBeLessThanOrEqual(payload.config.collections.length)
    } finally {
      payload.find = find
    }
  })
})
