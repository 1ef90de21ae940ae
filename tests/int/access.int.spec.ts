import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let admin: User
let editor: User
let ngo: User
let member: User

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  ngo = await createUser(payload, ['ngo'])
  member = await createUser(payload, ['member'])
})

afterAll(async () => {
  await ctx?.cleanup()
})

const taxonomies = ['regions', 'service-types', 'target-groups', 'themes'] as const
const sampleTerm = {
  regions: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
  'service-types': { code: 'cz-108-37', country: 'CZ', name: 'Sociální poradenství' },
  'target-groups': { code: 'seniors', name: 'Seniori' },
  themes: { code: 'housing', name: 'Bývanie' },
} as const

describe.each(taxonomies)('taxonomy %s', (collection) => {
  it('lets an editor create, update and delete a term', async () => {
    const term = await payload.create({
      collection,
      data: sampleTerm[collection] as never,
      overrideAccess: false,
      user: editor,
    })
    const updated = await payload.update({
      collection,
      id: term.id,
      data: { name: 'Renamed' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Renamed')
    await payload.delete({ collection, id: term.id, overrideAccess: false, user: editor })
    const { totalDocs } = await payload.count({ collection, where: { id: { equals: term.id } } })
    expect(totalDocs).toBe(0)
  })

  it('is readable by anonymous visitors', async () => {
    const term = await payload.create({ collection, data: sampleTerm[collection] as never })
    const found = await payload.find({ collection, overrideAccess: false, user: null })
    expect(found.docs.map((doc) => doc.id)).toContain(term.id)
    await payload.delete({ collection, id: term.id })
  })

  it.each([
    ['an anonymous visitor', () => null],
    ['an organisation representative', () => ngo],
    ['a working-group member', () => member],
  ])('refuses creation by %s and stores nothing', async (_who, who) => {
    await expectForbidden(
      payload.create({
        collection,
        data: sampleTerm[collection] as never,
        overrideAccess: false,
        user: who(),
      }),
    )
    expect((await payload.count({ collection })).totalDocs).toBe(0)
  })

  it('refuses updates and deletion by an organisation representative', async () => {
    const term = await payload.create({ collection, data: sampleTerm[collection] as never })
    await expectForbidden(
      payload.update({
        collection,
        id: term.id,
        data: { name: 'Hijacked' },
        overrideAccess: false,
        user: ngo,
      }),
    )
    await expectForbidden(
      payload.delete({ collection, id: term.id, overrideAccess: false, user: member }),
    )
    const unchanged = await payload.findByID({ collection, id: term.id })
    expect(unchanged.name).toBe(sampleTerm[collection].name)
    await payload.delete({ collection, id: term.id })
  })
})

describe('organisations', () => {
  const organisation = (status: string, slug: string) => ({
    name: `Organisation ${slug}`,
    slug,
    kind: 'ngo',
    country: 'CZ',
    status,
  })

  it('shows visitors and representatives published organisations only', async () => {
    const published = await payload.create({
      collection: 'organisations',
      data: organisation('published', 'published-org') as never,
    })
    const pending = await payload.create({
      collection: 'organisations',
      data: organisation('pending', 'pending-org') as never,
    })
    for (const user of [null, ngo, member]) {
      const found = await payload.find({ collection: 'organisations', overrideAccess: false, user })
      const ids = found.docs.map((doc) => doc.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(pending.id)
      // hidden, not forbidden: a pending record's existence is not disclosed
      await expect(
        payload.findByID({
          collection: 'organisations',
          id: pending.id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 404 })
    }
    const asEditor = await payload.find({
      collection: 'organisations',
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.docs.map((doc) => doc.id)).toEqual(
      expect.arrayContaining([published.id, pending.id]),
    )
  })

  it('lets editors publish and refuses representatives changing status', async () => {
    const pending = await payload.create({
      collection: 'organisations',
      data: organisation('pending', 'to-publish') as never,
      overrideAccess: false,
      user: editor,
    })
    await expectForbidden(
      payload.update({
        collection: 'organisations',
        id: pending.id,
        data: { status: 'published' },
        overrideAccess: false,
        user: ngo,
      }),
    )
    expect((await payload.findByID({ collection: 'organisations', id: pending.id })).status).toBe(
      'pending',
    )
    const published = await payload.update({
      collection: 'organisations',
      id: pending.id,
      data: { status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(published.status).toBe('published')
  })
})

describe('users', () => {
  it('lets a user read and update only their own account', async () => {
    const found = await payload.find({ collection: 'users', overrideAccess: false, user: member })
    expect(found.docs.map((doc) => doc.id)).toEqual([member.id])
    const asRepresentative = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: ngo,
    })
    expect(asRepresentative.docs.map((doc) => doc.id)).toEqual([ngo.id])
    // editors moderate representatives, so they see every account (but cannot change it)
    const asEditor = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.totalDocs).toBeGreaterThanOrEqual(4)
    await expectForbidden(
      payload.update({
        collection: 'users',
        id: member.id,
        data: { name: 'x' },
        overrideAccess: false,
        user: editor,
      }),
    )
    const renamed = await payload.update({
      collection: 'users',
      id: member.id,
      data: { name: 'New Name', preferredLanguage: 'hu' },
      overrideAccess: false,
      user: member,
    })
    expect(renamed.preferredLanguage).toBe('hu')
    await expectForbidden(
      payload.update({
        collection: 'users',
        id: ngo.id,
        data: { name: 'Not yours' },
        overrideAccess: false,
        user: member,
      }),
    )
    expect((await payload.findByID({ collection: 'users', id: ngo.id })).name).not.toBe('Not yours')
  })

  it('ignores a user granting themselves a role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: ngo.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: ngo,
    })
    expect(updated.roles).toEqual(['ngo'])
    const fresh = await payload.findByID({ collection: 'users', id: ngo.id })
    expect(fresh.roles).toEqual(['ngo'])
  })

  it('lets only admins create accounts and grant roles', async () => {
    await expectForbidden(
      payload.create({
        collection: 'users',
        data: {
          email: 'x@example.test',
          password: 'long enough pw',
          name: 'X',
          roles: ['admin'],
          preferredLanguage: 'sk',
        },
        overrideAccess: false,
        user: editor,
      }),
    )
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'x@example.test' } } }))
        .totalDocs,
    ).toBe(0)
    const created = await payload.create({
      collection: 'users',
      data: {
        email: 'y@example.test',
        password: 'long enough pw',
        name: 'Y',
        roles: ['editor'],
        preferredLanguage: 'sk',
      },
      overrideAccess: false,
      user: admin,
    })
    expect(created.roles).toEqual(['editor'])
  })

  it('keeps the back office for staff, representatives and working-group coordinators', async () => {
    const { canUseAdmin } = await import('@/access/canUseAdmin')
    const req = (user: User | null) => ({ req: { user, payload, context: {} } }) as never
    expect(await canUseAdmin(req(admin))).toBe(true)
    expect(await canUseAdmin(req(editor))).toBe(true)
    expect(await canUseAdmin(req(ngo))).toBe(true)
    expect(await canUseAdmin(req(member))).toBe(false)
    expect(await canUseAdmin(req(null))).toBe(false)
    const group = await payload.create({
      collection: 'working-groups',
      data: { name: 'Skupina', coordinators: [member.id], members: [member.id] } as never,
    })
    expect(await canUseAdmin(req(member))).toBe(true)
    await payload.delete({ collection: 'working-groups', id: group.id })
  })

  it('locks an account after five wrong passwords', async () => {
    const target = await createUser(payload, ['member'])
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        payload.login({ collection: 'users', data: { email: target.email, password: 'wrong' } }),
      ).rejects.toThrow()
    }
    await expect(
      payload.login({
        collection: 'users',
        data: { email: target.email, password: 'correct horse battery staple' },
      }),
    ).rejects.toMatchObject({ name: 'LockedAuth' })
  })
})
