import { getLocalI18n, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageWindow } from '@/components/Pagination'
import { getT } from '@/i18n/server'
import type { Organisation, Region, User } from '@/payload-types'
import {
  findOrganisations,
  organisationFacetCounts,
  organisationFiltersToQuery,
  parseOrganisationFilters,
} from '@/registry/organisationList'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let editor: User
let kosice: Region, vas: Region
let owner: Organisation
let findBySlug: (typeof import('@/utilities/findBySlug'))['findBySlug']

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  // imported only now: it reaches the Payload config, which must load after bootPayload set the
  // throw-away database (imported at the top, the tests ran on the checkout's data/platform.db)
  ;({ findBySlug } = await import('@/utilities/findBySlug'))
  editor = await createUser(payload, ['editor'])
  const region = (code: string, country: 'SK' | 'HU', name: string) =>
    payload.create({ collection: 'regions', data: { code, country, name } })
  kosice = await region('SK042', 'SK', 'Košický kraj')
  vas = await region('HU222', 'HU', 'Vas vármegye')
  const organisation = (name: string, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'organisations',
      data: { name, kind: 'ngo', country: 'SK', status: 'published', ...data } as never,
    })
  owner = await organisation('Košický samosprávny kraj', {
    kind: 'regional-authority',
    region: kosice.id,
  })
  // 24 more Slovak NGOs, so the list has two pages of 20
  for (let i = 1; i <= 24; i += 1) {
    await organisation(`Občianske združenie ${String(i).padStart(2, '0')}`, { region: kosice.id })
  }
  await organisation('Szombathelyi Családsegítő', {
    country: 'HU',
    kind: 'charity',
    region: vas.id,
  })
  await organisation('Szombathelyi Tanoda', { country: 'HU', region: vas.id })
  // matches the search, but nobody approved it yet
  await organisation('Košická tanoda (čaká)', { status: 'pending' })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe("a centre's public contacts", () => {
  const centre = (data: Record<string, unknown>) => ({
    organisation: owner.id,
    name: `Centrum ${Math.random()}`,
    region: kosice.id,
    address: { municipality: 'Košice' },
    status: 'published',
    ...data,
  })

  it('refuses a phone that is not a number, in the admin’s language, and stores nothing', async () => {
    const i18n = await getLocalI18n({ config: payload.config, language: 'cs' })
    const before = (await payload.count({ collection: 'centres' })).totalDocs
    const error = await payload
      .create({
        collection: 'centres',
        data: centre({ phone: 'call me maybe' }) as never,
        overrideAccess: false,
        user: editor,
        req: { i18n } as never,
      })
      .then(
        () => undefined,
        (caught: { data?: { errors?: { path: string; message: string }[] } }) => caught,
      )
    expect(error?.data?.errors).toEqual([
      {
        path: 'phone',
        message: getT('cs', 'admin')('fields.phoneFormat'),
        label: expect.anything(),
      },
    ])
    expect((await payload.count({ collection: 'centres' })).totalDocs).toBe(before)
  })

  it.each([
    ['a website without a scheme', { website: 'www.example.org' }],
    ['an e-mail address without a domain', { email: 'office@' }],
  ])('refuses %s', async (_what, patch) => {
    await expect(
      payload.create({
        collection: 'centres',
        data: centre(patch) as never,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })

  it('shows the institution’s contacts to a visitor, but not the private contact person', async () => {
    const created = await payload.create({
      collection: 'centres',
      data: centre({
        phone: '+421 55 7268 299',
        email: 'office@example.org',
        website: 'https://example.org/centrum',
        contactPerson: { name: 'Jana Private', phone: '+421 900 000 000' },
      }) as never,
      overrideAccess: false,
      user: editor,
    })
    const seen = await payload.findByID({
      collection: 'centres',
      id: created.id,
      overrideAccess: false,
      user: null,
      depth: 0,
    })
    expect(seen).toMatchObject({
      phone: '+421 55 7268 299',
      email: 'office@example.org',
      website: 'https://example.org/centrum',
    })
    expect(seen.contactPerson?.name).toBeUndefined()
  })
})

describe('the organisations list', () => {
  const list = (query: Record<string, string>) =>
    findOrganisations(payload, 'sk', parseOrganisationFilters(query), [
      { id: kosice.id, code: 'SK042' },
      { id: vas.id, code: 'HU222' },
    ])

  it('pages the published organisations by 20, and a page past the end has none', async () => {
    const first = await list({})
    expect(first.totalDocs).toBe(27)
    expect(first.totalPages).toBe(2)
    expect(first.docs).toHaveLength(20)
    expect((await list({ page: '2' })).docs).toHaveLength(7)
    const past = await list({ page: '9' })
    expect(past.docs).toHaveLength(0)
    expect(past.totalPages).toBe(2)
  })

  it('finds by words without accents, never an organisation awaiting approval', async () => {
    const found = await list({ q: 'kosicky' })
    expect(found.docs.map((doc) => doc.name)).toEqual(['Košický samosprávny kraj'])
    expect((await list({ q: 'tanoda' })).docs.map((doc) => doc.name)).toEqual([
      'Szombathelyi Tanoda',
    ])
    expect((await list({ q: 'nothing like this' })).totalDocs).toBe(0)
  })

  it('filters by country, region and kind, and ignores values that are not codes', async () => {
    expect((await list({ country: 'HU' })).totalDocs).toBe(2)
    expect((await list({ region: 'HU222', kind: 'charity' })).docs.map((d) => d.name)).toEqual([
      'Szombathelyi Családsegítő',
    ])
    expect((await list({ kind: 'regional-authority' })).totalDocs).toBe(1)
    expect((await list({ kind: '<script>', country: 'XX' })).totalDocs).toBe(27)
  })

  it('counts what each filter option would list, the other filters and the words kept', async () => {
    const regions = [
      { id: kosice.id, code: 'SK042' },
      { id: vas.id, code: 'HU222' },
    ]
    const counts = (query: Record<string, string>) =>
      organisationFacetCounts(payload, parseOrganisationFilters(query), regions)
    // the one awaiting approval is never counted
    expect(await counts({})).toEqual({
      country: { SK: 25, HU: 2 },
      region: { SK042: 25, HU222: 2 },
      kind: { ngo: 25, 'regional-authority': 1, charity: 1 },
    })
    // choosing Hungary narrows the kinds and regions, not the countries themselves
    const hungary = await counts({ country: 'HU' })
    expect(hungary.country).toEqual({ SK: 25, HU: 2 })
    expect(hungary.kind).toEqual({ ngo: 1, charity: 1 })
    expect(hungary.region).toEqual({ HU222: 2 })
    // and every count is what the list then shows
    for (const [kind, n] of Object.entries(hungary.kind)) {
      expect((await list({ country: 'HU', kind })).totalDocs).toBe(n)
    }
    expect((await counts({ q: 'szombathelyi' })).kind).toEqual({ ngo: 1, charity: 1 })
  })

  it('counts a change to an organisation at once, though the counts are kept between requests', async () => {
    const regions = [
      { id: kosice.id, code: 'SK042' },
      { id: vas.id, code: 'HU222' },
    ]
    const counts = () => organisationFacetCounts(payload, parseOrganisationFilters({}), regions)
    expect((await counts()).kind).toEqual({ ngo: 25, 'regional-authority': 1, charity: 1 })
    const added = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Kőszegi Karitász',
        kind: 'charity',
        country: 'HU',
        region: vas.id,
        status: 'published',
      } as never,
    })
    try {
      expect((await counts()).kind.charity).toBe(2)
      expect((await counts()).region.HU222).toBe(3)
      await payload.update({ collection: 'organisations', id: added.id, data: { kind: 'ngo' } })
      expect((await counts()).kind).toEqual({ ngo: 26, 'regional-authority': 1, charity: 1 })
    } finally {
      await payload.delete({ collection: 'organisations', id: added.id })
    }
    expect(await counts()).toEqual({
      country: { SK: 25, HU: 2 },
      region: { SK042: 25, HU222: 2 },
      kind: { ngo: 25, 'regional-authority': 1, charity: 1 },
    })
  })

  it('keeps the filters in the links to other pages', () => {
    const filters = parseOrganisationFilters({ q: 'Košice', country: 'SK', page: '3' })
    expect(organisationFiltersToQuery(filters, { page: 1 })).toBe('?q=Ko%C5%A1ice&country=SK')
    expect(organisationFiltersToQuery(filters, { page: 2 })).toBe(
      '?q=Ko%C5%A1ice&country=SK&page=2',
    )
  })
})

describe('a page found by its slug', () => {
  const pendingSlug = async () =>
    (
      await payload.find({
        collection: 'organisations',
        where: { status: { equals: 'pending' } },
        limit: 1,
      })
    ).docs[0].slug!

  it('reads with the visitor’s rights: a published organisation, never one awaiting approval', async () => {
    const found = await findBySlug('organisations', owner.slug!, 'sk', null, {
      select: { name: true },
    })
    expect(found?.name).toBe('Košický samosprávny kraj')
    expect(found).not.toHaveProperty('kind')
    expect(await findBySlug('organisations', await pendingSlug(), 'sk', null)).toBeUndefined()
  })

  it('reads with the signed-in user’s rights, narrowed by the page’s own conditions', async () => {
    const slug = await pendingSlug()
    expect((await findBySlug('organisations', slug, 'sk', editor))?.name).toBe(
      'Košická tanoda (čaká)',
    )
    const publishedOnly = { where: { status: { equals: 'published' } } }
    expect(await findBySlug('organisations', slug, 'sk', editor, publishedOnly)).toBeUndefined()
  })
})

describe('numbered pagination', () => {
  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5])
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20])
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20])
  })
})
