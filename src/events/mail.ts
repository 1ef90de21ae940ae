import type { Payload, TaskConfig } from 'payload'

import { PUBLIC_PAGES_UNCHANGED } from '@/cache/invalidation'
import { readServerUrl } from '@/config/environment'
import { mailRetries } from '@/email/queue'
import { renderEmail } from '@/email/templates'
import { isLocale, type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

import { type MailKind, mailKinds } from './constants'
import { checkInQrPng, checkInUrl } from './checkIn'
import { calendarEntryOf, eventPlace, formatEventTime } from './describe'
import { eventsCalendar } from './ics'
import { queueRegistrationMail } from './mailQueue'
import { idFrom } from '@/utilities/ids'

/** The mails that carry the event for the calendar and, for online events, the link. */
const withEvent: MailKind[] = ['confirmed', 'promoted', 'reminder']
/** After these there is no registration left to view or cancel: they point to the event instead. */
const closed: MailKind[] = ['selfCancelled', 'eventCancelled', 'declined', 'cancelledByOrganiser']

export const registrationPageUrl = (locale: Locale, token: string) =>
  `${readServerUrl()}/${locale}/events/registration/${encodeURIComponent(token)}`

export const eventPageUrl = (locale: Locale, slug: string | null | undefined) =>
  `${readServerUrl()}/${locale}/events/${slug ?? ''}`

/** One registrant's e-mail, in the language they registered in. */
export async function buildRegistrationMail(
  payload: Payload,
  registrationId: string,
  kind: MailKind,
) {
  const registration = await payload.findByID({
    collection: 'event-registrations',
    id: registrationId,
    depth: 0,
    overrideAccess: true,
  })
  const locale: Locale = isLocale(registration.language) ? registration.language : 'sk'
  const eventId = idFrom(registration.event)!
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 1,
    locale,
    overrideAccess: true,
  })
  const t = getT(locale, 'events')
  const when = formatEventTime(locale, event)
  const title = event.title
  const lines = [
    t(`mail.${kind}.body`, { event: title, when, position: registration.waitlistPosition ?? '' }),
  ]
  if ((kind === 'declined' || kind === 'cancelledByOrganiser') && registration.decisionReason) {
    lines.push(t('mail.reason', { reason: registration.decisionReason }))
  }
  if (!closed.includes(kind)) {
    lines.push(t('mail.where', { place: eventPlace(event, t('modes.online')) }))
  }
  if (withEvent.includes(kind) && event.onlineUrl && event.mode !== 'in-person') {
    lines.push(t('mail.onlineLink', { url: event.onlineUrl }))
  }
  // the event's UID both times: a calendar that was given the event removes it on the cancel
  const calendar = (cancel: boolean) => ({
    filename: 'event.ics',
    contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'PUBLISH'}`,
    content: eventsCalendar(
      [
        {
          ...calendarEntryOf(event, locale, t('modes.online')),
          location: eventPlace(event, event.onlineUrl ?? t('modes.online')),
        },
      ],
      { name: title, locale, host: new URL(readServerUrl()).host, publish: !cancel, cancel },
    ),
  })
  const attachments: {
    filename: string
    contentType: string
    content: string | Buffer
    cid?: string
  }[] = withEvent.includes(kind)
    ? [calendar(false)]
    : kind === 'eventCancelled'
      ? [calendar(true)]
      : []
  // a seat at an event held in a place: the code to show at the door
  const atTheDoor = withEvent.includes(kind) && event.mode !== 'online'
  if (atTheDoor) {
    const checkIn = checkInUrl(payload, locale, registration.id)
    lines.push(t('checkIn.mailLine', { url: checkIn }))
    attachments.push({
      filename: 'check-in.png',
      contentType: 'image/png',
      content: await checkInQrPng(checkIn),
      cid: 'check-in-code',
    })
  }
  return {
    to: registration.email,
    subject: t(`mail.${kind}.subject`, { event: title }),
    html: renderEmail(locale, {
      name: registration.name,
      lines,
      image: atTheDoor ? { cid: 'check-in-code', alt: t('checkIn.codeAlt'), size: 180 } : undefined,
      action: closed.includes(kind)
        ? { href: eventPageUrl(locale, event.slug), label: title }
        : { href: registrationPageUrl(locale, registration.token), label: t('mail.manage') },
    }),
    attachments,
  }
}

/**
 * Sends one queued registrant e-mail. A failure (SMTP down) is recorded on the registration —
 * organisers see "failed, retrying" — and the job is retried with exponential back-off
 * (30 s, 1 min, 2 min, … about 4 hours in all).
 */
export const sendRegistrationMailTask: TaskConfig<'sendRegistrationMail'> = {
  slug: 'sendRegistrationMail',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'kind', type: 'select', options: [...mailKinds], required: true },
  ],
  retries: mailRetries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const mark = (data: { mailStatus: 'sent' | 'failed'; mailError: string | null }) =>
      payload.update({
        collection: 'event-registrations',
        id: input.registration,
        data,
        depth: 0,
        overrideAccess: true,
        context: { eventRegistrationService: true, [PUBLIC_PAGES_UNCHANGED]: true },
      })
    const message = await buildRegistrationMail(payload, input.registration, input.kind as MailKind)
    // the note to an address registered already changes nothing about the registration
    const tracked = input.kind !== 'alreadyRegistered'
    try {
      await payload.sendEmail(message)
    } catch (error) {
      if (tracked)
        await mark({
          mailStatus: 'failed',
          mailError: String((error as Error)?.message ?? error).slice(0, 300),
        })
      throw error
    }
    if (tracked) await mark({ mailStatus: 'sent', mailError: null })
    return { output: {} }
  },
}

/**
 * Hourly: queues the day-before reminder for every confirmed registrant of an event starting
 * within the next 24 hours, once per registration.
 */
export const queueEventRemindersTask: TaskConfig<'queueEventReminders'> = {
  slug: 'queueEventReminders',
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { payload } = req
    const now = new Date()
    const soon = new Date(now.getTime() + 24 * 60 * 60 * 1000)
    const { docs: events } = await payload.find({
      collection: 'events',
      where: {
        and: [
          { status: { equals: 'published' } },
          { startsAt: { greater_than: now.toISOString() } },
          { startsAt: { less_than_equal: soon.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    let queued = 0
    if (events.length > 0) {
      const { docs } = await payload.find({
        collection: 'event-registrations',
        where: {
          and: [
            { event: { in: events.map((event) => event.id) } },
            { status: { equals: 'confirmed' } },
            { reminderQueuedAt: { exists: false } },
          ],
        },
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
      })
      for (const registration of docs) {
        await payload.update({
          collection: 'event-registrations',
          id: registration.id,
          data: { reminderQueuedAt: now.toISOString() },
          depth: 0,
          overrideAccess: true,
          context: { eventRegistrationService: true, [PUBLIC_PAGES_UNCHANGED]: true },
        })
        await queueRegistrationMail(payload, registration.id, 'reminder')
        queued += 1
      }
    }
    return { output: { queued } }
  },
  outputSchema: [{ name: 'queued', type: 'number' }],
}
