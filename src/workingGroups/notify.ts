import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { idFrom, sameId } from '@/utilities/ids'
import { systemRequest } from '@/utilities/systemRequest'
import { mailRetries } from '@/email/queue'
import { mailLocale, renderEmail } from '@/email/templates'
import { formatEventTime } from '@/events/describe'
import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { Material, Meeting, MemberNotification, User, WorkingGroup } from '@/payload-types'

import { actionDoneChoices, type OverdueAction, overdueActions } from './actionItems'
import { meetingCalendar } from './calendar'
import { type NotificationKind, RSVP_REMINDER_DAYS } from './constants'
import { absolute, groupPath, meetingPath } from './links'
import { rsvpLinks, rsvpOpen } from './rsvp'

type ID = number | string
/**
 * `actor`: who made the change; they know of it already and are not told. `only`: when given,
 * just these people among the group (those who have not answered an invitation, for a reminder).
 */
type Subject = {
  group: ID
  kind: NotificationKind
  meeting?: ID
  material?: ID
  actor?: ID | null
  only?: ID[]
}

const system = { overrideAccess: true } as const

/**
 * Tells every member and coordinator of the group, except those who muted it and the one who
 * acted: a notification
 * is recorded per person, then mailed at once or kept for their weekly digest.
 */
export async function notifyGroup(payload: Payload, subject: Subject, req?: PayloadRequest) {
  // inside a hook: read and write on a copy of its request, which keeps the save's context
  const ownReq = req ? systemRequest(req) : undefined
  const group = await payload.findByID({
    collection: 'working-groups',
    id: subject.group,
    depth: 0,
    ...system,
    req: ownReq,
  })
  const people = [
    ...new Set(
      [...(group.members ?? []), ...(group.coordinators ?? [])].map((user) => String(idFrom(user))),
    ),
  ].filter(
    (person) =>
      (subject.actor == null || person !== String(subject.actor)) &&
      (subject.only === undefined || subject.only.some((id) => String(id) === person)),
  )
  if (people.length === 0) return 0
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: people } },
    pagination: false,
    depth: 0,
    ...system,
    req: ownReq,
  })
  let recorded = 0
  for (const user of users) {
    if ((user.mutedGroups ?? []).some((muted) => String(idFrom(muted)) === String(group.id)))
      continue
    const mode = user.notificationMode === 'digest' ? 'digest' : 'immediate'
    const notification = await payload.create({
      collection: 'member-notifications',
      data: {
        user: user.id,
        workingGroup: group.id,
        kind: subject.kind,
        meeting: subject.meeting as number | undefined,
        material: subject.material as number | undefined,
        mode,
      },
      depth: 0,
      ...system,
      req: ownReq,
    })
    if (mode === 'immediate') {
      await payload.jobs.queue({
        task: 'sendGroupNotification',
        input: { notification: String(notification.id) },
        ...(ownReq ? { req: ownReq } : {}),
      })
    }
    recorded += 1
  }
  return recorded
}

type Loaded = {
  notification: MemberNotification
  group: WorkingGroup
  meeting?: Meeting
  material?: Material
  update?: boolean
}

async function load(
  payload: Payload,
  notification: MemberNotification,
  locale: Locale,
): Promise<Loaded> {
  const group = await payload.findByID({
    collection: 'working-groups',
    id: idFrom(notification.workingGroup)!,
    depth: 0,
    locale,
    ...system,
  })
  const meeting = notification.meeting
    ? await payload.findByID({
        collection: 'meetings',
        id: idFrom(notification.meeting)!,
        depth: 0,
        locale,
        ...system,
      })
    : undefined
  const material = notification.material
    ? await payload.findByID({
        collection: 'materials',
        id: idFrom(notification.material)!,
        depth: 0,
        locale,
        ...system,
      })
    : undefined
  // an invitation sent to the same person before makes this one an update of it
  const update =
    notification.kind === 'invitation' && meeting
      ? (
          await payload.count({
            collection: 'member-notifications',
            where: {
              and: [
                { user: { equals: idFrom(notification.user) } },
                { meeting: { equals: meeting.id } },
                { kind: { equals: 'invitation' } },
                { createdAt: { less_than: notification.createdAt } },
              ],
            },
            ...system,
          })
        ).totalDocs > 0
      : false
  return { notification, group, meeting, material, update }
}

const meetingName = (locale: Locale, meeting: Meeting) =>
  meeting.title || getT(locale, 'workingGroups')('meeting.numbered', { number: meeting.number })

/** One line saying what happened, with the page to open: for single mails and digests alike. */
function describe(locale: Locale, { notification, group, meeting, material, update }: Loaded) {
  const t = getT(locale, 'workingGroups')
  const values = {
    group: group.name,
    meeting: meeting ? meetingName(locale, meeting) : '',
    when: meeting ? formatEventTime(locale, meeting) : '',
    material: material?.title ?? '',
  }
  const href = absolute(
    meeting
      ? meetingPath(locale, group.slug, meeting.id)
      : `${groupPath(locale, group.slug)}#materials`,
  )
  const kind = update ? 'meetingUpdated' : notification.kind
  return {
    subject: t(`mail.${kind}.subject`, values),
    line: t(`mail.${kind}.body`, values),
    href,
    values,
  }
}

export async function buildNotificationMail(payload: Payload, notification: MemberNotification) {
  const user = await payload.findByID({
    collection: 'users',
    id: idFrom(notification.user)!,
    depth: 0,
    overrideAccess: true,
  })
  const locale = mailLocale(user)
  const t = getT(locale, 'workingGroups')
  const loaded = await load(payload, notification, locale)
  const { subject, line, href } = describe(locale, loaded)
  const lines = [line]
  const attachments = []
  if (notification.kind === 'invitation' && loaded.meeting) {
    const meeting = loaded.meeting
    lines.push(t('mail.when', { when: formatEventTime(locale, meeting) }))
    if (meeting.venue) lines.push(t('mail.where', { place: meeting.venue }))
    if (meeting.onlineUrl) lines.push(t('mail.online', { url: meeting.onlineUrl }))
    if (meeting.invitation) lines.push(meeting.invitation)
    if (meeting.agenda?.length) {
      lines.push(t('mail.agenda'))
      meeting.agenda.forEach((item, index) =>
        lines.push(`${index + 1}. ${item.title}${item.presenter ? ` (${item.presenter})` : ''}`),
      )
    }
    attachments.push({
      filename: 'meeting.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: meetingCalendar(
        meeting,
        loaded.group,
        locale,
        `${loaded.group.name}: ${meetingName(locale, meeting)}`,
      ),
    })
  }
  // one click to answer, for as long as the meeting takes answers
  const asks =
    (notification.kind === 'invitation' || notification.kind === 'rsvpReminder') &&
    loaded.meeting &&
    rsvpOpen(loaded.meeting)
  const choices = asks
    ? [
        {
          question: t('mail.rsvpAsk'),
          links: await rsvpLinks(payload, locale, user, loaded.meeting!),
        },
      ]
    : []
  // the minutes name the recipient's tasks: each can be marked done from here
  if (
    (notification.kind === 'minutesReview' || notification.kind === 'minutesApproved') &&
    loaded.meeting
  ) {
    const own = (loaded.meeting.actionItems ?? []).filter(
      (item) => item.status !== 'done' && sameId(item.assignee, user.id),
    )
    choices.push(
      ...(await actionDoneChoices(
        payload,
        locale,
        user,
        own.map((item) => ({ meeting: loaded.meeting!, item, group: loaded.group })),
      )),
    )
  }
  return {
    to: user.email,
    subject,
    html: renderEmail(locale, {
      name: user.name,
      lines,
      choices,
      action: { href, label: t('mail.open') },
      after: [t('mail.settings', { url: absolute(`/${locale}/account#notifications`) })],
    }),
    attachments,
  }
}

/** Sends one immediate notification; retried with the platform's mail back-off when SMTP fails. */
export const sendGroupNotificationTask: TaskConfig<'sendGroupNotification'> = {
  slug: 'sendGroupNotification',
  inputSchema: [{ name: 'notification', type: 'text', required: true }],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const notification = await payload.findByID({
      collection: 'member-notifications',
      id: input.notification,
      depth: 0,
      overrideAccess: true,
    })
    if (notification.sentAt) return { output: {} }
    await payload.sendEmail(await buildNotificationMail(payload, notification))
    await payload.update({
      collection: 'member-notifications',
      id: notification.id,
      data: { sentAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    return { output: {} }
  },
}

/**
 * The weekly digest of one member: everything since the last one, grouped by working group, and
 * their action items past due, each with a link to mark it done.
 */
export async function buildDigest(
  payload: Payload,
  user: User,
  notifications: MemberNotification[],
  overdue: OverdueAction[] = [],
) {
  const locale = mailLocale(user)
  const t = getT(locale, 'workingGroups')
  const byGroup = new Map<string, string[]>()
  for (const notification of notifications) {
    const loaded = await load(payload, notification, locale)
    const { line, href } = describe(locale, loaded)
    const lines = byGroup.get(loaded.group.name) ?? []
    lines.push(`• ${line} ${href}`)
    byGroup.set(loaded.group.name, lines)
  }
  const lines =
    notifications.length > 0 ? [t('mail.digest.body', { count: notifications.length })] : []
  for (const [group, items] of byGroup) lines.push(group, ...items)
  if (overdue.length > 0) lines.push(t('mail.digest.overdue', { count: overdue.length }))
  const count = notifications.length + overdue.length
  return {
    to: user.email,
    subject: t('mail.digest.subject', { count }),
    html: renderEmail(locale, {
      name: user.name,
      lines,
      choices: await actionDoneChoices(payload, locale, user, overdue),
      action: { href: absolute(`/${locale}/account`), label: t('mail.openAccount') },
      after: [t('mail.settings', { url: absolute(`/${locale}/account#notifications`) })],
    }),
  }
}

/** Mails each digest reader what gathered since their last digest and their overdue tasks; returns how many were sent. */
export async function sendDigests(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'member-notifications',
    where: { and: [{ mode: { equals: 'digest' } }, { sentAt: { exists: false } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byUser = new Map<string, MemberNotification[]>()
  for (const doc of docs) {
    const key = String(idFrom(doc.user))
    byUser.set(key, [...(byUser.get(key) ?? []), doc])
  }
  const overdue = await overdueActions(payload, now)
  let sent = 0
  for (const userId of new Set([...byUser.keys(), ...overdue.keys()])) {
    const user = await payload.findByID({
      collection: 'users',
      id: userId,
      depth: 0,
      overrideAccess: true,
    })
    const notifications = byUser.get(userId) ?? []
    // overdue tasks ride along in the digest of those who chose one, never from a muted group
    const late =
      user.notificationMode === 'digest'
        ? (overdue.get(userId) ?? []).filter(
            ({ group }) => !(user.mutedGroups ?? []).some((muted) => sameId(muted, group.id)),
          )
        : []
    if (notifications.length === 0 && late.length === 0) continue
    await payload.sendEmail(await buildDigest(payload, user, notifications, late))
    const stamp = new Date().toISOString()
    for (const notification of notifications) {
      await payload.update({
        collection: 'member-notifications',
        id: notification.id,
        data: { sentAt: stamp },
        depth: 0,
        overrideAccess: true,
      })
    }
    sent += 1
  }
  return sent
}

/** Monday mornings: the weekly digests. A failure leaves the rest unsent for the retry. */
export const sendWeeklyDigestsTask: TaskConfig<'sendWeeklyDigests'> = {
  slug: 'sendWeeklyDigests',
  schedule: [{ cron: '0 0 7 * * 1', queue: 'default' }],
  retries: mailRetries,
  handler: async ({ req }) => ({ output: { sent: await sendDigests(req.payload) } }),
  outputSchema: [{ name: 'sent', type: 'number' }],
}

/**
 * Reminds the members who have not answered an invitation, once per meeting, a few days before
 * it: mailed at once or kept for their digest as they chose, never to a group they muted.
 */
export async function sendRsvpReminders(payload: Payload, now = new Date()): Promise<number> {
  const { docs: meetings } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { status: { equals: 'planned' } },
        { startsAt: { greater_than: now.toISOString() } },
        {
          startsAt: {
            less_than_equal: new Date(
              now.getTime() + RSVP_REMINDER_DAYS * 24 * 3600_000,
            ).toISOString(),
          },
        },
      ],
    },
    pagination: false,
    depth: 0,
    ...system,
  })
  let reminded = 0
  for (const meeting of meetings) {
    const group = await payload.findByID({
      collection: 'working-groups',
      id: idFrom(meeting.workingGroup)!,
      depth: 0,
      ...system,
    })
    const { docs: earlier } = await payload.find({
      collection: 'member-notifications',
      where: { and: [{ meeting: { equals: meeting.id } }, { kind: { equals: 'rsvpReminder' } }] },
      pagination: false,
      depth: 0,
      select: { user: true },
      ...system,
    })
    const done = new Set(
      [...(meeting.rsvps ?? []).map((row) => row.member), ...earlier.map((doc) => doc.user)].map(
        (id) => String(idFrom(id)),
      ),
    )
    const waiting = [...(group.members ?? []), ...(group.coordinators ?? [])]
      .map((id) => idFrom(id)!)
      .filter((id) => !done.has(String(id)))
    if (waiting.length === 0) continue
    reminded += await notifyGroup(payload, {
      group: group.id,
      kind: 'rsvpReminder',
      meeting: meeting.id,
      only: waiting,
    })
  }
  return reminded
}

/** Every morning: reminders to answer the invitations of the next days' meetings. */
export const sendRsvpRemindersTask: TaskConfig<'sendRsvpReminders'> = {
  slug: 'sendRsvpReminders',
  schedule: [{ cron: '0 0 8 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { reminded: await sendRsvpReminders(req.payload) } }),
  outputSchema: [{ name: 'reminded', type: 'number' }],
}
