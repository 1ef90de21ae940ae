import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicWhere } from '@/access/publicWhere'
import type { Meeting, User, WorkingGroup } from '@/payload-types'
import { fold } from '@/search/text'
import { simplePdf } from '@/utilities/pdf'
import { MAX_MATERIAL_BYTES } from '@/workingGroups/constants'
import { personalDataOf } from '@/account/personalData'
import { setActionItemStatus } from '@/workingGroups/actionItems'
import { sendDigests } from '@/workingGroups/notify'

import { parseCalendarStrictly } from '../helpers/ics'
import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let admin: User,
  editor: User,
  coordinator: User,
  member: User,
  digestReader: User,
  muted: User,
  outsider: User,
  ngo: User
let group: WorkingGroup
let otherGroup: WorkingGroup

const day = 24 * 60 * 60 * 1000
const as = (user: User | null) => ({ overrideAccess: false as const, user })
const runJobs = () => payload.jobs.run({ limit: 200 })

const sentTo = (mail: { to?: unknown }, address: string) =>
  JSON.stringify(mail.to ?? '').includes(address)

/** How many of the documents the user gets: none when refused outright (403) or filtered away. */
async function visibleTo(
  user: User | null,
  collection: 'materials' | 'minutes-comments' | 'member-notifications',
  where = {},
) {
  try {
    return (await payload.find({ collection, where, ...as(user) })).totalDocs
  } catch (error) {
    expect((error as { status?: number }).status).toBe(403)
    return 0
  }
}

/** Payload's ValidationError carries the field messages apart from its summary. */
async function rejectsWith(operation: Promise<unknown>, pattern: RegExp) {
  const error = (await operation.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { message?: string; data?: { errors?: { message: string }[] } } | undefined
  expect(error, 'expected a refusal').toBeTruthy()
  const messages = [
    error?.message ?? '',
    ...(error?.data?.errors ?? []).map((entry) => entry.message),
  ].join(' | ')
  expect(messages).toMatch(pattern)
}

async function plannedMeeting(extra: Partial<Meeting> = {}, by: User = coordinator) {
  return payload.create({
    collection: 'meetings',
    data: {
      workingGroup: group.id,
      startsAt: new Date(Date.now() + 7 * day).toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(Date.now() + 7 * day + 2 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      venue: 'Krajský úřad, Jihlava',
      onlineUrl: 'https://meet.example.org/test',
      agenda: [
        { title: 'Úvod a schválení programu', public: true },
        { title: 'Analýza sociálního vyloučení', presenter: 'J. Novák', public: false },
      ],
      ...extra,
    } as never,
    ...as(by),
  })
}

/** A meeting that has taken place: only those can be marked held. */
const pastMeeting = (extra: Partial<Meeting> = {}) =>
  plannedMeeting({
    startsAt: new Date(Date.now() - day).toISOString(),
    endsAt: new Date(Date.now() - day + 2 * 3600_000).toISOString(),
    ...extra,
  })

/** Takes a meeting through held and draft into review, with minutes written. */
async function meetingInReview() {
  const meeting = await pastMeeting()
  for (const status of ['held', 'minutes-draft', 'minutes-review'] as const) {
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: {
        status,
        agenda: meeting.agenda!.map((item) => ({
          ...item,
          discussion: `Diskuse k bodu ${item.title}`,
          decision: 'Schváleno.',
        })),
      },
      ...as(coordinator),
    })
  }
  return payload.findByID({ collection: 'meetings', id: meeting.id, ...as(coordinator) })
}

const pdf = (name = 'podklady.pdf') => {
  const data = simplePdf('Podklady', ['Analýza sociálního vyloučení v 15 ORP.'])
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
  // the first account becomes an admin whatever its roles: create the admin first
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  coordinator = await createUser(payload, ['member'], {
    name: 'Jana Koordinátorka',
    preferredLanguage: 'cs',
  })
  member = await createUser(payload, ['member'], { name: 'Mária Členka', preferredLanguage: 'hu' })
  digestReader = await createUser(payload, ['member'], {
    name: 'Petr Souhrn',
    preferredLanguage: 'en',
    notificationMode: 'digest',
  })
  muted = await createUser(payload, ['member'], { name: 'Tichý Člen' })
  outsider = await createUser(payload, ['member'], { name: 'Cizí Člen' })
  ngo = await createUser(payload, ['ngo'])
  group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Platforma aktérů Vysočina',
      purpose: 'Koordinace sociálního začleňování.',
      listedPublicly: true,
      language: 'cs',
      timeZone: 'Europe/Prague',
      coordinators: [coordinator.id],
      members: [coordinator.id, member.id, digestReader.id, muted.id],
    } as never,
    ...as(editor),
  })
  otherGroup = await payload.create({
    collection: 'working-groups',
    data: { name: 'Neveřejná skupina', listedPublicly: false, members: [outsider.id] } as never,
    ...as(editor),
  })
  await payload.update({
    collection: 'users',
    id: muted.id,
    data: { mutedGroups: [group.id] },
    ...as(muted),
  })
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('working groups: who sees and changes what', () => {
  it('lists public groups to everyone but shows members only to the group and staff', async () => {
    const anonymous = await payload.find({ collection: 'working-groups', ...as(null) })
    expect(anonymous.docs.map((doc) => doc.name)).toEqual(['Platforma aktérů Vysočina'])
    expect(anonymous.docs[0].members).toBeUndefined()
    expect(anonymous.docs[0].coordinators).toBeUndefined()

    const asOutsider = await payload.find({
      collection: 'working-groups',
      sort: 'name',
      ...as(outsider),
    })
    expect(asOutsider.docs.map((doc) => doc.name).sort()).toEqual([
      'Neveřejná skupina',
      'Platforma aktérů Vysočina',
    ])
    expect(asOutsider.docs.find((doc) => doc.id === group.id)?.members).toBeUndefined()

    const asMember = await payload.findByID({
      collection: 'working-groups',
      id: group.id,
      depth: 0,
      ...as(member),
    })
    expect(asMember.members).toHaveLength(4)
    await expect(
      payload.findByID({ collection: 'working-groups', id: otherGroup.id, ...as(member) }),
    ).rejects.toThrow()
    expect((await payload.find({ collection: 'working-groups', ...as(editor) })).totalDocs).toBe(2)
  })

  it('lets staff create groups, coordinators edit their own (but not list it), admins delete', async () => {
    for (const user of [coordinator, member, ngo, null]) {
      await expectForbidden(
        payload.create({ collection: 'working-groups', data: { name: 'X' } as never, ...as(user) }),
      )
    }
    const updated = await payload.update({
      collection: 'working-groups',
      id: group.id,
      data: {
        purpose: 'Koordinace a sdílení praxe.',
        listedPublicly: false,
        coordinators: [member.id],
      } as never,
      ...as(coordinator),
    })
    expect(updated.purpose).toBe('Koordinace a sdílení praxe.')
    const stored = await payload.findByID({ collection: 'working-groups', id: group.id, depth: 0 })
    expect(stored.listedPublicly).toBe(true)
    expect(stored.coordinators).toEqual([coordinator.id])
    for (const user of [member, outsider, ngo, null]) {
      await expectForbidden(
        payload.update({
          collection: 'working-groups',
          id: group.id,
          data: { purpose: 'x' },
          ...as(user),
        }),
      )
    }
    await expectForbidden(
      payload.update({
        collection: 'working-groups',
        id: otherGroup.id,
        data: { purpose: 'x' },
        ...as(coordinator),
      }),
    )
    for (const user of [editor, coordinator]) {
      await expectForbidden(
        payload.delete({ collection: 'working-groups', id: otherGroup.id, ...as(user) }),
      )
    }
  })
})

describe('the site search over working groups', () => {
  it('finds a publicly listed group by its public words, never an unlisted one or its members', async () => {
    const found = async (words: string) =>
      (
        await payload.find({
          collection: 'working-groups',
          where: { and: [{ searchText: { like: fold(words) } }, publicWhere['working-groups']] },
          depth: 0,
          select: { name: true },
        })
      ).docs.map((doc) => doc.name)
    expect(await found('platforma akteru vysocina')).toEqual(['Platforma aktérů Vysočina'])
    // the purpose as a coordinator last wrote it
    expect(await found('sdileni praxe')).toEqual(['Platforma aktérů Vysočina'])
    expect(await found('neverejna skupina')).toEqual([])
    const stored = await payload.findByID({
      collection: 'working-groups',
      id: group.id,
      depth: 0,
      overrideAccess: true,
    })
    // who belongs to a group is not what the public search knows
    expect(stored.searchText).not.toContain(fold(member.email.split('@')[0]))
    expect(stored.searchText).not.toContain('@')
  })
})

describe('meetings: members-only content and the public agenda', () => {
  it('lets only the group’s coordinators and staff create meetings, numbered per group', async () => {
    const first = await plannedMeeting()
    const second = await plannedMeeting({}, editor)
    expect(second.number).toBe((first.number ?? 0) + 1)
    for (const user of [member, outsider, ngo, null]) {
      await expectForbidden(plannedMeeting({}, user as User))
    }
    await expectForbidden(
      payload.create({
        collection: 'meetings',
        data: {
          workingGroup: otherGroup.id,
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
        } as never,
        ...as(coordinator),
      }),
    )
    await rejectsWith(plannedMeeting({ number: first.number }), new RegExp(`${first.number}`))
  })

  it('shows visitors and other groups only the date and public agenda items', async () => {
    const meeting = await plannedMeeting({
      invitation: 'Zveme vás.',
      actionItems: [{ task: 'Připravit podklady', assignee: member.id, status: 'open' }],
    } as never)
    for (const user of [null, outsider, ngo]) {
      const seen = await payload.findByID({
        collection: 'meetings',
        id: meeting.id,
        depth: 0,
        ...as(user),
      })
      expect(seen.startsAt).toBe(meeting.startsAt)
      expect(seen.agenda?.map((item) => item.title)).toEqual(['Úvod a schválení programu'])
      expect(seen.onlineUrl).toBeUndefined()
      expect(seen.invitation).toBeUndefined()
      expect(seen.actionItems ?? []).toEqual([])
      expect(seen.attendance ?? []).toEqual([])
    }
    const asMember = await payload.findByID({
      collection: 'meetings',
      id: meeting.id,
      depth: 0,
      ...as(member),
    })
    expect(asMember.agenda).toHaveLength(2)
    expect(asMember.onlineUrl).toBe('https://meet.example.org/test')
    expect(asMember.actionItems).toHaveLength(1)
  })

  it('keeps private agenda items and unreleased minutes out of every query shape', async () => {
    const review = await meetingInReview()
    const secret = 'Diskuse k bodu Analýza'
    for (const user of [null, outsider, ngo]) {
      for (const select of [
        { agenda: true },
        { agenda: { discussion: true, decision: true } },
        { agenda: { title: true } },
        { workingGroup: false, status: false },
      ]) {
        const seen = await payload.findByID({
          collection: 'meetings',
          id: review.id,
          depth: 0,
          select: select as never,
          ...as(user),
        })
        const text = JSON.stringify(seen)
        expect(text, JSON.stringify(select)).not.toContain('Analýza')
        // the public item's minutes wait for approval
        expect(text, JSON.stringify(select)).not.toContain('Diskuse')
        expect(text).not.toContain('Schváleno')
      }
      const listed = await payload.find({
        collection: 'meetings',
        depth: 2,
        select: { agenda: true },
        ...as(user),
      })
      expect(JSON.stringify(listed.docs)).not.toContain(secret)
      for (const where of <Where[]>[
        { 'agenda.discussion': { like: 'Diskuse' } },
        { 'agenda.title': { equals: 'Analýza sociálního vyloučení' } },
        { 'agenda.decision': { exists: true } },
      ]) {
        await expect(
          payload.find({ collection: 'meetings', where, ...as(user) }),
          JSON.stringify(where),
        ).rejects.toThrow()
      }
      await expect(
        payload.find({ collection: 'meetings', sort: 'agenda.discussion', ...as(user) }),
      ).rejects.toThrow()
    }
    // members read the minutes in review; the group's own private item included
    const asMember = await payload.findByID({
      collection: 'meetings',
      id: review.id,
      select: { agenda: true },
      ...as(member),
    })
    expect(asMember.agenda?.map((item) => item.discussion)).toEqual(
      review.agenda?.map((item) => item.discussion),
    )
    // while drafted, the minutes are the coordinators'
    const drafted = await pastMeeting()
    for (const status of ['held', 'minutes-draft'] as const) {
      await payload.update({
        collection: 'meetings',
        id: drafted.id,
        data: {
          status,
          agenda: drafted.agenda!.map((item) => ({ ...item, discussion: 'Koncept zápisu' })),
        },
        ...as(coordinator),
      })
    }
    expect(
      JSON.stringify(
        await payload.findByID({
          collection: 'meetings',
          id: drafted.id,
          select: { agenda: true },
          ...as(member),
        }),
      ),
    ).not.toContain('Koncept zápisu')
    expect(
      JSON.stringify(
        await payload.findByID({
          collection: 'meetings',
          id: drafted.id,
          select: { agenda: true },
          ...as(coordinator),
        }),
      ),
    ).toContain('Koncept zápisu')
  })

  it('keeps the meetings of unlisted groups from everyone outside them', async () => {
    const hidden = await payload.create({
      collection: 'meetings',
      data: {
        workingGroup: otherGroup.id,
        startsAt: new Date(Date.now() + day).toISOString(),
        endsAt: new Date(Date.now() + day + 3600_000).toISOString(),
        agenda: [{ title: 'Veřejný bod', public: true }],
      } as never,
    })
    for (const user of [null, member, coordinator, ngo]) {
      const { docs } = await payload.find({
        collection: 'meetings',
        where: { id: { equals: hidden.id } },
        ...as(user),
      })
      expect(docs).toHaveLength(0)
    }
    expect(
      (
        await payload.find({
          collection: 'meetings',
          where: { id: { equals: hidden.id } },
          ...as(outsider),
        })
      ).docs,
    ).toHaveLength(1)
  })

  it('refuses non-https links and an end before the start, in the user’s language', async () => {
    await rejectsWith(plannedMeeting({ onlineUrl: 'javascript:alert(1)' }), /https:\/\//)
    await rejectsWith(
      plannedMeeting({ endsAt: new Date(Date.now()).toISOString() } as never),
      /koniec|konec|vége|end/i,
    )
  })
})

describe('minutes: draft → review → approved, comments and locking', () => {
  it('walks the workflow, refusing skipped steps and approval with open comments', async () => {
    const meeting = await plannedMeeting()
    await rejectsWith(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status: 'minutes-approved' },
        ...as(coordinator),
      }),
      /„.+“.+„.+“/,
    )
    await expectForbidden(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status: 'held' },
        ...as(member),
      }),
    )

    const review = await meetingInReview()
    // members read minutes from review on; visitors see the public item without its minutes yet
    const asMember = await payload.findByID({
      collection: 'meetings',
      id: review.id,
      ...as(member),
    })
    expect(asMember.agenda?.[1].discussion).toContain('Diskuse')
    const asVisitor = await payload.findByID({ collection: 'meetings', id: review.id, ...as(null) })
    expect(asVisitor.agenda?.[0].discussion).toBeUndefined()

    const comment = await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: review.id,
        agendaItem: review.agenda![1].id!,
        body: 'Doplnit počet obcí.',
      } as never,
      ...as(member),
    })
    expect(comment.author).toMatchObject({ id: member.id })
    await rejectsWith(
      payload.update({
        collection: 'meetings',
        id: review.id,
        data: { status: 'minutes-approved' },
        ...as(coordinator),
      }),
      /\b1\b/,
    )

    // a member cannot resolve; the coordinator does, with a reply, then approves
    await payload.update({
      collection: 'minutes-comments',
      id: comment.id,
      data: { resolved: true },
      ...as(member),
    })
    expect(
      (await payload.findByID({ collection: 'minutes-comments', id: comment.id })).resolved,
    ).toBe(false)
    const resolved = await payload.update({
      collection: 'minutes-comments',
      id: comment.id,
      data: { resolved: true, response: 'Doplněno.' },
      ...as(coordinator),
    })
    expect(resolved.resolvedAt).toBeTruthy()
    const approved = await payload.update({
      collection: 'meetings',
      id: review.id,
      data: { status: 'minutes-approved' },
      ...as(coordinator),
    })
    expect(approved.approvedAt).toBeTruthy()
    expect(approved.approvedBy).toMatchObject({ id: coordinator.id })
    // the public item's minutes are public once approved
    expect(
      (await payload.findByID({ collection: 'meetings', id: review.id, ...as(null) })).agenda?.[0]
        .decision,
    ).toBe('Schváleno.')
  })

  it('keeps a comment where it was written, and answers an empty one with a field error', async () => {
    const review = await meetingInReview()
    const elsewhere = await meetingInReview()
    const comment = await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: review.id,
        agendaItem: review.agenda![0].id!,
        body: 'Pripomienka.',
      } as never,
      ...as(member),
    })
    const hidden = await payload.create({
      collection: 'meetings',
      data: {
        workingGroup: otherGroup.id,
        startsAt: new Date(Date.now() + day).toISOString(),
        endsAt: new Date(Date.now() + day + 3600_000).toISOString(),
      } as never,
    })
    for (const data of [
      { meeting: hidden.id },
      { meeting: elsewhere.id, agendaItem: elsewhere.agenda![1].id },
      { workingGroup: otherGroup.id },
    ]) {
      await payload
        .update({
          collection: 'minutes-comments',
          id: comment.id,
          data: data as never,
          ...as(member),
        })
        .catch(() => undefined)
      const stored = await payload.findByID({
        collection: 'minutes-comments',
        id: comment.id,
        depth: 0,
      })
      expect(String(stored.meeting)).toBe(String(review.id))
      expect(String(stored.workingGroup)).toBe(String(group.id))
      expect(stored.agendaItem).toBe(review.agenda![0].id)
    }
    const before = (await payload.count({ collection: 'minutes-comments' })).totalDocs
    await expect(
      payload.create({ collection: 'minutes-comments', data: {} as never, ...as(member) }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    expect((await payload.count({ collection: 'minutes-comments' })).totalDocs).toBe(before)
  })

  it('takes comments only from the group’s members, only in review, as plain text', async () => {
    const review = await meetingInReview()
    const item = review.agenda![0].id!
    for (const user of [outsider, ngo, null]) {
      await expect(
        payload.create({
          collection: 'minutes-comments',
          data: { meeting: review.id, agendaItem: item, body: 'x' } as never,
          ...as(user),
        }),
      ).rejects.toThrow()
    }
    await rejectsWith(
      payload.create({
        collection: 'minutes-comments',
        data: { meeting: review.id, agendaItem: item, body: '<script>alert(1)</script>' } as never,
        ...as(member),
      }),
      /< .* >|<.*>/,
    )
    await expect(
      payload.create({
        collection: 'minutes-comments',
        data: { meeting: review.id, agendaItem: 'nope', body: 'ok' } as never,
        ...as(member),
      }),
    ).rejects.toThrow()
    const planned = await plannedMeeting()
    await expect(
      payload.create({
        collection: 'minutes-comments',
        data: { meeting: planned.id, agendaItem: planned.agenda![0].id, body: 'ok' } as never,
        ...as(member),
      }),
    ).rejects.toThrow()
    expect(
      (
        await payload.find({
          collection: 'minutes-comments',
          where: { meeting: { in: [review.id, planned.id] } },
        })
      ).totalDocs,
    ).toBe(0)
    // comments are the group's: an outsider reads none
    await payload.create({
      collection: 'minutes-comments',
      data: { meeting: review.id, agendaItem: item, body: 'Souhlasím.' } as never,
      ...as(member),
    })
    for (const user of [outsider, ngo, null])
      expect(await visibleTo(user, 'minutes-comments', { meeting: { equals: review.id } })).toBe(0)
    expect(
      (
        await payload.find({
          collection: 'minutes-comments',
          where: { meeting: { equals: review.id } },
          ...as(digestReader),
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('locks approved minutes: a change needs a new reason and every version stays readable', async () => {
    const review = await meetingInReview()
    await payload.update({
      collection: 'meetings',
      id: review.id,
      data: { status: 'minutes-approved' },
      ...as(coordinator),
    })
    const changed = review.agenda!.map((item, index) =>
      index === 1 ? { ...item, decision: 'Schváleno s úpravou.' } : item,
    )
    await rejectsWith(
      payload.update({
        collection: 'meetings',
        id: review.id,
        data: { agenda: changed },
        ...as(coordinator),
      }),
      /důvod|reason|indok|dôvod/i,
    )
    await payload.update({
      collection: 'meetings',
      id: review.id,
      data: { agenda: changed, amendmentReason: 'Oprava znění usnesení' },
      ...as(coordinator),
    })
    await expect(
      payload.update({
        collection: 'meetings',
        id: review.id,
        data: { agenda: review.agenda, amendmentReason: 'Oprava znění usnesení' },
        ...as(coordinator),
      }),
    ).rejects.toThrow()

    const versions = await payload.findVersions({
      collection: 'meetings',
      where: { parent: { equals: review.id } },
      sort: '-updatedAt',
      ...as(member),
    })
    const decisions = versions.docs.map((version) => version.version.agenda?.[1]?.decision)
    expect(decisions).toContain('Schváleno s úpravou.')
    expect(decisions).toContain('Schváleno.')
    expect(
      versions.docs.every((version) =>
        ['minutes-review', 'minutes-approved'].includes(version.version.status),
      ),
    ).toBe(true)
    expect(versions.docs[0].version.amendmentReason).toBe('Oprava znění usnesení')
    // the outsider is a member elsewhere: none of these versions; without any group, no versions at all
    expect(
      (
        await payload.findVersions({
          collection: 'meetings',
          where: { parent: { equals: review.id } },
          ...as(outsider),
        })
      ).totalDocs,
    ).toBe(0)
    for (const user of [ngo, null]) {
      await expectForbidden(
        payload.findVersions({
          collection: 'meetings',
          where: { parent: { equals: review.id } },
          ...as(user),
        }),
      )
    }
  })

  it('lets the assignee report progress on an action item after approval, nobody else', async () => {
    const meeting = await pastMeeting({
      status: 'held',
      actionItems: [{ task: 'Rozeslat analýzu', assignee: member.id, status: 'open' }],
    } as never)
    const itemId = meeting.actionItems![0].id!
    await expect(
      setActionItemStatus(payload, {
        meetingId: meeting.id,
        itemId,
        status: 'done',
        user: outsider,
      }),
    ).rejects.toThrow()
    await expect(
      setActionItemStatus(payload, {
        meetingId: meeting.id,
        itemId,
        status: 'done',
        user: digestReader,
      }),
    ).rejects.toThrow()
    await expect(
      setActionItemStatus(payload, {
        meetingId: meeting.id,
        itemId,
        status: 'bogus',
        user: member,
      }),
    ).rejects.toThrow()
    const updated = await setActionItemStatus(payload, {
      meetingId: meeting.id,
      itemId,
      status: 'done',
      user: member,
    })
    expect(updated.actionItems?.[0].status).toBe('done')
  })
})

describe('materials: members-only files', () => {
  it('lets members share PDFs in their own group only, and only members read them', async () => {
    const material = await payload.create({
      collection: 'materials',
      data: { title: 'Analýza – shrnutí', workingGroup: group.id } as never,
      file: pdf(),
      ...as(member),
    })
    expect(material.uploadedBy).toMatchObject({ id: member.id })
    for (const user of [outsider, ngo, null])
      expect(await visibleTo(user, 'materials', { id: { equals: material.id } })).toBe(0)
    expect(
      (
        await payload.find({
          collection: 'materials',
          where: { id: { equals: material.id } },
          ...as(digestReader),
        })
      ).totalDocs,
    ).toBe(1)
    for (const user of [outsider, ngo, null]) {
      await expectForbidden(
        payload.create({
          collection: 'materials',
          data: { title: 'x', workingGroup: group.id } as never,
          file: pdf(),
          ...as(user),
        }),
      )
    }
    // another member may not change it; the coordinator may
    await expectForbidden(
      payload.update({
        collection: 'materials',
        id: material.id,
        data: { title: 'y' },
        ...as(digestReader),
      }),
    )
    expect(
      (
        await payload.update({
          collection: 'materials',
          id: material.id,
          data: { title: 'Analýza' },
          ...as(coordinator),
        })
      ).title,
    ).toBe('Analýza')
  })

  it('refuses wrong file types and oversized files with a clear message, storing nothing', async () => {
    const before = (await payload.count({ collection: 'materials' })).totalDocs
    const html = Buffer.from('<script>alert(1)</script>')
    await expect(
      payload.create({
        collection: 'materials',
        data: { title: 'x', workingGroup: group.id } as never,
        file: { data: html, mimetype: 'text/html', name: 'evil.html', size: html.length },
        ...as(member),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          { path: 'file', message: expect.stringContaining('PDF, DOCX, ODT, XLSX, ODS, PPTX') },
        ],
      },
    })
    const big = Buffer.alloc(MAX_MATERIAL_BYTES + 1, 32)
    big.write('%PDF-1.4\n')
    await expect(
      payload.create({
        collection: 'materials',
        data: { title: 'x', workingGroup: group.id } as never,
        file: { data: big, mimetype: 'application/pdf', name: 'big.pdf', size: big.length },
        ...as(member),
      }),
    ).rejects.toMatchObject({ status: 413 })
    expect((await payload.count({ collection: 'materials' })).totalDocs).toBe(before)
  })
})

describe('notifications: immediate, digest, muted', () => {
  it('sends the invitation with the agenda and calendar entry in each member’s language', async () => {
    const before = sink.messages.length
    const meeting = await plannedMeeting({ title: 'Setkání platformy 14' })
    await runJobs()
    // the member (Hungarian) and the coordinator (Czech) at once; the digest reader and the muted member not
    const hungarian = await sink.waitFor(
      (mail) =>
        sentTo(mail, member.email) && mail.subject?.includes('Setkání platformy 14') === true,
    )
    expect(hungarian.subject).toMatch(/Meghívó/)
    expect(hungarian.html).toContain('Analýza sociálního vyloučení')
    const ics = hungarian.attachments.find((attachment) => attachment.filename === 'meeting.ics')
    const event = parseCalendarStrictly(ics!.content.toString()).getFirstSubcomponent('vevent')!
    expect(event.getFirstPropertyValue('uid')).toBe(`meeting-${meeting.id}@localhost:3000`)
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Prague')
    await sink.waitFor(
      (mail) => sentTo(mail, coordinator.email) && /Pozvánka/.test(mail.subject ?? ''),
    )
    const recipients = sink.messages.slice(before).map((mail) => JSON.stringify(mail.to))
    expect(recipients.some((to) => to.includes(digestReader.email))).toBe(false)
    expect(recipients.some((to) => to.includes(muted.email))).toBe(false)
    expect(
      (
        await payload.find({
          collection: 'member-notifications',
          where: { user: { equals: muted.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('gathers the digest reader’s updates into one weekly mail, once', async () => {
    const material = await payload.create({
      collection: 'materials',
      data: { title: 'Program semináře', workingGroup: group.id } as never,
      file: pdf('program.pdf'),
      ...as(coordinator),
    })
    expect(material.id).toBeTruthy()
    const pending = await payload.find({
      collection: 'member-notifications',
      where: { and: [{ user: { equals: digestReader.id } }, { sentAt: { exists: false } }] },
    })
    expect(pending.totalDocs).toBeGreaterThanOrEqual(2)
    const before = sink.messages.length
    expect(await sendDigests(payload)).toBe(1)
    const digest = await sink.waitFor(
      (mail) => sentTo(mail, digestReader.email) && /this week/.test(mail.subject ?? ''),
    )
    expect(digest.subject).toContain(`${pending.totalDocs} updates`)
    expect(digest.html).toContain('Program semináře')
    expect(digest.html).toContain('Platforma aktérů Vysočina')
    expect(sink.messages.slice(before)).toHaveLength(1)
    expect(await sendDigests(payload)).toBe(0)
  })

  it('shows members only their own notifications', async () => {
    const mine = await payload.find({ collection: 'member-notifications', ...as(member) })
    expect(mine.totalDocs).toBeGreaterThan(0)
    expect(
      mine.docs.every(
        (doc) => (typeof doc.user === 'object' ? doc.user.id : doc.user) === member.id,
      ),
    ).toBe(true)
    expect(await visibleTo(null, 'member-notifications')).toBe(0)
    await expectForbidden(
      payload.create({
        collection: 'member-notifications',
        data: {
          user: member.id,
          workingGroup: group.id,
          kind: 'material',
          mode: 'immediate',
        } as never,
        ...as(member),
      }),
    )
    void admin
  })
})

describe('the access matrix: roles × objects × operations', () => {
  type Role = 'anonymous' | 'ngo' | 'member' | 'otherMember' | 'coordinator' | 'editor' | 'admin'
  const roles: Role[] = [
    'anonymous',
    'ngo',
    'member',
    'otherMember',
    'coordinator',
    'editor',
    'admin',
  ]
  const userOf = (role: Role): User | null =>
    ({ anonymous: null, ngo, member, otherMember: outsider, coordinator, editor, admin })[role]
  const allowed = async (operation: Promise<unknown>) =>
    operation.then(
      () => true,
      (error: { status?: number }) => {
        // a refusal is 403 (or 404 when the document is filtered away); anything else is a bug
        expect([403, 404]).toContain(error.status)
        return false
      },
    )

  /** Whether each role may do it; `Y` for the roles listed, `n` for the others. */
  const only = (...yes: Role[]) =>
    Object.fromEntries(roles.map((role) => [role, yes.includes(role)])) as Record<Role, boolean>
  const staff: Role[] = ['editor', 'admin']

  let review: Meeting
  let privateItem: string
  let comment: { id: number | string }
  let material: { id: number | string }
  beforeAll(async () => {
    review = await meetingInReview()
    privateItem = review.agenda![1].id!
    comment = await payload.create({
      collection: 'minutes-comments',
      data: { meeting: review.id, agendaItem: privateItem, body: 'Matice.' } as never,
      ...as(member),
    })
    material = await payload.create({
      collection: 'materials',
      data: { title: 'Matice', workingGroup: group.id } as never,
      file: pdf('matrix.pdf'),
      ...as(coordinator),
    })
  })

  const cells: [string, Record<Role, boolean>, (user: User | null) => Promise<unknown>][] = [
    [
      'read the group',
      only(...roles),
      (user) => payload.findByID({ collection: 'working-groups', id: group.id, ...as(user) }),
    ],
    [
      'read the member list',
      only('member', 'coordinator', ...staff),
      async (user) => {
        const doc = await payload.findByID({
          collection: 'working-groups',
          id: group.id,
          depth: 0,
          ...as(user),
        })
        if (!doc.members?.length) throw Object.assign(new Error('hidden'), { status: 403 })
      },
    ],
    [
      'create a group',
      only(...staff),
      (user) =>
        payload.create({
          collection: 'working-groups',
          data: { name: `Skupina ${Math.random()}` } as never,
          ...as(user),
        }),
    ],
    [
      'update the group',
      only('coordinator', ...staff),
      (user) =>
        payload.update({
          collection: 'working-groups',
          id: group.id,
          data: { purpose: 'Koordinace.' },
          ...as(user),
        }),
    ],
    [
      'delete a group',
      only('admin'),
      async (user) => {
        const spare = await payload.create({
          collection: 'working-groups',
          data: { name: `Spare ${Math.random()}`, coordinators: [coordinator.id] } as never,
        })
        return payload.delete({ collection: 'working-groups', id: spare.id, ...as(user) })
      },
    ],
    [
      'read the minutes of a private item',
      only('member', 'coordinator', ...staff),
      async (user) => {
        const doc = await payload.findByID({ collection: 'meetings', id: review.id, ...as(user) })
        if (!doc.agenda?.some((item) => item.id === privateItem && item.discussion))
          throw Object.assign(new Error('hidden'), { status: 403 })
      },
    ],
    ['create a meeting', only('coordinator', ...staff), (user) => plannedMeeting({}, user as User)],
    [
      'update a meeting',
      only('coordinator', ...staff),
      (user) =>
        payload.update({
          collection: 'meetings',
          id: review.id,
          data: { venue: 'Jihlava' },
          ...as(user),
        }),
    ],
    [
      'delete a meeting',
      only(...staff),
      async (user) =>
        payload.delete({ collection: 'meetings', id: (await plannedMeeting()).id, ...as(user) }),
    ],
    [
      'read a comment',
      only('member', 'coordinator', ...staff),
      (user) => payload.findByID({ collection: 'minutes-comments', id: comment.id, ...as(user) }),
    ],
    [
      'comment',
      only('member', 'coordinator', ...staff),
      (user) =>
        payload.create({
          collection: 'minutes-comments',
          data: { meeting: review.id, agendaItem: privateItem, body: 'Ano.' } as never,
          ...as(user),
        }),
    ],
    [
      'update a member’s comment',
      only('member', 'coordinator', ...staff),
      (user) =>
        payload.update({
          collection: 'minutes-comments',
          id: comment.id,
          data: { body: 'Matice.' },
          ...as(user),
        }),
    ],
    [
      'delete a comment',
      only(...staff),
      async (user) => {
        const spare = await payload.create({
          collection: 'minutes-comments',
          data: {
            meeting: review.id,
            agendaItem: privateItem,
            body: 'x',
            author: member.id,
          } as never,
        })
        return payload.delete({ collection: 'minutes-comments', id: spare.id, ...as(user) })
      },
    ],
    [
      'read action items',
      only('member', 'coordinator', ...staff),
      async (user) => {
        const meeting = await plannedMeeting({
          actionItems: [{ task: 'Úkol', assignee: member.id, status: 'open' }],
        } as never)
        const doc = await payload.findByID({ collection: 'meetings', id: meeting.id, ...as(user) })
        if (!doc.actionItems?.length) throw Object.assign(new Error('hidden'), { status: 403 })
      },
    ],
    [
      'report progress on the member’s action item',
      only('member', 'coordinator', ...staff),
      async (user) => {
        const meeting = await plannedMeeting({
          actionItems: [{ task: 'Úkol', assignee: member.id, status: 'open' }],
        } as never)
        return setActionItemStatus(payload, {
          meetingId: meeting.id,
          itemId: meeting.actionItems![0].id!,
          status: 'done',
          user,
        })
      },
    ],
    [
      'read a material',
      only('member', 'coordinator', ...staff),
      (user) => payload.findByID({ collection: 'materials', id: material.id, ...as(user) }),
    ],
    [
      'share a material',
      only('member', 'coordinator', ...staff),
      (user) =>
        payload.create({
          collection: 'materials',
          data: { title: 'M', workingGroup: group.id } as never,
          file: pdf('m.pdf'),
          ...as(user),
        }),
    ],
    [
      'update the coordinator’s material',
      only('coordinator', ...staff),
      (user) =>
        payload.update({
          collection: 'materials',
          id: material.id,
          data: { title: 'Matice' },
          ...as(user),
        }),
    ],
    [
      'delete the coordinator’s material',
      only('coordinator', ...staff),
      async (user) => {
        const spare = await payload.create({
          collection: 'materials',
          data: { title: 'Spare', workingGroup: group.id, uploadedBy: coordinator.id } as never,
          file: pdf('spare.pdf'),
          context: { silent: true },
        })
        return payload.delete({ collection: 'materials', id: spare.id, ...as(user) })
      },
    ],
  ]

  it.each(cells)('%s', async (_name, expected, attempt) => {
    const actual: Record<string, boolean> = {}
    for (const role of roles) actual[role] = await allowed(attempt(userOf(role)))
    expect(actual).toEqual(expected)
  })
})

describe('personal data (GDPR access)', () => {
  it('exports the member’s own records and nothing of anyone else’s', async () => {
    const review = await meetingInReview()
    await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: review.id,
        agendaItem: review.agenda![0].id,
        body: 'Můj vlastní komentář.',
      } as never,
      ...as(member),
    })
    await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: review.id,
        agendaItem: review.agenda![0].id,
        body: 'Komentář někoho jiného.',
      } as never,
      ...as(digestReader),
    })
    await plannedMeeting({
      actionItems: [
        { task: 'Úkol pro Máriu', assignee: member.id, status: 'open' },
        { task: 'Úkol pro Petra', assignee: digestReader.id, status: 'open' },
      ],
    } as never)
    const data = await personalDataOf(payload, member)
    const text = JSON.stringify(data)
    expect(data.account.email).toBe(member.email)
    expect(data.workingGroups.map((entry) => entry.name)).toEqual(['Platforma aktérů Vysočina'])
    expect(text).toContain('Můj vlastní komentář.')
    expect(text).toContain('Úkol pro Máriu')
    expect(data.notifications.length).toBeGreaterThan(0)
    for (const foreign of [
      'Komentář někoho jiného.',
      'Úkol pro Petra',
      digestReader.email,
      coordinator.email,
      outsider.email,
      'Neveřejná skupina',
    ]) {
      expect(text).not.toContain(foreign)
    }
  })
})
