import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { z } from 'zod'

import { readServerUrl } from '@/config/environment'
import { type Locale, localeNames, localeOrDefault } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { Event, EventRegistration } from '@/payload-types'
import { FormAllowance } from '@/security/rateLimit'
import { emailAddress, isPlainText, optionalText, requiredText } from '@/utilities/validation'

import { answerText } from './answers'
import { type MailKind, publicEventStatuses, seatHoldingStatuses } from './constants'
import { formatEventTime } from './describe'
import { anonymiseRegistration, retentionDays } from './retention'
import { queueRegistrationMail } from './mailQueue'
import {
  claimSeat,
  eventLock,
  isUniqueViolation,
  reconcileEvent,
  releaseSeat,
  seatedStatus,
  serviceContext,
} from './seats'
import { idFrom } from '@/utilities/ids'

type ID = number | string

/** Error codes, translated from locales/<lang>/events.json (`errors.<code>`). */
export type RegistrationError =
  | 'required'
  | 'email'
  | 'consent'
  | 'html'
  | 'tooLong'
  | 'choice'
  | 'notFound'
  | 'notOpen'
  | 'cancelled'
  | 'windowNotOpen'
  | 'windowClosed'
  | 'ended'
  | 'rateLimited'
  | 'invalidBody'
  | 'token'

export type RegistrationOutcome =
  | {
      ok: true
      registrationId: ID
      status: 'confirmed' | 'waitlisted' | 'pending'
      position: number | null
    }
  | {
      ok: false
      httpStatus: 400 | 404 | 409 | 429
      errors: Record<string, RegistrationError>
      /** with 429: whole minutes until the next attempt may go */
      retryAfterMinutes?: number
    }

const perHour = Number(process.env.EVENT_REGISTRATION_LIMIT_PER_HOUR) || 20
// per IP and hour: enough for a person registering colleagues, little for a bot; refused
// attempts (a typo, a missing answer) have their own, larger allowance, so correcting the form
// costs no registration while a script sending junk is still stopped
export const eventRegistrationLimiter = new FormAllowance(
  perHour,
  perHour * 3,
  undefined,
  'event-registration',
)

const baseSchema = z.object({
  name: requiredText(120),
  email: emailAddress(),
  organisation: optionalText(200),
  // JSON sends true; an HTML checkbox sends "on"
  consent: z.union([z.literal(true), z.literal('on')], { error: 'consent' }),
  answers: z.record(z.string(), z.unknown(), { error: 'invalidBody' }).optional(),
})

type Question = NonNullable<Event['questions']>[number]

function checkAnswers(questions: Question[], answers: Record<string, unknown> = {}) {
  const errors: Record<string, RegistrationError> = {}
  const clean: Record<string, string> = {}
  for (const question of questions) {
    const field = `answers.${question.key}`
    const raw = answers[question.key]
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      errors[field] = 'invalidBody'
      continue
    }
    const value = (raw ?? '').trim()
    if (!value) {
      if (question.required) errors[field] = 'required'
      continue
    }
    if (question.kind === 'choice') {
      // answers name the option by its position, which is the same in every language
      const index = Number(value)
      if (!Number.isInteger(index) || index < 0 || index >= (question.options?.length ?? 0)) {
        errors[field] = 'choice'
        continue
      }
    } else if (value.length > 1000) {
      errors[field] = 'tooLong'
      continue
    } else if (!isPlainText(value)) {
      errors[field] = 'html'
      continue
    }
    clean[question.key] = value
  }
  const unknown = Object.keys(answers).filter(
    (key) => !questions.some((question) => question.key === key),
  )
  if (unknown.length > 0) errors.answers = 'invalidBody'
  return { errors, clean }
}

/** Whether registration is open now: the reason it is not, else null. */
export function registrationClosedReason(
  event: Pick<Event, 'status' | 'endsAt' | 'registration'>,
  now = new Date(),
): RegistrationError | null {
  if (event.status === 'cancelled') return 'cancelled'
  if (event.status !== 'published') return 'notOpen'
  if (new Date(event.endsAt) <= now) return 'ended'
  if (event.registration?.opensAt && new Date(event.registration.opensAt) > now)
    return 'windowNotOpen'
  if (event.registration?.closesAt && new Date(event.registration.closesAt) <= now)
    return 'windowClosed'
  return null
}

const outcomeMail: Record<'confirmed' | 'waitlisted' | 'pending', MailKind> = {
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  pending: 'pending',
}

/** What a newcomer would get right now: a free seat, else the end of the waiting list. */
async function newcomerOutcome(payload: Payload, event: Event) {
  if (event.capacity) {
    const [seated, waiting] = await Promise.all([
      payload.count({
        collection: 'event-seats',
        where: { event: { equals: event.id } },
        overrideAccess: true,
      }),
      payload.count({
        collection: 'event-registrations',
        where: { and: [{ event: { equals: event.id } }, { status: { equals: 'waitlisted' } }] },
        overrideAccess: true,
      }),
    ])
    if (seated.totalDocs >= event.capacity)
      return { status: 'waitlisted' as const, position: waiting.totalDocs + 1 }
  }
  return { status: seatedStatus(event), position: null }
}

/**
 * An address registered already: the caller gets what a newcomer would get right now, and
 * nothing is stored, so the answer tells nobody who is registered. The owner of the address
 * gets a note with their own link. The note leaves the registration's mail status alone: it
 * is no news about the registration for organisers.
 */
async function answerAsNewcomer(
  payload: Payload,
  event: Event,
  existing: EventRegistration,
  notify: boolean,
) {
  const outcome = await newcomerOutcome(payload, event)
  if (notify) {
    await payload.jobs.queue({
      task: 'sendRegistrationMail',
      input: { registration: String(existing.id), kind: 'alreadyRegistered' },
    })
  }
  return { ok: true as const, registrationId: existing.id, ...outcome }
}

/**
 * Registers a person for an event — the one path for the HTTP endpoint and the page's form.
 * The registration is stored first (as waitlisted), then a seat is claimed for it under the
 * event's lock: whatever happens after the first write, nobody is lost; reconcileEvent
 * finishes an interrupted claim. The same address twice is one registration, and the second
 * attempt is answered as a new one would be (see answerAsNewcomer).
 */
export async function registerForEvent(
  payload: Payload,
  eventId: ID,
  body: unknown,
  { locale, ip, notify = true }: { locale: Locale; ip: string; notify?: boolean },
): Promise<RegistrationOutcome> {
  const attempt = await eventRegistrationLimiter.start(ip)
  if (attempt.wait > 0)
    return {
      ok: false,
      httpStatus: 429,
      errors: { form: 'rateLimited' },
      retryAfterMinutes: attempt.wait,
    }
  const outcome = await attemptRegistration(payload, eventId, body, { locale, notify })
  if (!outcome.ok) await attempt.refused()
  return outcome
}

async function attemptRegistration(
  payload: Payload,
  eventId: ID,
  body: unknown,
  { locale, notify }: { locale: Locale; notify: boolean },
): Promise<RegistrationOutcome> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, httpStatus: 400, errors: { form: 'invalidBody' } }
  }
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ id: { equals: eventId } }, { status: { in: [...publicEventStatuses] } }] },
    depth: 0,
    limit: 1,
    locale,
    overrideAccess: false,
    user: null,
  })
  const event = docs[0]
  if (!event) return { ok: false, httpStatus: 404, errors: { form: 'notFound' } }
  const closed = registrationClosedReason(event)
  if (closed) return { ok: false, httpStatus: 409, errors: { form: closed } }

  const parsed = baseSchema.safeParse(body)
  const errors: Record<string, RegistrationError> = {}
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form')
      errors[field] ??= (issue.message as RegistrationError) || 'required'
    }
  }
  // the answers are checked whatever else failed, so every error comes back in one answer
  const givenAnswers = (body as { answers?: unknown }).answers
  const answers =
    givenAnswers === undefined || givenAnswers === null
      ? checkAnswers(event.questions ?? [])
      : typeof givenAnswers === 'object' && !Array.isArray(givenAnswers)
        ? checkAnswers(event.questions ?? [], givenAnswers as Record<string, unknown>)
        : { errors: {}, clean: {} }
  Object.assign(errors, answers.errors)
  if (!parsed.success || Object.keys(errors).length > 0)
    return { ok: false, httpStatus: 400, errors }
  const input = parsed.data

  return eventLock(event.id, async () => {
    const existing = await findByEmail(payload, event.id, input.email)
    if (existing && existing.status !== 'cancelled')
      return answerAsNewcomer(payload, event, existing, notify)
    const data = {
      name: input.name,
      organisation: input.organisation ?? null,
      answers: answers.clean,
      consent: true,
      language: locale,
      status: 'waitlisted' as const,
      waitlistedAt: new Date().toISOString(),
      waitlistPosition: null,
    }
    let registration: EventRegistration
    try {
      registration = existing
        ? await payload.update({
            collection: 'event-registrations',
            id: existing.id,
            data,
            depth: 0,
            overrideAccess: true,
            context: serviceContext,
          })
        : await payload.create({
            collection: 'event-registrations',
            data: {
              ...data,
              event: event.id,
              organiser: idFrom(event.organisation)!,
              email: input.email,
              token: randomBytes(24).toString('base64url'),
            },
            depth: 0,
            overrideAccess: false,
            user: null,
            context: serviceContext,
          })
    } catch (error) {
      // another server instance registered the same address a moment ago: one registration
      const raced = isUniqueViolation(error)
        ? await findByEmail(payload, event.id, input.email)
        : undefined
      if (!raced) throw error
      return answerAsNewcomer(payload, event, raced, notify)
    }

    let status: 'confirmed' | 'waitlisted' | 'pending' = 'waitlisted'
    if (await claimSeat(payload, event, registration.id)) {
      status = seatedStatus(event)
      await payload.update({
        collection: 'event-registrations',
        id: registration.id,
        data: { status },
        depth: 0,
        overrideAccess: true,
        context: serviceContext,
      })
    }
    if (status === 'waitlisted') await reconcileEvent(payload, event.id)
    const saved = await payload.findByID({
      collection: 'event-registrations',
      id: registration.id,
      depth: 0,
      overrideAccess: true,
    })
    const finalStatus =
      saved.status === 'attended' || saved.status === 'cancelled' ? 'confirmed' : saved.status
    if (notify) await queueRegistrationMail(payload, registration.id, outcomeMail[finalStatus])
    return {
      ok: true,
      registrationId: registration.id,
      status: finalStatus,
      position: finalStatus === 'waitlisted' ? (saved.waitlistPosition ?? null) : null,
    }
  })
}

async function findByEmail(payload: Payload, eventId: ID, email: string) {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ event: { equals: eventId } }, { email: { equals: email } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] as EventRegistration | undefined
}

/** The registration behind a registrant's link, or null for an unknown or malformed token. */
export async function registrationByToken(payload: Payload, token: unknown) {
  if (typeof token !== 'string' || !/^[\w-]{20,64}$/.test(token)) return null
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { token: { equals: token } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return (docs[0] as EventRegistration | undefined) ?? null
}

/** The registrant cancels through their link; their seat goes to the next on the waiting list. */
export async function cancelByToken(
  payload: Payload,
  token: unknown,
  { notify = true }: { notify?: boolean } = {},
): Promise<{ ok: true; alreadyCancelled: boolean } | { ok: false }> {
  const registration = await registrationByToken(payload, token)
  if (!registration) return { ok: false }
  if (registration.status === 'cancelled') return { ok: true, alreadyCancelled: true }
  const eventId = idFrom(registration.event)!
  await eventLock(eventId, async () => {
    const heldSeat = seatHoldingStatuses.includes(registration.status)
    await payload.update({
      collection: 'event-registrations',
      id: registration.id,
      data: { status: 'cancelled', waitlistPosition: null },
      depth: 0,
      overrideAccess: true,
      context: serviceContext,
    })
    if (heldSeat) await releaseSeat(payload, registration.id)
    if (notify) await queueRegistrationMail(payload, registration.id, 'selfCancelled')
    await reconcileEvent(payload, eventId)
  })
  return { ok: true, alreadyCancelled: false }
}

/** What the platform holds about the person behind a registration link (GDPR Art. 15 and 20). */
/**
 * The registrant's own data (GDPR Art. 15 and 20) in the language they registered in: the
 * event's title, their status and each question with its answer as they saw them, choices as
 * the option's text; field names stay English so programs can read the file too.
 */
export async function registrationDataByToken(payload: Payload, token: unknown) {
  const registration = await registrationByToken(payload, token)
  if (!registration) return null
  const locale = localeOrDefault(registration.language)
  const t = getT(locale, 'events')
  const eventId = idFrom(registration.event)!
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    locale,
    overrideAccess: true,
    select: {
      title: true,
      slug: true,
      startsAt: true,
      startsAt_tz: true,
      endsAt: true,
      questions: true,
    },
  })
  const answers = (registration.answers ?? {}) as Record<string, string>
  return {
    exportedAt: new Date().toISOString(),
    language: localeNames[locale],
    registration: {
      event: {
        title: event.title,
        url: `${readServerUrl()}/${locale}/events/${event.slug}`,
        when: formatEventTime(locale, event),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
      },
      name: registration.name,
      email: registration.email,
      organisation: registration.organisation ?? null,
      answers: (event.questions ?? [])
        .filter((question) => (answers[question.key] ?? '') !== '')
        .map((question) => ({
          question: question.label,
          answer: answerText(question, answers[question.key]),
        })),
      consent: registration.consent,
      language: localeNames[localeOrDefault(registration.language)],
      status: t(`registrationStatuses.${registration.status}`),
      waitlistPosition: registration.waitlistPosition ?? null,
      attendedAt: registration.attendedAt ?? null,
      lastEmail: registration.mailStatus ?? null,
      registeredAt: registration.createdAt,
      updatedAt: registration.updatedAt,
    },
    retention: t('registration.personalData.intro', { days: retentionDays() }),
  }
}

/**
 * The registrant erases their data through their link: an active registration is cancelled
 * first (the seat goes to the next person), then anonymised like expired ones.
 */
export async function eraseByToken(payload: Payload, token: unknown): Promise<{ ok: boolean }> {
  const registration = await registrationByToken(payload, token)
  if (!registration) return { ok: false }
  const eventId = idFrom(registration.event)!
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    overrideAccess: true,
    select: { endsAt: true },
  })
  if (
    ['confirmed', 'pending', 'waitlisted'].includes(registration.status) &&
    new Date(event.endsAt) > new Date()
  ) {
    // no "cancelled" mail: the address is about to be erased
    await cancelByToken(payload, token, { notify: false })
  }
  await anonymiseRegistration(payload, registration.id)
  return { ok: true }
}
