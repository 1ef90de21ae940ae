import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countWithUnit } from '@/goodPractice/units'

import { applySqliteDurability } from '@/db/durability'
import { validateRegistrationNumber } from '@/fields/registrationNumber'
import { demoAccounts, seed } from '@/seed'
import { centres, municipalities } from '@/seed/data/centres'
import { caseStudies, indicatorTypes } from '@/seed/data/caseStudies'
import { events } from '@/seed/data/events'
import { strategies } from '@/seed/data/strategies'
import { materials, meetings, people, workingGroups } from '@/seed/data/workingGroups'
import { organisations } from '@/seed/data/organisations'
import { regions } from '@/seed/data/regions'

import { bootPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('how much the database waits for the disk', () => {
  const synchronous = async () => {
    if (payload.db.name !== 'sqlite') return undefined
    const { drizzle } = payload.db as unknown as SQLiteAdapter
    const rows = (await drizzle.all(sql`PRAGMA synchronous`)) as { synchronous: number }[]
    return rows[0]?.synchronous
  }

  it('does not wait on a throw-away test database, and waits when told to (FULL, the default)', async () => {
    if (payload.db.name !== 'sqlite') return
    expect(await synchronous()).toBe(0) // OFF
    await applySqliteDurability(payload, 'full')
    expect(await synchronous()).toBe(2) // FULL
    await expect(applySqliteDurability(payload, 'sometimes')).rejects.toThrow(/SQLITE_SYNCHRONOUS/)
    await applySqliteDurability(payload, 'OFF')
    expect(await synchronous()).toBe(0)
  })
})

describe('the first account', () => {
  it('makes the very first account an admin, whatever roles it was given', async () => {
    const first = await payload.create({
      collection: 'users',
      data: {
        email: 'first@example.test',
        password: 'long enough pw',
        name: 'First',
        roles: ['member'],
        preferredLanguage: 'sk',
      },
    })
    expect(first.roles).toContain('admin')
    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'second@example.test',
        password: 'long enough pw',
        name: 'Second',
        roles: ['member'],
        preferredLanguage: 'sk',
      },
    })
    expect(second.roles).toEqual(['member'])
  })
})

// The seed writes a few hundred documents with their hooks; on a busy two-core machine it has
// taken 80 s. Its time budget follows from that work, and it runs once, before the tests that
// read what it made, so a slow run cannot fail them one after another.
const seededDocuments =
  regions.length +
  organisations.length +
  municipalities.length +
  centres.length +
  people.length +
  workingGroups.length +
  meetings.length +
  materials.length +
  events.length +
  caseStudies.length +
  strategies.length +
  indicatorTypes.length
let report: Awaited<ReturnType<typeof seed>>

describe('demo seed', () => {
  beforeAll(
    async () => {
      report = await seed(payload, { adminPassword: 'demo password 123' })
    },
    120_000 + seededDocuments * 1_000,
  )

  it('loads regions, taxonomies, organisations and demo accounts', async () => {
    expect(report).toMatchObject({
      regions: 42,
      'service-types': 16,
      'target-groups': 8,
      themes: 7,
      organisations: organisations.length + municipalities.length,
      centres: centres.length,
      users: demoAccounts.length + people.length,
      'working-groups': workingGroups.length,
      meetings: meetings.length,
      materials: materials.length,
      events: events.length,
      'indicator-types': indicatorTypes.length,
      'case-studies': caseStudies.length,
      strategies: strategies.length,
    })
    const byCountry = await Promise.all(
      ['SK', 'CZ', 'HU'].map(
        async (country) =>
          (await payload.count({ collection: 'regions', where: { country: { equals: country } } }))
            .totalDocs,
      ),
    )
    expect(byCountry).toEqual([8, 14, 20])
    expect(centres.length).toBeGreaterThanOrEqual(60)
  })

  it('spreads published centres over the three countries and many regions', async () => {
    const published = await payload.find({
      collection: 'centres',
      where: { status: { equals: 'published' } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { country: true, region: true, latitude: true, longitude: true },
    })
    expect(new Set(published.docs.map((doc) => doc.country))).toEqual(new Set(['SK', 'CZ', 'HU']))
    expect(new Set(published.docs.map((doc) => doc.region)).size).toBeGreaterThanOrEqual(20)
    for (const doc of published.docs) {
      expect(doc.latitude).toBeGreaterThan(45)
      expect(doc.latitude).toBeLessThan(51.5)
      expect(doc.longitude).toBeGreaterThan(12)
      expect(doc.longitude).toBeLessThan(23)
    }
    const pruneřov = await payload.find({
      collection: 'centres',
      where: { slug: { equals: 'centrum-socialnich-sluzeb-prunerov' } },
      locale: 'en',
      depth: 1,
      limit: 1,
      pagination: false,
    })
    const centre = pruneřov.docs[0]
    expect(centre?.summary).toMatch(/Prunéřov/)
    expect(centre?.targetGroups?.find((row) => row.ageFrom === 15)?.ageTo).toBe(26)
    expect((centre?.services ?? []).length).toBe(4)
  })

  it(
    'changes nothing when run a second time',
    { timeout: 120_000 + seededDocuments * 200 },
    async () => {
      const before = await payload.find({
        collection: 'organisations',
        limit: 100,
        depth: 0,
        sort: 'id',
      })
      const report = await seed(payload, { adminPassword: 'another password' })
      expect(Object.values(report).every((created) => created === 0)).toBe(true)
      const after = await payload.find({
        collection: 'organisations',
        limit: 100,
        depth: 0,
        sort: 'id',
      })
      expect(after.docs.map((doc) => doc.updatedAt)).toEqual(
        before.docs.map((doc) => doc.updatedAt),
      )
      // the demo password is not reset by a second run
      const login = await payload.login({
        collection: 'users',
        data: { email: demoAccounts[0].email, password: 'demo password 123' },
      })
      expect(login.user?.roles).toContain('admin')
    },
  )

  it('names every region in all four languages', async () => {
    for (const locale of ['sk', 'cs', 'hu', 'en'] as const) {
      const vas = await payload.find({
        collection: 'regions',
        where: { code: { equals: 'HU222' } },
        locale,
        fallbackLocale: false,
        limit: 1,
        pagination: false,
      })
      const expected = regions.find((region) => region.code === 'HU222')!.name[locale]
      expect(vas.docs[0]?.name).toBe(expected)
    }
  })

  it('stores each region’s bounding box, and each indicator unit’s plural forms per language', async () => {
    const kosice = (
      await payload.find({
        collection: 'regions',
        where: { code: { equals: 'SK042' } },
        limit: 1,
        pagination: false,
      })
    ).docs[0]
    expect(kosice.bounds).toEqual({ south: 48.35, west: 20.05, north: 49.05, east: 22.25 })
    const unitOf = async (code: string, locale: 'sk' | 'cs' | 'hu' | 'en') =>
      (
        await payload.find({
          collection: 'indicator-types',
          where: { code: { equals: code } },
          locale,
          fallbackLocale: false,
          limit: 1,
          pagination: false,
        })
      ).docs[0]
    expect(countWithUnit('sk', 550, await unitOf('people-supported', 'sk'))).toBe('550 osôb')
    expect(countWithUnit('sk', 12, await unitOf('meetings-held', 'sk'))).toBe('12 stretnutí')
    expect(countWithUnit('cs', 550, await unitOf('people-supported', 'cs'))).toBe('550 osob')
    expect(countWithUnit('cs', 15, await unitOf('areas-covered', 'cs'))).toBe('15 územních celků')
    expect(countWithUnit('hu', 550, await unitOf('people-supported', 'hu'))).toBe('550 fő')
    expect(countWithUnit('en', 1, await unitOf('people-supported', 'en'))).toBe('1 person')
  })

  it('publishes the seed organisations with valid registration numbers and their regions', async () => {
    const kadan = await payload.find({
      collection: 'organisations',
      where: { slug: { equals: 'mesto-kadan' } },
      depth: 1,
      limit: 1,
      pagination: false,
    })
    const organisation = kadan.docs[0]
    expect(organisation?.status).toBe('published')
    expect(typeof organisation?.region === 'object' && organisation.region?.code).toBe('CZ042')
    for (const seeded of organisations) {
      if (!seeded.registrationNumber) continue
      expect(validateRegistrationNumber(seeded.country, seeded.registrationNumber)).toBe(true)
    }
  })

  it('keeps descriptions per language, falling back to Slovak where a language is missing', async () => {
    const find = (locale: 'sk' | 'en' | 'hu') =>
      payload.find({
        collection: 'organisations',
        where: { slug: { equals: 'kosicky-samospravny-kraj' } },
        locale,
        limit: 1,
        pagination: false,
      })
    const text = (doc: unknown) => JSON.stringify(doc)
    const [sk, en, hu] = await Promise.all([find('sk'), find('en'), find('hu')])
    expect(text(sk.docs[0]?.description)).toContain('Referát Úradu Košického')
    expect(text(en.docs[0]?.description)).toContain('department for socially excluded communities')
    // no Hungarian text was written: the reader gets the Slovak original
    expect(text(hu.docs[0]?.description)).toContain('Referát Úradu Košického')
  })

  it('places the Vas County meeting at 10:00 Budapest time and fills the upcoming events as described', async () => {
    const meeting = (
      await payload.find({
        collection: 'events',
        where: { type: { equals: 'working-group-meeting' } },
        sort: 'startsAt',
        limit: 1,
        locale: 'hu',
      })
    ).docs[0]
    expect(meeting.startsAt).toBe('2022-10-27T08:00:00.000Z')
    expect(meeting.startsAt_tz).toBe('Europe/Budapest')
    const past = await payload.count({
      collection: 'events',
      where: { endsAt: { less_than: new Date().toISOString() } },
    })
    expect(past.totalDocs).toBeGreaterThanOrEqual(18)
    for (const seeded of events.filter(
      (e) => 'daysFromNow' in e.when && e.status === 'published' && e.capacity,
    )) {
      const event = (
        await payload.find({
          collection: 'events',
          where: { slug: { equals: seeded.slug } },
          limit: 1,
        })
      ).docs[0]
      const registrations = await payload.find({
        collection: 'event-registrations',
        where: { event: { equals: event.id } },
        pagination: false,
        depth: 0,
      })
      const seated = registrations.docs.filter(
        (r) => r.status === 'confirmed' || r.status === 'pending',
      ).length
      expect(registrations.totalDocs).toBe(seeded.demoRegistrations ?? 0)
      expect(seated).toBe(Math.min(seeded.capacity!, seeded.demoRegistrations ?? 0))
      // seeded quietly: no mail queued for demo people
      expect(registrations.docs.every((r) => !r.mailStatus)).toBe(true)
    }
    const cancelled = events.find((e) => e.status === 'cancelled')!
    expect(
      (await payload.find({ collection: 'events', where: { slug: { equals: cancelled.slug } } }))
        .docs[0].status,
    ).toBe('cancelled')
  })

  it('publishes the case studies from the seed documents, with the figures they give, in four languages', async () => {
    const vysocina = (
      await payload.find({
        collection: 'case-studies',
        where: { projectNumber: { equals: 'CZ.1.04/3.2.00/B4.00007' } },
        locale: 'en',
        depth: 1,
        overrideAccess: false,
        user: null,
      })
    ).docs[0]
    expect(vysocina.period.from.slice(0, 10)).toBe('2014-04-01')
    expect(vysocina.period.to?.slice(0, 10)).toBe('2015-10-31')
    const figures = Object.fromEntries(
      (vysocina.indicators ?? []).map((i) => [(i.type as { code: string }).code, i.value]),
    )
    expect(figures).toMatchObject({
      seminars: 4,
      excursions: 5,
      workshops: 7,
      conferences: 1,
      'meetings-held': 12,
    })
    const prunerov = (
      await payload.find({
        collection: 'case-studies',
        where: { 'indicators.value': { equals: 550 } },
        depth: 0,
      })
    ).docs[0]
    expect(prunerov.funding?.map((f) => f.sharePercent)).toEqual([85, 15])
    for (const locale of ['sk', 'cs', 'hu', 'en'] as const) {
      const localized = await payload.findByID({
        collection: 'case-studies',
        id: vysocina.id,
        locale,
        fallbackLocale: false as never,
        depth: 0,
      })
      expect(localized.title).toBeTruthy()
      expect(localized.summary).toBeTruthy()
    }
  })

  it('publishes the Liberec strategy tree with its five themes, linked to demo work', async () => {
    const liberec = (
      await payload.find({
        collection: 'strategies',
        where: { kind: { equals: 'regional-strategy' } },
        locale: 'cs',
        depth: 0,
      })
    ).docs[0]
    expect(liberec.themes?.length).toBe(5)
    const measures = (liberec.themes ?? []).flatMap((theme) =>
      (theme.goals ?? []).flatMap((goal) => goal.measures ?? []),
    )
    expect(measures.length).toBeGreaterThan(20)
    expect(measures.some((measure) => (measure.events ?? []).length > 0)).toBe(true)
    const plan = (
      await payload.find({
        collection: 'strategies',
        where: { kind: { equals: 'community-plan' } },
        depth: 0,
      })
    ).docs[0]
    expect(plan.status).toBe('in-force')
  })

  it('sets up the Vysočina platform and the Vas County group with their meetings, minutes and materials', async () => {
    const platform = (
      await payload.find({
        collection: 'working-groups',
        where: { slug: { equals: 'vysocina-platform' } },
        depth: 0,
      })
    ).docs[0]
    expect(platform.members?.length).toBeGreaterThanOrEqual(12)
    expect(platform.members?.length).toBeLessThanOrEqual(18)
    const platformMeetings = (
      await payload.find({
        collection: 'meetings',
        where: { workingGroup: { equals: platform.id } },
        sort: 'number',
        pagination: false,
        depth: 0,
      })
    ).docs
    expect(platformMeetings.filter((meeting) => meeting.status === 'minutes-approved').length).toBe(
      12,
    )
    expect(platformMeetings.some((meeting) => meeting.status === 'minutes-review')).toBe(true)
    expect(
      platformMeetings.some(
        (meeting) => meeting.status === 'planned' && new Date(meeting.startsAt) > new Date(),
      ),
    ).toBe(true)
    expect(
      (
        await payload.count({
          collection: 'minutes-comments',
          where: { resolved: { equals: false } },
        })
      ).totalDocs,
    ).toBeGreaterThan(0)

    const vas = (
      await payload.find({
        collection: 'working-groups',
        where: { slug: { equals: 'vas-szocialis-gondoskodas' } },
        locale: 'hu',
        depth: 0,
      })
    ).docs[0]
    expect(vas.name).toMatch(/Szociális gondoskodás/)
    const first = (
      await payload.find({
        collection: 'meetings',
        where: { workingGroup: { equals: vas.id } },
        depth: 0,
      })
    ).docs[0]
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Budapest',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(first.startsAt)),
    ).toBe('27/10/2022, 10:00')
    // the same meeting is the public event of 27 October 2022
    expect(first.event).toBeTruthy()
    const files = (await payload.find({ collection: 'materials', pagination: false, depth: 0 }))
      .docs
    expect(
      files.every((file) => file.mimeType === 'application/pdf' && (file.filesize ?? 0) > 200),
    ).toBe(true)
    // demo members log in with the demo password
    const login = await payload.login({
      collection: 'users',
      data: { email: 'member@example.org', password: 'demo password 123' },
    })
    expect(login.user?.roles).toEqual(['member'])
  })
})
