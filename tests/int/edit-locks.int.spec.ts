import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { Client } from '../helpers/attack'
import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

/*
 * Who is editing a document is told to its co-editors and staff only. The lock's `user` is
 * guarded by field access, so every shape of query must keep it: the value at any depth, a
 * `select` of it alone, and `where`/`sort` on it, which would otherwise answer "is Jana editing
 * something?" one yes/no at a time.
 */

const PASSWORD = 'correct horse battery staple'
const LOCKS = 'payload-locked-documents'

let ctx: TestPayload
let payload: Payload
let editor: User
let coordinator: User
let coEditor: User
let representative: User
let otherMember: User
let lockID: number | string
let rest: (user: User) => Promise<Client>

const as = (user: User) => ({
  user: { ...user, collection: 'users' as const },
  overrideAccess: false as const,
})

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  payload.logger.level = 'fatal'
  editor = await createUser(payload, ['editor'], { name: 'Katarína Horváthová' })
  coordinator = await createUser(payload, ['member'], { name: 'Jana Dvořáková' })
  coEditor = await createUser(payload, ['member'], { name: 'Petr Novotný' })
  representative = await createUser(payload, ['ngo'], { name: 'Cizí Zástupce' })
  otherMember = await createUser(payload, ['member'], { name: 'Anna Kovácsová' })
  const group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Platforma Vysočina',
      language: 'cs',
      timeZone: 'Europe/Prague',
      coordinators: [coordinator.id, coEditor.id],
      members: [coordinator.id, coEditor.id],
    } as never,
  })
  await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Vas megyei platform',
      language: 'hu',
      timeZone: 'Europe/Budapest',
      coordinators: [otherMember.id],
      members: [otherMember.id],
    } as never,
  })
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      workingGroup: group.id,
      number: 7,
      startsAt: '2026-12-20T09:00:00.000Z',
      startsAt_tz: 'Europe/Prague',
      endsAt: '2026-12-20T11:00:00.000Z',
      endsAt_tz: 'Europe/Prague',
    } as never,
    ...as(coordinator),
  })
  const second = await payload.create({
    collection: 'meetings',
    data: {
      workingGroup: group.id,
      number: 8,
      startsAt: '2027-01-20T09:00:00.000Z',
      startsAt_tz: 'Europe/Prague',
      endsAt: '2027-01-20T11:00:00.000Z',
      endsAt_tz: 'Europe/Prague',
    } as never,
    ...as(coordinator),
  })
  // a second holder, so that a sort on the holder's name would change the order
  await payload.create({
    collection: LOCKS,
    data: {
      document: { relationTo: 'meetings', value: second.id },
      user: { relationTo: 'users', value: coEditor.id },
    },
    ...as(coEditor),
  })
  lockID = (
    await payload.create({
      collection: LOCKS,
      data: {
        document: { relationTo: 'meetings', value: meeting.id },
        user: { relationTo: 'users', value: coordinator.id },
      },
      ...as(coordinator),
    })
  ).id

  const [{ REST_GET, GRAPHQL_POST }, { default: config }] = await Promise.all([
    import('@payloadcms/next/routes'),
    import('@payload-config'),
  ])
  const get = REST_GET(config) as never
  const graphql = GRAPHQL_POST(config) as never
  rest = async (user) => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: PASSWORD },
    })
    return new Client(get, graphql, token)
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

const byUser = (id: number | string): Where => ({ 'user.value': { equals: id } })
const ids = (docs: { id: unknown }[]) => docs.map((doc) => doc.id)

/** Whether an answer gives a holder away: a `user` with a value, or a holder's address or name. */
const revealsHolder = (answer: unknown): boolean => {
  if (typeof answer === 'string')
    return [coordinator, coEditor].some(
      (holder) => answer.includes(holder.email) || answer.includes(holder.name as string),
    )
  if (Array.isArray(answer)) return answer.some(revealsHolder)
  if (answer && typeof answer === 'object')
    return Object.entries(answer).some(
      ([key, value]) => (key === 'user' && value != null) || revealsHolder(value),
    )
  return false
}

describe('who holds an edit lock', () => {
  it('is named to co-editors and staff, at any depth, and to its holder', async () => {
    for (const reader of [coEditor, editor]) {
      const { docs } = await payload.find({
        collection: LOCKS,
        where: { id: { equals: lockID } },
        depth: 1,
        ...as(reader),
      })
      expect(docs.map((lock) => lock.user)).toEqual([
        { relationTo: 'users', value: { id: coordinator.id, email: 'Jana Dvořáková' } },
      ])
      const selected = await payload.findByID({
        collection: LOCKS,
        id: lockID,
        select: { user: true },
        depth: 0,
        ...as(reader),
      })
      expect((selected.user?.value as { id: unknown }).id).toBe(coordinator.id)
    }
    const own = await payload.findByID({
      collection: LOCKS,
      id: lockID,
      depth: 0,
      ...as(coordinator),
    })
    expect((own.user?.value as { id: unknown }).id).toBe(coordinator.id)
  })

  it('is hidden from a representative and another group’s member, whatever the query’s shape', async () => {
    for (const reader of [representative, otherMember]) {
      // a lock on a document the reader may not edit is not theirs to see at all (Payload's
      // edit view cannot draw a lock whose holder it may not name: it failed to render)
      for (const depth of [0, 1, 2]) {
        const { docs } = await payload.find({ collection: LOCKS, depth, ...as(reader) })
        expect(docs).toEqual([])
      }
      const selected = await payload.find({
        collection: LOCKS,
        select: { user: true },
        depth: 1,
        ...as(reader),
      })
      expect(selected.docs).toEqual([])
      await expect(
        payload.findByID({ collection: LOCKS, id: lockID, select: { user: true }, ...as(reader) }),
      ).rejects.toMatchObject({ status: 404 })

      // a filter or a sort on the holder would be a yes/no oracle: refused, not answered
      for (const where of [
        byUser(coordinator.id),
        { user: { equals: { relationTo: 'users', value: coordinator.id } } },
        { user: { equals: coordinator.id } },
        { 'user.relationTo': { equals: 'users' } },
        { user: { in: [coordinator.id] } },
        { user: { exists: true } },
        { 'user.email': { like: 'Dvo' } },
        { 'user.name': { like: 'Jana' } },
        { or: [{ id: { equals: lockID } }, byUser(coordinator.id)] },
      ] as Where[]) {
        await expect(
          payload.find({ collection: LOCKS, where, ...as(reader) }),
          JSON.stringify(where),
        ).rejects.toMatchObject({ status: 400 })
        await expect(
          payload.count({ collection: LOCKS, where, ...as(reader) }),
        ).rejects.toMatchObject({ status: 400 })
      }
      // a sort is refused, or it is not applied (both directions answer the same order)
      for (const sort of ['user', 'user.value', 'user.relationTo']) {
        await expect(
          payload.find({ collection: LOCKS, sort, ...as(reader) }),
          sort,
        ).rejects.toMatchObject({ status: 400 })
      }
      for (const sort of ['user.name', 'user.email', 'user.id']) {
        const order = async (by: string) =>
          payload.find({ collection: LOCKS, sort: by, ...as(reader) }).then(
            ({ docs }) => ids(docs),
            (error: { status?: number }) => error.status,
          )
        const [up, down] = [await order(sort), await order(`-${sort}`)]
        expect(up === 400 || JSON.stringify(up) === JSON.stringify(down), sort).toBe(true)
      }
    }
  })

  it('is hidden the same way over REST and GraphQL', async () => {
    const client = await rest(representative)
    for (const params of [{}, { depth: 1 }, { depth: 2 }, { select: { user: true } }]) {
      const reply = await client.rest(LOCKS, params)
      expect(reply.status, JSON.stringify(params)).toBe(200)
      expect((reply.body as { docs: unknown[] }).docs).toEqual([])
    }
    const one = await client.rest(`${LOCKS}/${lockID}`, { depth: 1 })
    expect(one.status).toBe(404)
    expect(revealsHolder(one.body)).toBe(false)
    for (const params of [
      { where: byUser(coordinator.id) },
      { where: { user: { equals: coordinator.id } } },
      { sort: 'user' },
    ]) {
      const reply = await client.rest(LOCKS, params)
      expect(reply.status, JSON.stringify(params)).toBe(400)
      expect(revealsHolder(reply.text)).toBe(false)
    }
    const counted = await client.rest(`${LOCKS}/count`, { where: byUser(coordinator.id) })
    expect(counted.status).toBe(400)

    const gql = await client.gql(
      `{ PayloadLockedDocuments { docs { id user { relationTo value { ... on User { id email name } } } } } }`,
    )
    expect(gql.body).toMatchObject({ data: { PayloadLockedDocuments: { docs: [] } } })
    for (const query of [
      `{ PayloadLockedDocuments(where: { user: { relationTo: users, value: ${JSON.stringify(coordinator.id)} } }) { docs { id } } }`,
      `{ PayloadLockedDocuments(sort: "user") { docs { id } } }`,
    ]) {
      const refused = await client.gql(query)
      expect(refused.body, query).toMatchObject({
        errors: [{ extensions: { name: 'QueryError', statusCode: 400 } }],
      })
    }
  })

  it('still answers the same filters for staff (the control: the filter would have matched)', async () => {
    const { docs } = await payload.find({
      collection: LOCKS,
      where: byUser(coordinator.id),
      ...as(editor),
    })
    expect(ids(docs)).toEqual([lockID])
    await expect(
      payload.find({ collection: LOCKS, sort: 'user.value', ...as(editor) }),
    ).resolves.toMatchObject({ totalDocs: 2 })
    const client = await rest(editor)
    const reply = await client.rest(LOCKS, { where: byUser(coordinator.id) })
    expect(reply.status).toBe(200)
    expect((reply.body as { totalDocs: number }).totalDocs).toBe(1)
  })
})
