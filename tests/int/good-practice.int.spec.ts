import { createLocalReq, type Payload, restoreVersionOperation } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicWhere } from '@/access/publicWhere'
import { aggregateImpact, type ImpactStudy } from '@/goodPractice/impact'
import type { Organisation, User } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let alice: User
let bob: User
let editor: User
let alpha: Organisation
let beta: Organisation
let indicator: number | string

const draft = (title: string, organisation: Organisation, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title}: zhrnutie`,
  organisation: organisation.id,
  country: 'SK',
  period: { from: '2021-01-01', to: '2022-12-31' },
  evidenceTier: 'promising',
  ...extra,
})

const visibleTo = async (user: User | null, id: number | string) =>
  (
    await payload.find({
      collection: 'case-studies',
      where: { id: { equals: id } },
      overrideAccess: false,
      user,
      depth: 0,
    })
  ).docs[0]

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
  // the first account becomes an admin: make it the editor, so that the others keep their roles
  editor = await createUser(payload, ['editor'])
  alice = await createUser(payload, ['ngo'], { preferredLanguage: 'hu', name: 'Alíz' })
  bob = await createUser(payload, ['ngo'])
  const organisation = (name: string, representative: User) =>
    payload.create({
      collection: 'organisations',
      data: {
        name,
        kind: 'ngo',
        country: 'SK',
        status: 'published',
        representatives: [representative.id],
      } as never,
    })
  alpha = await organisation('Alpha', alice)
  beta = await organisation('Beta', bob)
  indicator = (
    await payload.create({
      collection: 'indicator-types',
      data: { code: 'people-supported', name: 'Podporené osoby', unit: 'osoby' },
    })
  ).id
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('drafting, review and publishing', () => {
  it('lets a representative draft for their own organisation only, and never publish', async () => {
    const created = await payload.create({
      collection: 'case-studies',
      data: draft('Komunitné centrum Alpha', alpha) as never,
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    expect(created._status).toBe('draft')
    await expectForbidden(
      payload.create({
        collection: 'case-studies',
        data: draft('Cudzia', beta) as never,
        draft: true,
        overrideAccess: false,
        user: alice,
      }),
    )
    await expect(
      payload.create({
        collection: 'case-studies',
        data: { ...draft('Publikovaná', alpha), _status: 'published' } as never,
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'case-studies',
        id: created.id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // drafts stay with their organisation and the editors
    expect(await visibleTo(null, created.id)).toBeUndefined()
    expect(await visibleTo(bob, created.id)).toBeUndefined()
    expect(await visibleTo(alice, created.id)).toBeDefined()
    expect(await visibleTo(editor, created.id)).toBeDefined()
    await expectForbidden(
      payload.update({
        collection: 'case-studies',
        id: created.id,
        data: { title: 'Hijack' },
        draft: true,
        overrideAccess: false,
        user: bob,
      }),
    )
  })

  it('tells the representative, in their language, when an editor asks for changes; publishes only through an editor', async () => {
    const created = await payload.create({
      collection: 'case-studies',
      data: draft('Tanoda Alpha', alpha) as never,
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { review: { state: 'submitted' } },
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    // the editors' dashboard finds it among the latest versions submitted for review
    const waiting = await payload.findVersions({
      collection: 'case-studies',
      where: {
        and: [{ latest: { equals: true } }, { 'version.review.state': { equals: 'submitted' } }],
      },
      overrideAccess: false,
      user: editor,
      depth: 0,
    })
    expect(waiting.docs.map((version) => String(version.parent))).toContain(String(created.id))
    // a representative cannot write the editor's comment
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { review: { state: 'submitted', comment: 'self-approved' } },
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    const afterAlice = await payload.findByID({
      collection: 'case-studies',
      id: created.id,
      draft: true,
    })
    expect(afterAlice.review?.comment ?? null).toBeNull()

    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { review: { state: 'changes-requested', comment: 'Doplňte prosím výsledky.' } },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await payload.jobs.run()
    // Alíz reads Hungarian
    const { getT } = await import('@/i18n/server')
    const subject = getT('hu', 'goodPractice')('mail.changesRequested.subject', {
      title: 'Tanoda Alpha',
    })
    const mail = await sink.waitFor(
      (m) => JSON.stringify(m.to).includes(alice.email) && m.subject === subject,
    )
    expect(mail.html).toContain('Doplňte prosím výsledky.')

    const published = await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(published._status).toBe('published')
    expect((await visibleTo(null, created.id))?.title).toBe('Tanoda Alpha')

    // the representative's later edit is a new draft; the public keeps the published text
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { title: 'Tanoda Alpha (nová verzia)' },
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    expect((await visibleTo(null, created.id))?.title).toBe('Tanoda Alpha')
    await expect(
      payload.update({
        collection: 'case-studies',
        id: created.id,
        data: { title: 'Priamo' },
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect((await visibleTo(null, created.id))?.title).toBe('Tanoda Alpha (nová verzia)')
    const versions = await payload.findVersions({
      collection: 'case-studies',
      where: { parent: { equals: created.id } },
      overrideAccess: false,
      user: alice,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('keeps words of an unpublished draft out of the public search index', async () => {
    const created = await payload.create({
      collection: 'case-studies',
      data: draft('Komunitná záhrada', alpha) as never,
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { summary: 'Tajný plán rozšírenia' },
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    // an editor publishing one language's changes leaves the draft's other words unpublished
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      locale: 'en',
      data: { title: 'Community garden', summary: 'A garden grown together', _status: 'published' },
      publishSpecificLocale: 'en',
      overrideAccess: false,
      user: editor,
    } as never)
    const publicHits = async (words: string) =>
      (
        await payload.find({
          collection: 'case-studies',
          where: { and: [{ searchText: { like: words } }, publicWhere['case-studies']] },
          depth: 0,
        })
      ).totalDocs
    const stored = await payload.findByID({ collection: 'case-studies', id: created.id, depth: 0 })
    expect(stored.searchText).toContain('komunitna zahrada')
    expect(await publicHits('komunitna zahrada')).toBe(1)
    expect(await publicHits('tajny plan')).toBe(0)
    const published = await payload.findByID({
      collection: 'case-studies',
      id: created.id,
      depth: 0,
    })
    expect(published.summary).not.toContain('Tajný')
    expect(await publicHits('community garden')).toBe(1)
    // once an editor publishes the draft, its words are public and findable
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    expect(await publicHits('tajny plan')).toBe(1)
  })

  it('lets a representative restore an old version as a draft only', async () => {
    const created = await payload.create({
      collection: 'case-studies',
      data: draft('Obnova verzie', alpha) as never,
      draft: true,
      overrideAccess: false,
      user: alice,
    })
    await payload.update({
      collection: 'case-studies',
      id: created.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'case-studies',
      where: { parent: { equals: created.id } },
      sort: 'createdAt',
      overrideAccess: false,
      user: alice,
    })
    const firstDraft = versions[0]
    expect(firstDraft.version._status).toBe('draft')
    // restoring the draft version as it stands would unpublish the case study
    await expect(
      payload.restoreVersion({
        collection: 'case-studies',
        id: firstDraft.id,
        overrideAccess: false,
        user: alice,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await visibleTo(null, created.id))?._status).toBe('published')
    // as a draft (REST `?draft=true`; the local API has no such option, so the operation itself)
    await restoreVersionOperation({
      collection: payload.collections['case-studies'],
      id: firstDraft.id,
      draft: true,
      req: await createLocalReq({ user: alice }, payload),
    })
    expect((await visibleTo(null, created.id))?._status).toBe('published')
  })

  it('shows the contact person to logged-in users only', async () => {
    const created = await payload.create({
      collection: 'case-studies',
      data: {
        ...draft('Kontakt', alpha),
        contactPerson: { name: 'Koordinátorka', email: 'koord@example.org' },
        _status: 'published',
      } as never,
    })
    expect((await visibleTo(null, created.id))?.contactPerson).toBeUndefined()
    expect((await visibleTo(bob, created.id))?.contactPerson?.name).toBe('Koordinátorka')
  })
})

describe('bad input stores nothing', () => {
  it.each([
    [
      'funding shares over 100 %',
      {
        funding: [
          { source: 'ESF', sharePercent: 85 },
          { source: 'Štát', sharePercent: 20 },
        ],
      },
      'funding',
    ],
    ['an end before the start', { period: { from: '2022-01-01', to: '2021-06-30' } }, 'period.to'],
    [
      'a negative indicator value',
      { indicators: [{ type: 'INDICATOR', value: -5 }] },
      'indicators',
    ],
    ['a missing title', { title: '' }, 'title'],
    ['a missing summary', { summary: '   ' }, 'summary'],
    ['a malformed project number', { projectNumber: '<script>' }, 'projectNumber'],
  ])('refuses %s with a field error', async (_label, change, path) => {
    const before = await payload.count({ collection: 'case-studies' })
    const data = JSON.parse(
      JSON.stringify({ ...draft('Chybná', alpha), ...change }).replace(
        '"INDICATOR"',
        JSON.stringify(indicator),
      ),
    )
    const error = await payload
      .create({ collection: 'case-studies', data, draft: true, overrideAccess: false, user: alice })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain(path)
    expect((await payload.count({ collection: 'case-studies' })).totalDocs).toBe(before.totalDocs)
  })

  it('explains over-100 % funding in the admin user’s language', async () => {
    const error = await payload
      .create({
        collection: 'case-studies',
        data: draft('Financie', alpha, {
          funding: [
            { source: 'A', sharePercent: 70 },
            { source: 'B', sharePercent: 40 },
          ],
        }) as never,
        draft: true,
        overrideAccess: false,
        user: alice,
      })
      .catch((caught: unknown) => caught)
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('110')
  })
})

describe('impact arithmetic', () => {
  // three case studies; the expected figures are worked out by hand below
  const studies: ImpactStudy[] = [
    {
      id: 'A',
      country: 'SK',
      regions: ['r1', 'r2'],
      themes: ['t1'],
      period: { from: '2014-04-01', to: '2015-10-31' },
      indicators: [
        { type: 'people', value: 100 },
        { type: 'seminars', value: 4 },
      ],
    },
    {
      id: 'B',
      country: 'CZ',
      regions: ['r3'],
      themes: ['t1', 't2'],
      period: { from: '2019-01-01', to: null },
      indicators: [{ type: 'people', value: 50, from: '2020-01-01', to: '2020-12-31' }],
    },
    {
      id: 'C',
      country: 'HU',
      regions: [{ id: 'r4' }],
      themes: [{ id: 't2' }],
      period: { from: '2018-01-01', to: '2019-06-30' },
      indicators: [
        { type: 'people', value: 30 },
        { type: 'people', value: 5 },
      ],
    },
  ]
  const byType = (rows: ReturnType<typeof aggregateImpact>) =>
    Object.fromEntries(rows.map((row) => [row.type, row]))
  const asObject = (rows: { key: string; value: number }[]) =>
    Object.fromEntries(rows.map((row) => [row.key, row.value]))

  it('sums every period: totals, countries, regions and themes', () => {
    const { people, seminars } = byType(aggregateImpact(studies))
    expect(people.total).toBe(100 + 50 + 30 + 5)
    expect(people.studies).toBe(3)
    expect(asObject(people.byCountry)).toEqual({ SK: 100, CZ: 50, HU: 35 })
    // A counts in both its regions; the region rows add up to more than the total
    expect(asObject(people.byRegion)).toEqual({ r1: 100, r2: 100, r3: 50, r4: 35 })
    expect(asObject(people.byTheme)).toEqual({ t1: 150, t2: 85 })
    expect(seminars.total).toBe(4)
  })

  it('keeps only indicators whose period overlaps the chosen years', () => {
    const { people, seminars } = byType(aggregateImpact(studies, 2019, 2020))
    expect(people.total).toBe(50 + 35) // B in 2020, C until mid-2019; A ended in 2015
    expect(asObject(people.byCountry)).toEqual({ CZ: 50, HU: 35 })
    expect(seminars).toBeUndefined()
    expect(byType(aggregateImpact(studies, 2021, null)).people).toBeUndefined() // B's own indicator period ended in 2020
    expect(byType(aggregateImpact(studies, null, 2015)).people.total).toBe(100)
  })
})
