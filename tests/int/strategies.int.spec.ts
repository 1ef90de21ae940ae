import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicWhere } from '@/access/publicWhere'
import type { Organisation, User } from '@/payload-types'
import { fold } from '@/search/text'
import { measuresServedBy } from '@/strategies/links'
import {
  indicatorProgress,
  measureProgress,
  statusCounts,
  strategyProgress,
  themeProgress,
} from '@/strategies/progress'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let editor: User
let owner: User
let stranger: User
let liberec: Organisation
let other: Organisation

const strategy = (
  title: string,
  organisation: Organisation,
  extra: Record<string, unknown> = {},
) => ({
  title,
  kind: 'regional-strategy',
  organisation: organisation.id,
  period: { from: '2021-01-01', to: '2025-12-31' },
  status: 'in-force',
  themes: [
    {
      code: '1',
      title: 'Dluhy',
      goals: [
        {
          code: '1.1',
          title: 'Prevence předlužení',
          measures: [
            {
              code: '1.1.1',
              title: 'Dluhové poradny v celém kraji',
              status: 'in-progress',
              indicators: [{ name: 'Poradny', target: 10, actual: 5 }],
            },
            { code: '1.1.2', title: 'Kampaň', status: 'done', indicators: [] },
          ],
        },
      ],
    },
  ],
  ...extra,
})

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  editor = await createUser(payload, ['editor']) // the first account becomes admin; let it be the editor
  owner = await createUser(payload, ['ngo'])
  stranger = await createUser(payload, ['ngo'])
  const organisation = (name: string, representative: User) =>
    payload.create({
      collection: 'organisations',
      data: {
        name,
        kind: 'regional-authority',
        country: 'CZ',
        status: 'published',
        representatives: [representative.id],
      } as never,
    })
  liberec = await organisation('Liberecký kraj', owner)
  other = await organisation('Jiný kraj', stranger)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('progress arithmetic', () => {
  it('measures each indicator from baseline to target, capped, and averages over measures', () => {
    expect(indicatorProgress({ target: 10, actual: 5 })).toBe(0.5)
    expect(indicatorProgress({ baseline: 20, target: 60, actual: 30 })).toBe(0.25)
    expect(indicatorProgress({ target: 10, actual: 15 })).toBe(1) // over target counts as done
    expect(indicatorProgress({ target: 10, actual: null })).toBe(0)
    expect(indicatorProgress({ baseline: 5, target: 5, actual: 5 })).toBe(1)
    // a measure: the mean of its indicators; done = 1; dropped = left out
    const half = {
      status: 'in-progress' as const,
      indicators: [
        { target: 10, actual: 5 },
        { baseline: 20, target: 60, actual: 30 },
      ],
    }
    expect(measureProgress(half)).toBe((0.5 + 0.25) / 2)
    expect(measureProgress({ status: 'done', indicators: [{ target: 10, actual: 0 }] })).toBe(1)
    expect(measureProgress({ status: 'dropped', indicators: [] })).toBeNull()
    expect(measureProgress({ status: 'not-started' })).toBe(0)
    const themes = [
      { goals: [{ measures: [half, { status: 'done' as const }] }] }, // (0.375 + 1) / 2
      {
        goals: [
          { measures: [{ status: 'dropped' as const }] },
          { measures: [{ status: 'not-started' as const }] },
        ],
      }, // 0
    ]
    expect(themeProgress(themes[0])).toBe(0.6875)
    expect(themeProgress(themes[1])).toBe(0)
    expect(themeProgress({ goals: [{ measures: [{ status: 'dropped' as const }] }] })).toBeNull()
    // each measure weighs the same: (0.375 + 1 + 0) / 3
    expect(strategyProgress(themes)).toBeCloseTo(1.375 / 3, 10)
    expect(statusCounts(themes)).toEqual({
      'not-started': 1,
      'in-progress': 1,
      done: 1,
      dropped: 1,
    })
  })
})

describe('who reads and edits strategies', () => {
  it('publishes in-force strategies, keeps drafts to the owner, and lets only the owner and editors edit', async () => {
    const visible = async (user: User | null) =>
      (
        await payload.find({ collection: 'strategies', overrideAccess: false, user, depth: 0 })
      ).docs.map((doc) => doc.id)
    // a representative asking for "in force" gets a draft: an editor puts it in force
    const published = await payload.create({
      collection: 'strategies',
      data: strategy('Strategie sociálního začleňování', liberec) as never,
      overrideAccess: false,
      user: owner,
    })
    expect(published.status).toBe('draft')
    expect(await visible(null)).toEqual([])
    await payload.update({
      collection: 'strategies',
      id: published.id,
      data: { status: 'in-force' },
      overrideAccess: false,
      user: owner,
    })
    expect(await visible(null)).toEqual([])
    await payload.update({
      collection: 'strategies',
      id: published.id,
      data: { status: 'in-force' },
      overrideAccess: false,
      user: editor,
    })
    const draft = await payload.create({
      collection: 'strategies',
      data: strategy('Koncept', liberec, { status: 'draft' }) as never,
      overrideAccess: false,
      user: owner,
    })
    expect(await visible(null)).toEqual([published.id])
    expect(await visible(stranger)).toEqual([published.id])
    expect((await visible(owner)).sort()).toEqual([published.id, draft.id].sort())
    await expectForbidden(
      payload.update({
        collection: 'strategies',
        id: published.id,
        data: { title: 'Cizí' },
        overrideAccess: false,
        user: stranger,
      }),
    )
    await expectForbidden(
      payload.create({
        collection: 'strategies',
        data: strategy('Cizí', liberec) as never,
        overrideAccess: false,
        user: stranger,
      }),
    )
    await expectForbidden(
      payload.update({
        collection: 'strategies',
        id: published.id,
        data: { title: 'Anonym' },
        overrideAccess: false,
        user: null,
      }),
    )
    const edited = await payload.update({
      collection: 'strategies',
      id: published.id,
      data: { summary: 'Aktualizováno' },
      overrideAccess: false,
      user: editor,
    })
    expect(edited.summary).toBe('Aktualizováno')
    const versions = await payload.findVersions({
      collection: 'strategies',
      where: { parent: { equals: published.id } },
      overrideAccess: false,
      user: owner,
    })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    expect(
      (
        await payload.findVersions({
          collection: 'strategies',
          where: { parent: { equals: published.id } },
          overrideAccess: false,
          user: stranger,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('keeps the plans of an organisation that is not approved off the public site, even in force', async () => {
    const applicant = await createUser(payload, ['ngo'])
    const pending = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Čakajúca organizácia',
        kind: 'ngo',
        country: 'CZ',
        status: 'pending',
        representatives: [applicant.id],
      } as never,
    })
    const plan = await payload.create({
      collection: 'strategies',
      data: strategy('Plán čakateľa', pending as Organisation, { status: 'in-force' }) as never,
      overrideAccess: false,
      user: applicant,
    })
    expect(plan.status).toBe('draft')
    await payload.update({
      collection: 'strategies',
      id: plan.id,
      data: { status: 'in-force' },
      overrideAccess: false,
      user: editor,
    })
    const publicIds = (
      await payload.find({
        collection: 'strategies',
        overrideAccess: false,
        user: null,
        depth: 0,
        pagination: false,
      })
    ).docs.map((doc) => doc.id)
    expect(publicIds).not.toContain(plan.id)
    await payload.update({
      collection: 'organisations',
      id: pending.id,
      data: { status: 'published' },
    })
    const afterApproval = (
      await payload.find({
        collection: 'strategies',
        overrideAccess: false,
        user: null,
        depth: 0,
        pagination: false,
      })
    ).docs.map((doc) => doc.id)
    expect(afterApproval).toContain(plan.id)
  })
})

describe('the site search', () => {
  it('finds a plan in force by the words of its measures, accent-free, and never a draft', async () => {
    // what the search page asks: the index, limited to what the public may read
    const found = async (words: string) =>
      (
        await payload.find({
          collection: 'strategies',
          where: { and: [{ searchText: { like: fold(words) } }, publicWhere.strategies] },
          depth: 0,
          select: { title: true },
        })
      ).docs.map((doc) => doc.title)
    const plan = await payload.create({
      collection: 'strategies',
      data: strategy('Plán pro hledání', liberec) as never,
    })
    await payload.create({
      collection: 'strategies',
      data: strategy('Skrytý koncept', liberec, {
        status: 'draft',
        summary: 'Utajené záměry obecních bytů',
      }) as never,
    })
    expect(await found('Dluhove poradny v celem kraji')).toContain('Plán pro hledání')
    expect(await found('prevence predluzeni')).toContain('Plán pro hledání')
    expect(await found('utajene zamery')).toEqual([])
    // the index follows an edit of a measure
    const stored = await payload.findByID({ collection: 'strategies', id: plan.id, depth: 0 })
    const themes = structuredClone(stored.themes)!
    themes[0].goals![0].measures![1].title = 'Terénní sociální práce v lokalitách'
    await payload.update({
      collection: 'strategies',
      id: plan.id,
      data: { themes },
      overrideAccess: false,
      user: editor,
    })
    expect(await found('terenni socialni prace')).toEqual(['Plán pro hledání'])
    // the index is the server's: nobody reads or filters it over the API
    await expect(
      payload.find({
        collection: 'strategies',
        where: { searchText: { like: 'terenni' } },
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toThrow(/searchText/)
    const read = await payload.findByID({
      collection: 'strategies',
      id: plan.id,
      overrideAccess: false,
      user: null,
      depth: 0,
    })
    expect(read).not.toHaveProperty('searchText')
  })
})

describe('bad input stores nothing', () => {
  const bad = (label: string, change: (data: ReturnType<typeof strategy>) => void, path: string) =>
    [label, change, path] as const
  it.each([
    bad(
      'a period ending before it starts',
      (d) => (d.period = { from: '2025-01-01', to: '2021-01-01' }),
      'period.to',
    ),
    bad(
      'the same measure code twice (an item under two parents)',
      (d) => (d.themes[0].goals[0].measures[1].code = '1.1.1'),
      'themes.0.goals.0.measures.1.code',
    ),
    bad(
      'a goal outside its theme',
      (d) => (d.themes[0].goals[0].code = '2.1'),
      'themes.0.goals.0.code',
    ),
    bad(
      'a target that is not a number',
      (d) =>
        ((d.themes[0].goals[0].measures[0].indicators[0] as Record<string, unknown>).target =
          'ten'),
      'target',
    ),
    bad(
      'a negative actual value',
      (d) =>
        ((d.themes[0].goals[0].measures[0].indicators[0] as Record<string, unknown>).actual = -3),
      'actual',
    ),
  ])('refuses %s', async (_label, change, path) => {
    const before = (await payload.count({ collection: 'strategies' })).totalDocs
    const data = strategy('Chybná', liberec)
    change(data)
    const error = await payload
      .create({ collection: 'strategies', data: data as never, overrideAccess: false, user: owner })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain(path)
    expect((await payload.count({ collection: 'strategies' })).totalDocs).toBe(before)
  })
})

describe('links to the work, both ways', () => {
  it('shows on an event which published measure it serves, and nothing for a draft strategy', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Kulatý stůl k dluhům',
        startsAt: '2030-03-01T09:00:00.000Z',
        startsAt_tz: 'Europe/Prague',
        endsAt: '2030-03-01T11:00:00.000Z',
        endsAt_tz: 'Europe/Prague',
        mode: 'online',
        organisation: other.id,
        status: 'published',
      } as never,
    })
    const data = strategy('Strategie s vazbou', liberec)
    ;(data.themes[0].goals[0].measures[0] as Record<string, unknown>).events = [event.id]
    await payload.create({ collection: 'strategies', data: data as never })
    await payload.create({
      collection: 'strategies',
      data: {
        ...(strategy('Neveřejná', liberec, { status: 'draft' }) as object),
        themes: data.themes,
      } as never,
    })
    const served = await measuresServedBy(payload, 'cs', 'events', event.id)
    expect(served).toEqual([
      {
        strategy: 'Strategie s vazbou',
        slug: expect.any(String),
        code: '1.1.1',
        title: 'Dluhové poradny v celém kraji',
        anchor: 'measure-1.1.1',
      },
    ])
  })
})
