import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signEmailChange } from '@/account/emailChange'
import { getT } from '@/i18n/server'
import { simplePdf } from '@/utilities/pdf'
import type { Meeting, User, WorkingGroup } from '@/payload-types'
import { checkMemberLink, signMemberLink } from '@/workingGroups/memberLinks'
import { answerRsvp } from '@/workingGroups/rsvp'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let editor: User,
  coordinator: User,
  member: User,
  second: User,
  digestReader: User,
  muted: User,
  outsider: User
let group: WorkingGroup

const day = 24 * 60 * 60 * 1000
const as = (user: User | null) => ({ overrideAccess: false as const, user })
const runJobs = () => payload.jobs.run({ limit: 200 })
const sentTo = (mail: { to?: unknown }, address: string) =>
  JSON.stringify(mail.to ?? '').includes(address)
const unescape = (href: string) => href.replace(/&amp;/g, '&')

/** The links of a mail's HTML that lead to the given page of the account. */
const linksTo = (html: string | false | undefined, page: string) =>
  [...String(html || '').matchAll(/href="([^"]+)"/g)]
    .map((match) => unescape(match[1]))
    .filter((href) => href.includes(`/account/${page}?`))

async function meetingIn(days: number, extra: Partial<Meeting> = {}) {
  const startsAt = Date.now() + days * day
  return payload.create({
    collection: 'meetings',
    data: {
      workingGroup: group.id,
      title: `Setkání za ${days} dní ${Math.random().toString(36).slice(2, 6)}`,
      startsAt: new Date(startsAt).toISOString(),
      startsAt_tz: 'Europe/Budapest',
      endsAt: new Date(startsAt + 2 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Budapest',
      venue: 'Miskolc, Városháza',
      agenda: [{ title: 'Helyzetkép', public: false }],
      ...extra,
    } as never,
    ...as(coordinator),
  })
}

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
  await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  coordinator = await createUser(payload, ['member'], {
    name: 'Kovács Anna',
    preferredLanguage: 'cs',
  })
  member = await createUser(payload, ['member'], { name: 'Szabó Mária', preferredLanguage: 'hu' })
  second = await createUser(payload, ['member'], { name: 'Ján Druhý', preferredLanguage: 'sk' })
  digestReader = await createUser(payload, ['member'], {
    name: 'Petr Souhrn',
    preferredLanguage: 'en',
    notificationMode: 'digest',
  })
  muted = await createUser(payload, ['member'], { name: 'Tichý Člen' })
  outsider = await createUser(payload, ['member'], { name: 'Cizí Člen' })
  group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Borsodi munkacsoport',
      listedPublicly: true,
      language: 'hu',
      timeZone: 'Europe/Budapest',
      coordinators: [coordinator.id],
      members: [coordinator.id, member.id, second.id, digestReader.id, muted.id],
    } as never,
    ...as(editor),
  })
  await payload.create({
    collection: 'working-groups',
    data: { name: 'Jiná skupina', listedPublicly: false, members: [outsider.id] } as never,
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

describe('action items on the group page', () => {
  it('names every open item’s owner and due date and flags the overdue ones', async () => {
    const yesterday = new Date(Date.now() - day).toISOString()
    const nextWeek = new Date(Date.now() + 7 * day).toISOString()
    await meetingIn(-3, {
      actionItems: [
        {
          task: 'Összesíteni a kérdőíveket',
          assignee: member.id,
          dueDate: yesterday,
          status: 'open',
        },
        {
          task: 'Meghívni a polgármestert',
          assigneeName: 'Külső szakértő',
          dueDate: nextWeek,
          status: 'in-progress',
        },
        { task: 'Lezárt feladat', assignee: second.id, dueDate: yesterday, status: 'done' },
      ],
    } as never)
    // the pages' module loads the site's Payload config: imported once this file's environment is set
    const { openActionsOf } = await import('@/workingGroups/pages')
    const actions = await openActionsOf(payload, second, [group.id])
    expect(actions.map(({ item, owner, overdue }) => [item.task, owner, overdue])).toEqual([
      ['Összesíteni a kérdőíveket', 'Szabó Mária', true],
      ['Meghívni a polgármestert', 'Külső szakértő', false],
    ])
    // the owner's own list (the account page) has the same names and flags
    expect(
      (await openActionsOf(payload, member)).map(({ owner, overdue }) => [owner, overdue]),
    ).toEqual([['Szabó Mária', true]])
  })
})

describe('RSVP', () => {
  it('offers one-click answers in the invitation, in the member’s language, and records them', async () => {
    const before = sink.messages.length
    const meeting = await meetingIn(10)
    await runJobs()
    const mail = await sink.waitFor(
      (m) => sentTo(m, member.email) && m.subject?.includes(meeting.title!) === true,
    )
    const t = getT('hu', 'workingGroups')
    expect(mail.html).toContain(t('mail.rsvpAsk'))
    expect(mail.html).toContain(t('rsvpAnswers.attend'))
    expect(mail.html).toContain(t('rsvpAnswers.excused'))
    const [attend, excused] = linksTo(mail.html, 'rsvp')
    expect(attend).toMatch(/^http.*\/hu\/account\/rsvp\?token=[^&]+&answer=attend$/)
    expect(excused).toMatch(/answer=excused$/)
    // a digest reader's invitation waits for the digest; a muted member gets nothing
    const later = sink.messages.slice(before)
    expect(later.some((m) => sentTo(m, digestReader.email) || sentTo(m, muted.email))).toBe(false)

    const token = new URL(attend).searchParams.get('token')!
    const check = await checkMemberLink(payload, 'rsvp', token)
    expect(check).toEqual({ status: 'valid', link: { user: member.id, meeting: meeting.id } })
    expect(
      await answerRsvp(payload, {
        meetingId: check.status === 'valid' ? check.link.meeting : 0,
        user: { id: member.id },
        answer: 'excused',
      }),
    ).toBe('answered')
    expect(
      await answerRsvp(payload, { meetingId: meeting.id, user: member, answer: 'attend' }),
    ).toBe('answered')
    const stored = await payload.findByID({
      collection: 'meetings',
      id: meeting.id,
      depth: 0,
      ...as(coordinator),
    })
    expect(stored.rsvps?.map((row) => [row.member, row.answer])).toEqual([[member.id, 'attend']])
    expect(new Date(stored.rsvps![0].answeredAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('keeps every answer when members answer at the same moment', async () => {
    const meeting = await meetingIn(11)
    const outcomes = await Promise.all(
      [member, second, coordinator, digestReader].map((user, index) =>
        answerRsvp(payload, {
          meetingId: meeting.id,
          user,
          answer: index % 2 ? 'excused' : 'attend',
        }),
      ),
    )
    expect(outcomes).toEqual(['answered', 'answered', 'answered', 'answered'])
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(stored.rsvps).toHaveLength(4)
  })

  it('refuses answers from outside the group, to a held meeting, and from expired or foreign links', async () => {
    const meeting = await meetingIn(12)
    expect(
      await answerRsvp(payload, { meetingId: meeting.id, user: outsider, answer: 'attend' }),
    ).toBe('forbidden')
    // staff read every group but do not belong to this one
    expect(
      await answerRsvp(payload, { meetingId: meeting.id, user: editor, answer: 'attend' }),
    ).toBe('forbidden')
    expect(
      await answerRsvp(payload, { meetingId: meeting.id, user: member, answer: 'maybe' }),
    ).toBe('forbidden')
    expect(await answerRsvp(payload, { meetingId: meeting.id, user: null, answer: 'attend' })).toBe(
      'forbidden',
    )

    const past = await meetingIn(-1)
    expect(await answerRsvp(payload, { meetingId: past.id, user: member, answer: 'attend' })).toBe(
      'closed',
    )

    const expired = await signMemberLink(
      payload,
      'rsvp',
      { user: member.id, meeting: past.id },
      new Date(past.endsAt),
    )
    expect((await checkMemberLink(payload, 'rsvp', expired)).status).toBe('expired')
    // a link of another purpose, or an e-mail change link, is no RSVP link
    const actionLink = await signMemberLink(
      payload,
      'actionDone',
      { user: member.id, meeting: meeting.id, item: 'x' },
      new Date(Date.now() + day),
    )
    expect((await checkMemberLink(payload, 'rsvp', actionLink)).status).toBe('invalid')
    const emailLink = await signEmailChange(payload, {
      id: member.id,
      from: member.email,
      to: 'new@example.test',
    })
    expect((await checkMemberLink(payload, 'rsvp', emailLink)).status).toBe('invalid')
    const good = await signMemberLink(
      payload,
      'rsvp',
      { user: member.id, meeting: meeting.id },
      new Date(meeting.endsAt),
    )
    const [head, body, signature] = good.split('.')
    const forged = JSON.parse(Buffer.from(body, 'base64url').toString())
    forged.uid = outsider.id
    expect(
      (
        await checkMemberLink(
          payload,
          'rsvp',
          `${head}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`,
        )
      ).status,
    ).toBe('invalid')
  })

  it('lets only the RSVP service write the answers, and only the group read them', async () => {
    const meeting = await meetingIn(13)
    await answerRsvp(payload, { meetingId: meeting.id, user: second, answer: 'attend' })
    // the coordinator cannot write answers on someone's behalf, nor wipe them by saving
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: {
        venue: 'Miskolc, Megyeháza',
        rsvps: [{ member: member.id, answer: 'excused', answeredAt: new Date().toISOString() }],
      } as never,
      ...as(coordinator),
    })
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(stored.venue).toBe('Miskolc, Megyeháza')
    expect(stored.rsvps?.map((row) => [row.member, row.answer])).toEqual([[second.id, 'attend']])
    await expectForbidden(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { rsvps: [] } as never,
        ...as(member),
      }),
    )

    for (const user of [null, outsider]) {
      const seen = await payload.findByID({
        collection: 'meetings',
        id: meeting.id,
        depth: 0,
        ...as(user),
      })
      expect(seen.rsvps ?? []).toEqual([])
      const selected = await payload.find({
        collection: 'meetings',
        where: { id: { equals: meeting.id } },
        select: { rsvps: true },
        ...as(user),
      })
      expect(selected.docs[0]?.rsvps ?? []).toEqual([])
      // a filter on the answers must not tell outsiders who answered what
      for (const where of [
        { 'rsvps.member': { equals: second.id } },
        { 'rsvps.answer': { equals: 'attend' } },
      ] as Where[]) {
        const found = await payload
          .find({
            collection: 'meetings',
            where: { and: [{ id: { equals: meeting.id } }, where] },
            ...as(user),
          })
          .catch(() => ({ totalDocs: 0 }))
        expect(found.totalDocs).toBe(0)
      }
    }
    const asMember = await payload.findByID({
      collection: 'meetings',
      id: meeting.id,
      depth: 1,
      ...as(member),
    })
    expect(asMember.rsvps?.map((row) => (row.member as User).name)).toEqual(['Ján Druhý'])
  })

  it('starts the attendance from the answers when the meeting is marked held', async () => {
    const meeting = await meetingIn(1 / 24)
    await answerRsvp(payload, { meetingId: meeting.id, user: member, answer: 'attend' })
    await answerRsvp(payload, { meetingId: meeting.id, user: second, answer: 'excused' })
    // the meeting begins: held is allowed once it has started
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { startsAt: new Date(Date.now() - 60_000).toISOString() },
      context: { silent: true },
    })
    const held = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { status: 'held' },
      depth: 0,
      ...as(coordinator),
    })
    expect(held.attendance?.map((row) => [row.member, row.status])).toEqual([
      [member.id, 'present'],
      [second.id, 'excused'],
    ])
    // answers close with the meeting held
    expect(
      await answerRsvp(payload, { meetingId: meeting.id, user: digestReader, answer: 'attend' }),
    ).toBe('closed')
  })

  it('reminds those who have not answered, once, in their language, by their notification settings', async () => {
    const meeting = await meetingIn(2)
    await answerRsvp(payload, { meetingId: meeting.id, user: second, answer: 'attend' })
    await runJobs()
    const before = sink.messages.length
    for (let round = 0; round < 2; round += 1) {
      await payload.jobs.queue({ task: 'sendRsvpReminders', input: {} })
      await runJobs()
      await runJobs()
    }
    const hu = getT('hu', 'workingGroups')
    const cs = getT('cs', 'workingGroups')
    const reminder = await sink.waitFor(
      (m) =>
        sentTo(m, member.email) &&
        m.subject?.startsWith(
          hu('mail.rsvpReminder.subject', { group: '', meeting: '', when: '' }).split(' ')[0],
        ) === true,
    )
    expect(reminder.subject).toContain(meeting.title!)
    expect(linksTo(reminder.html, 'rsvp')).toHaveLength(2)
    await sink.waitFor(
      (m) =>
        sentTo(m, coordinator.email) &&
        m.subject?.includes(meeting.title!) === true &&
        m.subject?.startsWith(
          cs('mail.rsvpReminder.subject', { group: '', meeting: '', when: '' }).split(' ')[0],
        ) === true,
    )
    const reminders = sink.messages.slice(before).filter((m) => m.subject?.includes(meeting.title!))
    // once each for the member and the coordinator; not to the one who answered, the muted or the digest reader
    expect(reminders.map((m) => JSON.stringify(m.to)).sort()).toEqual(
      [
        JSON.stringify(reminders.find((m) => sentTo(m, coordinator.email))!.to),
        JSON.stringify(reminder.to),
      ].sort(),
    )
    const digestNotes = await payload.find({
      collection: 'member-notifications',
      where: { and: [{ meeting: { equals: meeting.id } }, { kind: { equals: 'rsvpReminder' } }] },
      depth: 0,
    })
    expect(digestNotes.docs.map((doc) => [doc.user, doc.mode]).sort()).toEqual(
      [
        [coordinator.id, 'immediate'],
        [member.id, 'immediate'],
        [digestReader.id, 'digest'],
      ].sort(),
    )
  })
})

describe('action items: done from a mail, overdue in the digest', () => {
  it('lists the owner’s overdue items in their digest, each with a link that marks it done', async () => {
    const { sendDigests } = await import('@/workingGroups/notify')
    const { setActionItemStatus } = await import('@/workingGroups/actionItems')
    const lastWeek = new Date(Date.now() - 7 * day).toISOString()
    const meeting = await meetingIn(-8, {
      actionItems: [
        {
          task: 'Overdue report for the county',
          assignee: digestReader.id,
          dueDate: lastWeek,
          status: 'open',
        },
        {
          task: 'Muted owner’s overdue task',
          assignee: muted.id,
          dueDate: lastWeek,
          status: 'open',
        },
      ],
    } as never)
    await runJobs()
    const before = sink.messages.length
    await sendDigests(payload)
    const digest = await sink.waitFor(
      (m) =>
        sentTo(m, digestReader.email) &&
        /this week/.test(m.subject ?? '') &&
        String(m.html).includes('Overdue report'),
    )
    const en = getT('en', 'workingGroups')
    expect(digest.html).toContain(en('mail.digest.overdue', { count: 1 }))
    // not to the muted owner, nor to the owner who gets mails at once (the first test's overdue item)
    expect(
      sink.messages.slice(before).some((m) => sentTo(m, muted.email) || sentTo(m, member.email)),
    ).toBe(false)
    const [done] = linksTo(digest.html, 'action-done')
    expect(done).toMatch(/\/en\/account\/action-done\?token=/)
    const check = await checkMemberLink(
      payload,
      'actionDone',
      new URL(done).searchParams.get('token'),
    )
    expect(check.status).toBe('valid')
    if (check.status !== 'valid') return
    // the link carries the owner; the service still checks they own the item
    const owner = await payload.findByID({ collection: 'users', id: check.link.user, depth: 0 })
    await setActionItemStatus(payload, {
      meetingId: check.link.meeting,
      itemId: check.link.item!,
      status: 'done',
      user: owner,
    })
    const stored = await payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
    expect(stored.actionItems?.map((item) => item.status)).toEqual(['done', 'open'])
    await expectForbidden(
      setActionItemStatus(payload, {
        meetingId: meeting.id,
        itemId: stored.actionItems![1].id!,
        status: 'done',
        user: digestReader,
      }),
    )
    // done: the next digest has nothing to say to them
    const after = sink.messages.length
    await sendDigests(payload)
    expect(sink.messages.slice(after).some((m) => sentTo(m, digestReader.email))).toBe(false)
  })

  it('offers the owner to mark their tasks done from the minutes mail', async () => {
    const meeting = await meetingIn(-2, {
      actionItems: [
        { task: 'Feladat a jegyzőkönyvből', assignee: member.id, status: 'open' },
        { task: 'Valaki másé', assignee: second.id, status: 'open' },
      ],
    } as never)
    for (const status of ['held', 'minutes-draft', 'minutes-review'] as const) {
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status },
        ...as(coordinator),
      })
    }
    await runJobs()
    const mail = await sink.waitFor(
      (m) =>
        sentTo(m, member.email) &&
        m.subject?.includes(meeting.title!) === true &&
        String(m.html).includes('action-done'),
    )
    expect(mail.html).toContain('Feladat a jegyzőkönyvből')
    expect(mail.html).not.toContain('Valaki másé')
    expect(linksTo(mail.html, 'action-done')).toHaveLength(1)
  })
})

describe('materials: versions', () => {
  const file = (name: string, text: string) => {
    const data = simplePdf(name, [text])
    return { data, mimetype: 'application/pdf', name, size: data.length }
  }

  it('keeps earlier versions readable to members, newest first with who and when, and to nobody else', async () => {
    const { materialVersions, namesOf } = await import('@/workingGroups/pages')
    const first = await payload.create({
      collection: 'materials',
      data: { title: 'Akční plán', workingGroup: group.id } as never,
      file: file('plan-v1.pdf', 'Verze 1'),
      ...as(coordinator),
    })
    const second_ = await payload.create({
      collection: 'materials',
      data: { title: 'Akční plán', workingGroup: group.id, replaces: first.id } as never,
      file: file('plan-v2.pdf', 'Verze 2'),
      ...as(member),
    })
    const third = await payload.create({
      collection: 'materials',
      data: { title: 'Akční plán', workingGroup: group.id, replaces: second_.id } as never,
      file: file('plan-v3.pdf', 'Verze 3'),
      ...as(second),
    })
    const { docs } = await payload.find({
      collection: 'materials',
      where: { workingGroup: { equals: group.id } },
      sort: '-createdAt',
      pagination: false,
      depth: 0,
      ...as(member),
    })
    const shelves = materialVersions(docs)
    const plan = shelves.find(({ material }) => material.id === third.id)!
    expect(plan.earlier.map((version) => version.id)).toEqual([second_.id, first.id])
    expect(
      shelves.some(({ material }) => material.id === first.id || material.id === second_.id),
    ).toBe(false)
    const names = await namesOf(
      payload,
      member,
      [plan.material, ...plan.earlier].map((version) => version.uploadedBy),
    )
    expect(
      [plan.material, ...plan.earlier].map((version) => names.get(String(version.uploadedBy))),
    ).toEqual(['Ján Druhý', 'Szabó Mária', 'Kovács Anna'])

    // the older file is still there for members, and for no one else
    const old = await payload.findByID({
      collection: 'materials',
      id: first.id,
      depth: 0,
      ...as(second),
    })
    expect(old.url).toContain('plan-v1.pdf')
    for (const user of [outsider, null]) {
      await expect(
        payload.findByID({ collection: 'materials', id: first.id, depth: 0, ...as(user) }),
      ).rejects.toThrow()
    }
  })

  it('refuses a new version of another group’s material', async () => {
    const foreign = await payload.create({
      collection: 'materials',
      data: {
        title: 'Cizí',
        workingGroup: (
          await payload.find({
            collection: 'working-groups',
            where: { name: { equals: 'Jiná skupina' } },
            depth: 0,
          })
        ).docs[0].id,
      } as never,
      file: file('cizi.pdf', 'Cizi'),
      ...as(outsider),
    })
    await expect(
      payload.create({
        collection: 'materials',
        data: { title: 'Podvrh', workingGroup: group.id, replaces: foreign.id } as never,
        file: file('podvrh.pdf', 'x'),
        ...as(member),
      }),
    ).rejects.toThrow()
  })

  it('shows a listed group’s contact address to everyone', async () => {
    await payload.update({
      collection: 'working-groups',
      id: group.id,
      data: { contactEmail: 'borsod@example.test' },
      ...as(coordinator),
    })
    const seen = await payload.findByID({
      collection: 'working-groups',
      id: group.id,
      depth: 0,
      ...as(null),
    })
    expect(seen.contactEmail).toBe('borsod@example.test')
  })
})

describe('discussion on the minutes', () => {
  async function meetingInReview() {
    const meeting = await meetingIn(-4, {
      agenda: [
        { title: 'Rozpočet', public: false, discussion: 'Diskuse.', decision: 'Schváleno.' },
      ],
    } as never)
    for (const status of ['held', 'minutes-draft', 'minutes-review'] as const) {
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status },
        ...as(coordinator),
      })
    }
    return payload.findByID({ collection: 'meetings', id: meeting.id, depth: 0 })
  }

  it('threads replies one level deep; replies do not hold up approval', async () => {
    const meeting = await meetingInReview()
    const item = meeting.agenda![0].id!
    const comment = await payload.create({
      collection: 'minutes-comments',
      data: { meeting: meeting.id, agendaItem: item, body: 'Chybí částka.' },
      ...as(member),
    })
    const reply = await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: meeting.id,
        agendaItem: 'whatever',
        replyTo: comment.id,
        body: 'Souhlasím.',
      } as never,
      ...as(second),
    })
    expect(reply.agendaItem).toBe(item)
    // no reply to a reply, and none from outside the group
    await expect(
      payload.create({
        collection: 'minutes-comments',
        data: {
          meeting: meeting.id,
          agendaItem: item,
          replyTo: reply.id,
          body: 'Třetí úroveň.',
        } as never,
        ...as(member),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'minutes-comments',
        data: {
          meeting: meeting.id,
          agendaItem: item,
          replyTo: comment.id,
          body: 'Cizí.',
        } as never,
        ...as(outsider),
      }),
    ).rejects.toThrow()
    await payload.update({
      collection: 'minutes-comments',
      id: comment.id,
      data: { resolved: true, response: 'Doplněno.' },
      ...as(coordinator),
    })
    const approved = await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { status: 'minutes-approved' },
      ...as(coordinator),
    })
    expect(approved.status).toBe('minutes-approved')
    // the thread stays readable to the group with the approved minutes
    const thread = await payload.find({
      collection: 'minutes-comments',
      where: { meeting: { equals: meeting.id } },
      sort: 'createdAt',
      depth: 0,
      ...as(digestReader),
    })
    expect(thread.docs.map((doc) => [doc.body, doc.replyTo ?? null])).toEqual([
      ['Chybí částka.', null],
      ['Souhlasím.', comment.id],
    ])
  })

  it('tells the commenter, in their language, that and how their comment was resolved', async () => {
    const meeting = await meetingInReview()
    const comment = await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: meeting.id,
        agendaItem: meeting.agenda![0].id!,
        body: 'Hiányzik az összeg.',
      },
      ...as(member),
    })
    await payload.update({
      collection: 'minutes-comments',
      id: comment.id,
      data: { resolved: true, response: 'Kiegészítettük a 3. oldalon.' },
      ...as(coordinator),
    })
    await runJobs()
    const hu = getT('hu', 'workingGroups')
    const mail = await sink.waitFor(
      (m) =>
        sentTo(m, member.email) &&
        m.subject ===
          hu('mail.commentResolved.subject', { group: group.name, meeting: meeting.title }),
    )
    expect(mail.html).toContain('Kiegészítettük a 3. oldalon.')
    expect(mail.html).toContain('Kovács Anna')
    expect(mail.html).toContain(`#comment-${comment.id}`)
  })
})
