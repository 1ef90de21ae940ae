import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { liveEdits } from '@/registry/liveEdits'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let admin: User
let editor: User
let representative: User
let stranger: User
let organisationId: number | string
let centreId: number | string
let pendingCentreId: number | string
let regionId: number | string

const as = (user: User) => ({ overrideAccess: false as const, user })

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  // the first account becomes an admin whatever its roles
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'], { name: 'Edita Redaktorová' })
  representative = await createUser(payload, ['ngo'], { name: 'Jana Nováková' })
  stranger = await createUser(payload, ['ngo', 'member'])
  organisationId = (
    await payload.create({
      collection: 'organisations',
      data: {
        name: 'Živé zmeny o. z.',
        kind: 'ngo',
        country: 'SK',
        status: 'published',
        representatives: [representative.id],
      } as never,
    })
  ).id
  const region = await payload.create({
    collection: 'regions',
    data: { name: 'Žilinský kraj', code: 'SK031', country: 'SK' } as never,
  })
  regionId = region.id
  const centre = (name: string, status: string) =>
    payload.create({
      collection: 'centres',
      data: {
        name,
        organisation: organisationId,
        region: region.id,
        address: { municipality: 'Žilina' },
        status,
      } as never,
    })
  centreId = (await centre('Komunitné centrum Hliny', 'published')).id
  pendingCentreId = (await centre('Nové centrum', 'pending')).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('representatives’ changes to published records', () => {
  it('lists a representative’s change to a published centre and organisation, with who, when and the comparison', async () => {
    await payload.update({
      collection: 'centres',
      id: centreId,
      data: { summary: 'Otvorené aj v sobotu' },
      ...as(representative),
    })
    await payload.update({
      collection: 'organisations',
      id: organisationId,
      data: { phone: '+421 41 555 0101' },
      ...as(representative),
    })
    const rows = await liveEdits(payload, editor)
    expect(rows.map((row) => [row.slug, row.name, row.editor.name])).toEqual([
      ['organisations', 'Živé zmeny o. z.', 'Jana Nováková'],
      ['centres', 'Komunitné centrum Hliny', 'Jana Nováková'],
    ])
    const [, centreRow] = rows
    expect(centreRow.superseded).toBe(false)
    expect(Date.now() - new Date(centreRow.editedAt).getTime()).toBeLessThan(60_000)
    // the link is Payload's version view of that version, which compares it with the one before
    const version = await payload.findVersionByID({
      collection: 'centres',
      id: String(centreRow.versionId),
      depth: 0,
    })
    expect(version.version.summary).toBe('Otvorené aj v sobotu')
    expect(centreRow.compare).toBe(
      `/admin/collections/centres/${centreId}/versions/${centreRow.versionId}`,
    )
    expect(await liveEdits(payload, admin)).toHaveLength(2)
  })

  it('leaves out staff changes, system saves and records not yet published, and marks a change made again', async () => {
    const before = await liveEdits(payload, editor)
    await payload.update({
      collection: 'centres',
      id: centreId,
      data: { summary: 'Opravené redaktorkou' },
      ...as(editor),
    })
    await payload.update({
      collection: 'centres',
      id: centreId,
      data: { summary: 'Bez používateľa' },
    })
    await payload.update({
      collection: 'centres',
      id: pendingCentreId,
      data: { summary: 'Ešte neschválené' },
      ...as(representative),
    })
    const after = await liveEdits(payload, editor)
    expect(after).toHaveLength(before.length)
    expect(after.find((row) => row.slug === 'centres')?.superseded).toBe(true)
  })

  it('records the one who saved, whatever the request says, and shows it to staff only', async () => {
    const saved = await payload.update({
      collection: 'centres',
      id: centreId,
      data: { summary: 'Podvrhnutý autor', editedBy: editor.id } as never,
      ...as(representative),
    })
    expect(saved).not.toHaveProperty('editedBy')
    const stored = await payload.findByID({
      collection: 'centres',
      id: centreId,
      depth: 0,
      ...as(editor),
    })
    expect(stored.editedBy).toBe(representative.id)
    await expect(
      payload.find({
        collection: 'centres',
        where: { editedBy: { equals: representative.id } },
        ...as(representative),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('narrows to a regional editor’s regions: a centre by its region, an organisation by where it works', async () => {
    const kosice = await payload.create({
      collection: 'regions',
      data: { name: 'Košický kraj', code: 'SK042', country: 'SK' } as never,
    })
    const all = await liveEdits(payload, editor)
    const kinds = (rows: { slug: string }[]) => [...new Set(rows.map((row) => row.slug))].sort()
    expect(kinds(all)).toEqual(['centres', 'organisations'])
    // the organisation has no seat region and names none it works in
    expect(await liveEdits(payload, editor, { regions: [regionId] })).toEqual(
      all.filter((row) => row.slug === 'centres'),
    )
    await payload.update({
      collection: 'organisations',
      id: organisationId,
      data: { activeRegions: [regionId as number] },
      ...as(representative),
    })
    // each change is placed where the record was when it was made
    expect(kinds(await liveEdits(payload, editor, { regions: [regionId] }))).toEqual([
      'centres',
      'organisations',
    ])
    expect(await liveEdits(payload, editor, { regions: [kosice.id] })).toEqual([])
  })

  it('lets only an administrator set an editor’s regions', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: editor.id,
        data: { regions: [regionId as number] },
        ...as(editor),
      }),
    ).resolves.not.toHaveProperty('regions', [regionId])
    const set = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { regions: [regionId as number] },
      depth: 0,
      ...as(admin),
    })
    expect(set.regions).toEqual([regionId])
    // a representative outside the editor's groups does not learn their regions (the users
    // collection's read rule hides the editor; the field's own rule is the next test's)
    // (nor through a filter on the field, the yes/no leak, or a select naming it)
    const filtered = await payload
      .find({
        collection: 'users',
        where: { regions: { in: [regionId] } },
        ...as(stranger),
      })
      .then((result) => result.docs.map((doc) => doc.id))
      .catch((error: { status?: number }) => error.status)
    expect(
      filtered === 400 || filtered === 403 || (Array.isArray(filtered) && filtered.length === 0),
    ).toBe(true)
    const selected = await payload
      .find({ collection: 'users', select: { regions: true }, ...as(stranger) })
      .then((result) => result.docs)
      .catch(() => [])
    expect(selected.some((doc) => (doc as { regions?: unknown[] }).regions?.length)).toBe(false)
  })

  it('keeps an editor’s regions from a fellow group member, who may read the account itself', async () => {
    await payload.update({
      collection: 'users',
      id: editor.id,
      data: { regions: [regionId as number] },
      ...as(admin),
    })
    const fellow = await createUser(payload, ['member'], { name: 'Ferko Kolega' })
    await payload.create({
      collection: 'working-groups',
      data: { name: 'Skupina pre kraje', members: [editor.id, fellow.id] } as never,
    })
    // the account is readable to the fellow member (the collection's rule lets them in) ...
    const read = await payload.findByID({
      collection: 'users',
      id: editor.id,
      depth: 0,
      ...as(fellow),
    })
    expect(read.name).toBe('Edita Redaktorová')
    expect(read).not.toHaveProperty('regions')
    const selected = await payload.find({
      collection: 'users',
      where: { id: { equals: editor.id } },
      select: { name: true, regions: true },
      depth: 0,
      ...as(fellow),
    })
    expect(selected.docs.map((doc) => doc.name)).toEqual(['Edita Redaktorová'])
    expect(selected.docs[0]).not.toHaveProperty('regions')
    // ... so only the field's own rule stops a filter or a sort on it, each a yes/no oracle
    await expect(
      payload.find({
        collection: 'users',
        where: { and: [{ id: { equals: editor.id } }, { regions: { in: [regionId] } }] },
        ...as(fellow),
      }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.find({ collection: 'users', sort: 'regions', ...as(fellow) }),
    ).rejects.toMatchObject({ status: 400 })
    // the holder reads their own
    const own = await payload.findByID({
      collection: 'users',
      id: editor.id,
      depth: 0,
      ...as(editor),
    })
    expect(own.regions).toEqual([regionId])
  })

  it('is for editors and administrators only', async () => {
    expect(await liveEdits(payload, representative)).toEqual([])
    expect(await liveEdits(payload, stranger)).toEqual([])
  })
})
