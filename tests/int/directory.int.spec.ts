import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filtersToQuery, parseFilters } from '@/registry/directory'
import { directoryIndex } from '@/registry/directoryIndex'
import { csvColumns, loadOpenCentres, toCsv, toHsds, toOsmOpeningHours } from '@/registry/openData'
import { formatTime, isOpenAt } from '@/registry/openingHours'
import { publicWhere } from '@/access/publicWhere'
import { fold } from '@/search/text'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  const region = (code: string, country: string, name: string) =>
    payload.create({ collection: 'regions', data: { code, country: country as 'CZ', name } })
  const kraj = await region('CZ042', 'CZ', 'Ústecký kraj')
  const vas = await region('HU222', 'HU', 'Vas vármegye')
  const nzdm = await payload.create({
    collection: 'service-types',
    data: { code: 'cz-108-62', country: 'CZ', name: 'Nízkoprahová zařízení', legalBasis: '§ 62' },
  })
  const tanoda = await payload.create({
    collection: 'service-types',
    data: { code: 'hu-tanoda', country: 'HU', name: 'Tanoda' },
  })
  const youth = await payload.create({
    collection: 'target-groups',
    data: { code: 'children-youth', name: 'Mládež' },
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Město Kadaň',
      kind: 'municipality',
      country: 'CZ',
      status: 'published',
    } as never,
  })
  const centre = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'centres',
      data: { organisation: organisation.id, status: 'published', ...data } as never,
    })
  await centre({
    name: 'Centrum sociálních služeb Prunéřov',
    summary: 'Nízkoprahový klub a terénní program',
    region: kraj.id,
    address: { municipality: 'Kadaň', street: 'Prunéřov 377', postcode: '432 01' },
    services: [nzdm.id],
    targetGroups: [{ targetGroup: youth.id, ageFrom: 15, ageTo: 26 }],
    languages: ['cs', 'rom'],
    forms: ['day'],
    latitude: 50.4186,
    longitude: 13.2579,
    openingHours: [
      { day: 'mon', opens: '09:00', closes: '12:00' },
      { day: 'mon', opens: '13:00', closes: '17:00' },
    ],
    contactPerson: { name: 'Private Person', email: 'private@example.test' },
  })
  await centre({
    name: 'Klub Most',
    region: kraj.id,
    address: { municipality: 'Most' },
    services: [nzdm.id],
    languages: ['cs'],
    forms: ['outreach'],
  })
  await centre({
    name: 'Tanoda Szombathely',
    region: vas.id,
    address: { municipality: 'Szombathely' },
    services: [tanoda.id],
    languages: ['hu', 'rom'],
    forms: ['day'],
  })
  await centre({
    name: 'Pending Centre',
    status: 'pending',
    region: kraj.id,
    address: { municipality: 'Kadaň' },
    services: [nzdm.id],
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('directory filters', () => {
  it('parses the URL, dropping unknown countries and malformed values', () => {
    const filters = parseFilters({
      q: '  Prunéřov   klub ',
      country: ['CZ', 'XX'],
      region: 'CZ042,<script>',
      page: '-3',
    })
    expect(filters).toMatchObject({
      q: 'Prunéřov klub',
      country: ['CZ'],
      region: ['CZ042'],
      page: 1,
    })
    expect(filtersToQuery(filters, { page: 2 })).toBe(
      '?q=Prun%C3%A9%C5%99ov+klub&country=CZ&region=CZ042&page=2',
    )
  })

  const search = async (params: Record<string, string | string[]>) => {
    const index = await directoryIndex(payload)
    return index.search(parseFilters(params), 'sk').slots.map((slot) => index.nameOf(slot))
  }

  it.each([
    [{}, ['Centrum sociálních služeb Prunéřov', 'Klub Most', 'Tanoda Szombathely']],
    [{ country: 'HU' }, ['Tanoda Szombathely']],
    [{ region: 'CZ042', form: 'outreach' }, ['Klub Most']],
    [{ language: 'rom' }, ['Centrum sociálních služeb Prunéřov', 'Tanoda Szombathely']],
    [{ service: 'cz-108-62', group: 'children-youth' }, ['Centrum sociálních služeb Prunéřov']],
    [{ q: 'Szombathely' }, ['Tanoda Szombathely']],
    [{ q: 'terénní' }, ['Centrum sociálních služeb Prunéřov']],
    [{ q: 'prunerov KLUB' }, ['Centrum sociálních služeb Prunéřov']],
    [{ region: 'NOPE' }, []],
  ])('finds published centres for %o', async (params, expected) => {
    expect(await search(params as Record<string, string>)).toEqual(expected)
  })

  it('follows publication at once: a centre joins the directory when published and leaves it when withdrawn', async () => {
    const names = async () => {
      const index = await directoryIndex(payload)
      return [...index.slots()].map((slot) => index.nameOf(slot))
    }
    expect(await names()).not.toContain('Pending Centre')
    const [pending] = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Pending Centre' } },
        depth: 0,
      })
    ).docs
    await payload.update({ collection: 'centres', id: pending.id, data: { status: 'published' } })
    expect(await names()).toContain('Pending Centre')
    await payload.update({ collection: 'centres', id: pending.id, data: { status: 'pending' } })
    expect(await names()).not.toContain('Pending Centre')
  })

  it('counts each facet with the other facets applied', async () => {
    const filters = parseFilters({ country: 'CZ' })
    const { counts } = (await directoryIndex(payload)).search(filters, 'sk')
    // the country facet ignores its own selection, so Hungary keeps its count
    expect(counts.country).toEqual({ CZ: 2, HU: 1 })
    expect(counts.form).toEqual({ day: 1, outreach: 1 })
    expect(counts.language).toEqual({ cs: 2, rom: 1 })
    expect(counts.service).toEqual({ 'cz-108-62': 2 })
  })
})

describe("the directory's cards", () => {
  it('show what an anonymous reader may read of each centre, in every language, after an edit too', async () => {
    const prunerov = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Centrum sociálních služeb Prunéřov' } },
        depth: 0,
      })
    ).docs[0]
    await payload.update({
      collection: 'centres',
      id: prunerov.id,
      locale: 'cs',
      data: { summary: 'Klub pro mládež a terénní program' },
    })
    const codes = async (collection: 'regions' | 'service-types') =>
      new Map(
        (await payload.find({ collection, depth: 0, pagination: false })).docs.map((term) => [
          String(term.id),
          term.code,
        ]),
      )
    const regions = await codes('regions')
    const services = await codes('service-types')
    const expectCardsAsRead = async () => {
      const index = await directoryIndex(payload)
      for (const locale of ['sk', 'cs', 'hu', 'en'] as const) {
        // Payload's own read, with its access rules and its fallback to the default language
        const { docs } = await payload.find({
          collection: 'centres',
          overrideAccess: false,
          user: null,
          locale,
          depth: 0,
          pagination: false,
        })
        const slots = index.search(parseFilters({}), locale).slots
        expect(slots).toHaveLength(docs.length)
        for (const slot of slots) {
          const doc = docs.find((one) => String(one.id) === String(index.idOf(slot)))!
          expect(index.card(slot, locale)).toEqual({
            id: doc.id,
            name: doc.name,
            slug: doc.slug,
            country: doc.country,
            region: regions.get(String(doc.region)) ?? null,
            services: (doc.services ?? []).map((id) => services.get(String(id))),
            municipality: doc.address?.municipality ?? null,
            summary: doc.summary || null,
          })
        }
      }
      return index
    }
    const index = await expectCardsAsRead()
    const card = (locale: 'cs' | 'hu') =>
      index.card(index.search(parseFilters({ q: 'pruneřov' }), locale).slots[0], locale)
    expect(card('cs').summary).toBe('Klub pro mládež a terénní program')
    // no Hungarian summary: the Slovak one, as Payload falls back
    expect(card('hu').summary).toBe('Nízkoprahový klub a terénní program')

    await payload.update({
      collection: 'centres',
      id: prunerov.id,
      locale: 'hu',
      data: { summary: 'Ifjúsági klub', address: { municipality: 'Kadaň-Prunéřov' } },
    })
    expect(await expectCardsAsRead()).toBe(index)
    expect(card('hu')).toMatchObject({ summary: 'Ifjúsági klub', municipality: 'Kadaň-Prunéřov' })
    // as the open-data tests below expect it
    await payload.update({
      collection: 'centres',
      id: prunerov.id,
      data: { address: { municipality: 'Kadaň' } },
    })
    expect(await directoryIndex(payload)).toBe(index)
    expect(card('hu').municipality).toBe('Kadaň')
  })
})

describe('open data', () => {
  it('exports published centres only, without private contact persons', async () => {
    const centres = await loadOpenCentres(payload, 'sk')
    expect(centres.map((c) => c.name)).toEqual([
      'Centrum sociálních služeb Prunéřov',
      'Klub Most',
      'Tanoda Szombathely',
    ])
    expect(JSON.stringify(centres)).not.toContain('private@example.test')
  })

  it('writes a CSV that parses back to the same records', async () => {
    const centres = await loadOpenCentres(payload, 'sk')
    const rows = parse(toCsv(centres, 'en'), { columns: true, bom: true }) as Record<
      string,
      string
    >[]
    expect(Object.keys(rows[0])).toEqual([...csvColumns])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({
      name: 'Centrum sociálních služeb Prunéřov',
      region_code: 'CZ042',
      municipality: 'Kadaň',
      latitude: '50.4186',
      services: 'cz-108-62',
      languages: 'cs|rom',
      opening_hours: 'Mo 09:00-12:00,13:00-17:00',
    })
  })

  it('shapes an HSDS export whose references resolve', async () => {
    const hsds = toHsds(await loadOpenCentres(payload, 'sk'))
    const locationIds = new Set(hsds.locations.map((l) => (l as { id: string }).id))
    const serviceIds = new Set(hsds.services.map((s) => (s as { id: string }).id))
    expect(hsds.service_at_locations).toHaveLength(3)
    for (const link of hsds.service_at_locations as { service_id: string; location_id: string }[]) {
      expect(serviceIds.has(link.service_id)).toBe(true)
      expect(locationIds.has(link.location_id)).toBe(true)
    }
    expect(hsds.locations[0]).toMatchObject({
      latitude: 50.4186,
      schedules: [
        { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
        { freq: 'WEEKLY', byday: 'MO', opens_at: '13:00', closes_at: '17:00' },
      ],
    })
  })
})

describe('opening hours', () => {
  const hours = [
    { day: 'mon' as const, opens: '09:00', closes: '12:00' },
    { day: 'mon' as const, opens: '13:00', closes: '17:00' },
  ]
  // Monday 2026-11-23; Prague is UTC+1 in November
  it.each([
    ['2026-11-23T08:30:00Z', true],
    ['2026-11-23T11:30:00Z', false],
    ['2026-11-23T15:59:00Z', true],
    ['2026-11-23T16:00:00Z', false],
    ['2026-11-24T09:00:00Z', false],
  ])('at %s open is %s', (at, open) => {
    expect(isOpenAt(hours, [], new Date(at), 'Europe/Prague')).toBe(open)
  })

  it('is closed during a closure', () => {
    const closures = [
      { from: '2026-11-20T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', reason: 'Renovation' },
    ]
    expect(isOpenAt(hours, closures, new Date('2026-11-23T08:30:00Z'), 'Europe/Prague')).toBe(false)
  })

  it('formats times per locale and in OpenStreetMap syntax', () => {
    expect(formatTime('en', '13:00')).toBe('13:00')
    expect(formatTime('cs', '09:00')).toBe('9:00')
    expect(toOsmOpeningHours(hours)).toBe('Mo 09:00-12:00,13:00-17:00')
  })
})

describe('the site-wide search index', () => {
  const searchFor = async (words: string) => {
    // the index is the server's own: searched by a system query limited to what is public
    const { docs } = await payload.find({
      collection: 'centres',
      where: { and: [{ searchText: { like: fold(words) } }, publicWhere.centres] },
      depth: 0,
    })
    return docs.map((doc) => doc.name)
  }

  it('finds a centre without accents, by any of its words, in any language it was written in', async () => {
    expect(await searchFor('Prunerov')).toEqual(['Centrum sociálních služeb Prunéřov'])
    expect(await searchFor('nizkoprahovy KLUB kadan')).toEqual([
      'Centrum sociálních služeb Prunéřov',
    ])
    const [centre] = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Centrum sociálních služeb Prunéřov' } },
        depth: 0,
      })
    ).docs
    await payload.update({
      collection: 'centres',
      id: centre.id,
      locale: 'en',
      data: { summary: 'Low-threshold youth club and street work' },
    })
    // the English words join the Czech ones; neither replaces the other
    expect(await searchFor('street work')).toEqual(['Centrum sociálních služeb Prunéřov'])
    expect(await searchFor('terenni program')).toEqual(['Centrum sociálních služeb Prunéřov'])
    expect(await searchFor('Prunerov Szombathely')).toEqual([])
  })

  it('keeps the index to itself: nobody writes it through the API', async () => {
    const [centre] = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Klub Most' } },
        depth: 0,
      })
    ).docs
    const editor = await createUser(payload, ['editor'])
    const updated = await payload.update({
      collection: 'centres',
      id: centre.id,
      data: { searchText: 'injected words' } as never,
      overrideAccess: false,
      user: editor,
    })
    // nobody reads it over the API either, staff included: it would answer "does this word occur?"
    expect(updated).not.toHaveProperty('searchText')
    const stored = await payload.findByID({ collection: 'centres', id: centre.id, depth: 0 })
    expect(stored.searchText).not.toContain('injected')
    await expect(
      payload.find({
        collection: 'centres',
        where: { searchText: { like: 'most' } },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
  })
})

describe('the directory index follows single centres', () => {
  // what the index reads from the database: the adapter's own find, counted on the way through
  let centreReads: number[] = []
  let find: Payload['db']['find']
  beforeAll(() => {
    find = payload.db.find
    payload.db.find = (async (args: Parameters<Payload['db']['find']>[0]) => {
      const result = await find.call(payload.db, args)
      if (args.collection === 'centres') centreReads.push(result.docs.length)
      return result
    }) as Payload['db']['find']
  })
  afterAll(() => {
    payload.db.find = find
  })

  const lookUp = async (collection: 'regions' | 'organisations', where: Record<string, unknown>) =>
    (await payload.find({ collection, where: where as never, depth: 0, limit: 1 })).docs[0]
  const names = (
    index: Awaited<ReturnType<typeof directoryIndex>>,
    params: Record<string, string>,
  ) => index.search(parseFilters(params), 'sk').slots.map((slot) => index.nameOf(slot))
  /** the index after a change, which must be the same one, having read only the changed centre */
  const caughtUp = async (before: Awaited<ReturnType<typeof directoryIndex>>) => {
    centreReads = []
    const after = await directoryIndex(payload)
    expect(after).toBe(before)
    expect(centreReads.reduce((sum, docs) => sum + docs, 0)).toBeLessThanOrEqual(1)
    return after
  }

  it('applies a created, edited, withdrawn and deleted centre by reading that centre alone', async () => {
    const index = await directoryIndex(payload)
    const size = index.size
    const region = await lookUp('regions', { code: { equals: 'CZ042' } })
    const organisation = await lookUp('organisations', { name: { equals: 'Město Kadaň' } })
    const created = await payload.create({
      collection: 'centres',
      data: {
        name: 'Komunitní centrum Žatec',
        organisation: organisation.id,
        status: 'published',
        region: region.id,
        address: { municipality: 'Žatec' },
        languages: ['uk'],
        forms: ['residential'],
        latitude: 50.3272,
        longitude: 13.5458,
      } as never,
    })
    await caughtUp(index)
    expect(index.size).toBe(size + 1)
    expect(names(index, { language: 'uk' })).toEqual(['Komunitní centrum Žatec'])
    expect(index.search(parseFilters({}), 'sk').counts.form.residential).toBe(1)
    expect(index.located).toBe(2)
    const points = (params: Record<string, string>) =>
      JSON.parse(index.pointsJson(index.search(parseFilters(params), 'sk')))
    expect(points({ language: 'uk' })).toEqual([
      [50.3272, 13.5458, expect.any(String), 'Komunitní centrum Žatec'],
    ])

    await payload.update({
      collection: 'centres',
      id: created.id,
      data: {
        name: 'Komunitní centrum Louny',
        address: { municipality: 'Louny' },
        languages: ['de'],
        latitude: null,
      } as never,
    })
    await caughtUp(index)
    expect(names(index, { q: 'louny' })).toEqual(['Komunitní centrum Louny'])
    expect(names(index, { q: 'zatec' })).toEqual([])
    const { counts } = index.search(parseFilters({ country: 'CZ' }), 'sk')
    expect(counts.language).toEqual({ cs: 2, rom: 1, de: 1 })
    expect(index.located).toBe(1)
    expect(points({ language: 'de' })).toEqual([])
    // name order follows the new name
    expect(names(index, { country: 'CZ' })).toEqual([
      'Centrum sociálních služeb Prunéřov',
      'Klub Most',
      'Komunitní centrum Louny',
    ])

    await payload.update({ collection: 'centres', id: created.id, data: { status: 'pending' } })
    await caughtUp(index)
    expect(names(index, { q: 'louny' })).toEqual([])
    expect(index.search(parseFilters({}), 'sk').counts.language.de).toBeUndefined()
    expect(index.size).toBe(size)

    await payload.update({ collection: 'centres', id: created.id, data: { status: 'published' } })
    await caughtUp(index)
    expect(names(index, { language: 'de' })).toEqual(['Komunitní centrum Louny'])

    await payload.delete({ collection: 'centres', id: created.id })
    await caughtUp(index)
    expect(names(index, { language: 'de' })).toEqual([])
    expect(index.search(parseFilters({}), 'sk').counts.form.residential).toBeUndefined()
    expect(index.size).toBe(size)
  })

  it('loads everything again after a change that names no single centre (a region renamed)', async () => {
    const index = await directoryIndex(payload)
    const region = await lookUp('regions', { code: { equals: 'HU222' } })
    await payload.update({ collection: 'regions', id: region.id, data: { name: 'Vas' } })
    const reloaded = await directoryIndex(payload)
    expect(reloaded).not.toBe(index)
    expect(names(reloaded, { region: 'HU222' })).toEqual(['Tanoda Szombathely'])
  })
})
