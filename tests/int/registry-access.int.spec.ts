import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Centre, Organisation, Region, User } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let editor: User
let alice: User // represents Alpha
let bob: User // represents Beta
let region: Region
let alpha: Organisation
let beta: Organisation
let alphaPending: Centre
let betaPending: Centre
let betaPublished: Centre

const centre = (organisation: Organisation, name: string, status = 'pending') => ({
  organisation: organisation.id,
  name,
  region: region.id,
  address: { municipality: 'Kadaň' },
  status,
  contactPerson: { name: 'Jana Nováková', phone: '+420 123 456 789', email: 'jana@example.test' },
})

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  editor = await createUser(payload, ['editor'])
  alice = await createUser(payload, ['ngo'])
  bob = await createUser(payload, ['ngo'])
  region = await payload.create({
    collection: 'regions',
    data: { code: 'CZ042', country: 'CZ', name: 'Ústecký kraj' },
  })
  const organisation = (name: string, representative: User, status: string) =>
    payload.create({
      collection: 'organisations',
      data: {
        name,
        kind: 'ngo',
        country: 'CZ',
        status,
        representatives: [representative.id],
      } as never,
    })
  alpha = await organisation('Alpha', alice, 'published')
  beta = await organisation('Beta', bob, 'published')
  alphaPending = await payload.create({
    collection: 'centres',
    data: centre(alpha, 'Alpha pending') as never,
  })
  betaPending = await payload.create({
    collection: 'centres',
    data: centre(beta, 'Beta pending') as never,
  })
  betaPublished = await payload.create({
    collection: 'centres',
    data: centre(beta, 'Beta published', 'published') as never,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const ids = (docs: { id: number | string }[]) => docs.map((doc) => doc.id)

describe('centres: who reads what', () => {
  it('shows the public published centres only, without the private contact person', async () => {
    const found = await payload.find({ collection: 'centres', overrideAccess: false, user: null })
    expect(ids(found.docs)).toEqual([betaPublished.id])
    expect(found.docs[0].contactPerson).toBeUndefined()
    expect(found.docs[0].country).toBe('CZ')
  })

  it('shows a representative their own pending centres but not another organisation’s', async () => {
    const found = await payload.find({ collection: 'centres', overrideAccess: false, user: alice })
    expect(ids(found.docs).sort()).toEqual([alphaPending.id, betaPublished.id].sort())
    await expect(
      payload.findByID({
        collection: 'centres',
        id: betaPending.id,
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('shows the contact person to its own representative and to editors', async () => {
    const own = await payload.findByID({
      collection: 'centres',
      id: betaPublished.id,
      overrideAccess: false,
      user: bob,
    })
    expect(own.contactPerson?.name).toBe('Jana Nováková')
    const asAlice = await payload.findByID({
      collection: 'centres',
      id: betaPublished.id,
      overrideAccess: false,
      user: alice,
    })
    expect(asAlice.contactPerson).toBeUndefined()
    const asEditor = await payload.findByID({
      collection: 'centres',
      id: betaPublished.id,
      overrideAccess: false,
      user: editor,
    })
    expect(asEditor.contactPerson?.email).toBe('jana@example.test')
  })

  it('publishes the contact person once the organisation opts in', async () => {
    await payload.update({
      collection: 'organisations',
      id: beta.id,
      data: { publishContactPersons: true },
      overrideAccess: false,
      user: bob,
    })
    const found = await payload.findByID({
      collection: 'centres',
      id: betaPublished.id,
      overrideAccess: false,
      user: null,
    })
    expect(found.contactPerson?.name).toBe('Jana Nováková')
    await payload.update({
      collection: 'organisations',
      id: beta.id,
      data: { publishContactPersons: false },
    })
    const hiddenAgain = await payload.findByID({
      collection: 'centres',
      id: betaPublished.id,
      overrideAccess: false,
      user: null,
    })
    expect(hiddenAgain.contactPerson).toBeUndefined()
  })

  // Each of these read the private contact person before it was guarded by field access.
  describe('a hidden contact person stays hidden in every query shape', () => {
    const attackers = () =>
      [
        ['a visitor', null],
        ['another organisation’s representative', alice],
      ] as const

    it('with a select that leaves out the organisation', async () => {
      for (const [, user] of attackers()) {
        const one = await payload.findByID({
          collection: 'centres',
          id: betaPublished.id,
          select: { contactPerson: true },
          overrideAccess: false,
          user,
        })
        expect(JSON.stringify(one)).not.toContain('jana@example.test')
        const excluded = await payload.findByID({
          collection: 'centres',
          id: betaPublished.id,
          select: { organisation: false, contactPersonPublic: false },
          overrideAccess: false,
          user,
        })
        expect(JSON.stringify(excluded)).not.toContain('jana@example.test')
        const list = await payload.find({
          collection: 'centres',
          select: { contactPerson: { email: true } },
          overrideAccess: false,
          user,
        })
        // (Alice's own centres carry the same test contact, rightly shown to her)
        const organisationOf = (doc: object) =>
          (doc as { organisation: Organisation | number }).organisation
        const others = list.docs.filter(
          (doc) =>
            String((organisationOf(doc) as Organisation).id ?? organisationOf(doc)) !==
            String(alpha.id),
        )
        expect(others.length).toBeGreaterThan(0)
        expect(JSON.stringify(others)).not.toContain('jana@example.test')
      }
      const own = await payload.findByID({
        collection: 'centres',
        id: betaPublished.id,
        select: { contactPerson: true },
        overrideAccess: false,
        user: bob,
      })
      expect(own.contactPerson?.email).toBe('jana@example.test')
    })

    it('through populate from an event held at the centre', async () => {
      const event = await payload.create({
        collection: 'events',
        data: {
          title: 'Seminár v centre',
          type: 'seminar',
          startsAt: new Date(Date.now() + 864e6).toISOString(),
          startsAt_tz: 'Europe/Prague',
          endsAt: new Date(Date.now() + 864e6 + 36e5).toISOString(),
          endsAt_tz: 'Europe/Prague',
          mode: 'in-person',
          venue: { centre: betaPublished.id, municipality: 'Kadaň' },
          organisation: beta.id,
          status: 'published',
        } as never,
      })
      for (const [, user] of attackers()) {
        const found = await payload.findByID({
          collection: 'events',
          id: event.id,
          depth: 1,
          populate: { centres: { contactPerson: true } },
          overrideAccess: false,
          user,
        })
        expect(found.venue?.centre).toBeTruthy()
        expect(JSON.stringify(found)).not.toContain('jana@example.test')
        const deep = await payload.find({
          collection: 'events',
          depth: 3,
          overrideAccess: false,
          user,
        })
        expect(JSON.stringify(deep.docs)).not.toContain('jana@example.test')
      }
    })

    it('refuses a where or a sort on it, which would answer yes or no', async () => {
      for (const [, user] of attackers()) {
        for (const where of <Where[]>[
          { 'contactPerson.email': { equals: 'jana@example.test' } },
          { 'contactPerson.email': { like: 'jana' } },
          { 'contactPerson.phone': { exists: true } },
          { 'contactPerson.name': { in: ['Jana Nováková'] } },
        ]) {
          await expect(
            payload.find({ collection: 'centres', where, overrideAccess: false, user }),
            JSON.stringify(where),
          ).rejects.toThrow()
        }
        await expect(
          payload.find({
            collection: 'centres',
            sort: 'contactPerson.email',
            overrideAccess: false,
            user,
          }),
        ).rejects.toThrow()
      }
      // staff filter on it freely
      const staff = await payload.find({
        collection: 'centres',
        where: { 'contactPerson.email': { equals: 'jana@example.test' } },
        overrideAccess: false,
        user: editor,
      })
      expect(staff.totalDocs).toBeGreaterThan(0)
    })

    it('mirrors the organisation’s choice on every centre, new and old', async () => {
      const flag = async (id: number | string) =>
        (await payload.findByID({ collection: 'centres', id, depth: 0 })).contactPersonPublic
      expect(await flag(betaPublished.id)).toBe(false)
      await payload.update({
        collection: 'organisations',
        id: beta.id,
        data: { publishContactPersons: true },
      })
      expect(await flag(betaPublished.id)).toBe(true)
      expect(await flag(betaPending.id)).toBe(true)
      const added = await payload.create({
        collection: 'centres',
        data: centre(beta, 'Beta new') as never,
      })
      expect(added.contactPersonPublic).toBe(true)
      await payload.update({
        collection: 'organisations',
        id: beta.id,
        data: { publishContactPersons: false },
      })
      expect(await flag(added.id)).toBe(false)
      // nobody sets the mirror by hand
      const forged = await payload.update({
        collection: 'centres',
        id: alphaPending.id,
        data: { contactPersonPublic: true } as never,
        overrideAccess: false,
        user: alice,
      })
      expect(forged.contactPersonPublic).toBe(false)
    })
  })
})

describe('centres: who changes what', () => {
  it('lets a representative add a centre to their own organisation, always pending', async () => {
    const created = await payload.create({
      collection: 'centres',
      data: centre(alpha, 'Alpha new', 'published') as never,
      overrideAccess: false,
      user: alice,
    })
    expect(created.status).toBe('pending')
  })

  it('gives a representative an editable create form in the admin, for their own organisation only', async () => {
    // what Payload's create view asks before anything is filled in: its form is read-only on "no"
    const { docAccessOperation, createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: { ...alice, collection: 'users' } as never }, payload)
    for (const slug of ['centres', 'events', 'case-studies'] as const) {
      const { create } = await docAccessOperation({
        collection: payload.collections[slug],
        data: { _status: 'draft' },
        req,
      })
      expect(create, slug).toBe(true)
    }
    const outsider = await createUser(payload, ['ngo'])
    const outsiderReq = await createLocalReq(
      { user: { ...outsider, collection: 'users' } as never },
      payload,
    )
    const refused = await docAccessOperation({
      collection: payload.collections.centres,
      data: { _status: 'draft' },
      req: outsiderReq,
    })
    expect(Boolean(refused.create)).toBe(false)
    // the blank form's "yes" lets nothing through: a centre needs its organisation
    await expect(
      payload.create({
        collection: 'centres',
        data: { ...centre(alpha, 'Without organisation'), organisation: undefined } as never,
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })

  it('refuses a representative adding a centre to another organisation and stores nothing', async () => {
    await expectForbidden(
      payload.create({
        collection: 'centres',
        data: centre(beta, 'Smuggled') as never,
        overrideAccess: false,
        user: alice,
      }),
    )
    const { totalDocs } = await payload.count({
      collection: 'centres',
      where: { name: { equals: 'Smuggled' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('refuses a representative changing or deleting another organisation’s centre', async () => {
    await expectForbidden(
      payload.update({
        collection: 'centres',
        id: betaPublished.id,
        data: { name: 'Hijacked' },
        overrideAccess: false,
        user: alice,
      }),
    )
    await expectForbidden(
      payload.delete({
        collection: 'centres',
        id: betaPublished.id,
        overrideAccess: false,
        user: alice,
      }),
    )
    const unchanged = await payload.findByID({ collection: 'centres', id: betaPublished.id })
    expect(unchanged.name).toBe('Beta published')
  })

  it('keeps a centre in its organisation and its status when the representative edits it', async () => {
    const updated = await payload.update({
      collection: 'centres',
      id: alphaPending.id,
      data: { name: 'Alpha renamed', organisation: beta.id, status: 'published' },
      overrideAccess: false,
      user: alice,
    })
    expect(updated.name).toBe('Alpha renamed')
    const organisationId =
      typeof updated.organisation === 'object' ? updated.organisation.id : updated.organisation
    expect(organisationId).toBe(alpha.id)
    expect(updated.status).toBe('pending')
  })

  it('lets an editor publish a centre and keeps every version', async () => {
    await payload.update({
      collection: 'centres',
      id: alphaPending.id,
      data: { status: 'published', moderationNote: 'Checked against the register.' },
      overrideAccess: false,
      user: editor,
    })
    const versions = await payload.findVersions({
      collection: 'centres',
      where: { parent: { equals: alphaPending.id } },
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('refuses a representative changing an organisation they do not represent, or its status', async () => {
    await expectForbidden(
      payload.update({
        collection: 'organisations',
        id: beta.id,
        data: { name: 'Hijacked' },
        overrideAccess: false,
        user: alice,
      }),
    )
    const own = await payload.update({
      collection: 'organisations',
      id: alpha.id,
      data: { status: 'archived', representatives: [alice.id, bob.id], phone: '+420 1' },
      overrideAccess: false,
      user: alice,
    })
    expect(own.status).toBe('published')
    expect(own.phone).toBe('+420 1')
    expect((own.representatives ?? []).map((r) => (typeof r === 'object' ? r.id : r))).toEqual([
      alice.id,
    ])
  })
})

describe('centres: validation', () => {
  it.each([
    ['a latitude out of range', { latitude: 123 }],
    ['a longitude out of range', { longitude: -500 }],
    ['a malformed opening time', { openingHours: [{ day: 'mon', opens: '8am', closes: '16:00' }] }],
    ['closing before opening', { openingHours: [{ day: 'mon', opens: '16:00', closes: '08:00' }] }],
    ['no municipality', { address: { municipality: '' } }],
  ])('refuses %s and stores nothing', async (_what, patch) => {
    const before = (await payload.count({ collection: 'centres' })).totalDocs
    await expect(
      payload.create({
        collection: 'centres',
        data: { ...centre(alpha, 'Invalid'), ...patch } as never,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    expect((await payload.count({ collection: 'centres' })).totalDocs).toBe(before)
  })
})
