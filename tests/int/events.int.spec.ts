import ICAL from 'ical.js'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkInKey, registrationByCheckInKey } from '@/events/checkIn'
import { eventsFeed } from '@/events/feed'
import { eventsCalendar } from '@/events/ics'
import { buildRegistrationMail } from '@/events/mail'
import { getT } from '@/i18n/server'
import {
  cancelByToken,
  eraseByToken,
  eventRegistrationLimiter,
  registerForEvent,
  registrationByToken,
  registrationDataByToken,
} from '@/events/register'
import { parseEventFilters, seatCounts } from '@/events/listing'
import { instantAt } from '@/events/time'
import type { Event, Organisation, User } from '@/payload-types'

import { parseCalendarStrictly } from '../helpers/ics'
import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let organiser: User
let stranger: User
let editor: User
let host: Organisation
let other: Organisation

const day = 24 * 60 * 60 * 1000
let sequence = 0

async function createEvent(data: Partial<Event> = {}) {
  sequence += 1
  return payload.create({
    collection: 'events',
    data: {
      title: `Seminár ${sequence}`,
      type: 'seminar',
      startsAt: new Date(Date.now() + 10 * day).toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(Date.now() + 10 * day + 2 * 60 * 60 * 1000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      mode: 'in-person',
      venue: { municipality: 'Jihlava' },
      organisation: host.id,
      status: 'published',
      ...data,
    } as never,
  })
}

const person = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  email: `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\W+/g, '.')}@example.test`,
  consent: true,
  ...extra,
})

const register = (
  event: { id: number | string },
  body: unknown,
  locale: 'sk' | 'cs' | 'hu' | 'en' = 'sk',
) => registerForEvent(payload, event.id, body, { locale, ip: `ip-${Math.random()}` })

async function registrationsOf(event: { id: number | string }) {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { equals: event.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

const tokenOf = async (email: string) =>
  (
    await payload.find({
      collection: 'event-registrations',
      where: { email: { equals: email } },
      depth: 0,
    })
  ).docs[0].token

const runJobs = () => payload.jobs.run({ limit: 200 })

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
  organiser = await createUser(payload, ['ngo'])
  stranger = await createUser(payload, ['ngo'])
  host = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Oblastní charita Test',
      kind: 'charity',
      country: 'CZ',
      status: 'published',
      representatives: [organiser.id],
    } as never,
  })
  other = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Iná organizácia',
      kind: 'ngo',
      country: 'SK',
      status: 'published',
      representatives: [stranger.id],
    } as never,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('registration: confirm, waitlist, promote, cancel', () => {
  it('confirms up to capacity, then waitlists in order, and one address is one registration', async () => {
    const event = await createEvent({ capacity: 2 })
    // the listings' counts are kept between pages: read once before, they must follow each change
    const counts = async () => (await seatCounts(payload, [event.id])).get(String(event.id))
    expect(await counts()).toEqual({ taken: 0, waiting: 0 })
    expect(await register(event, person('Anna Kováčová'))).toMatchObject({
      ok: true,
      status: 'confirmed',
    })
    const second = await register(event, person('Boris Novák'))
    const third = await register(event, person('Csilla Tóth'), 'hu')
    const fourth = await register(event, person('Dana Malá'))
    expect(second).toMatchObject({ ok: true, status: 'confirmed' })
    expect(third).toMatchObject({ ok: true, status: 'waitlisted', position: 1 })
    expect(fourth).toMatchObject({ ok: true, status: 'waitlisted', position: 2 })

    // the same address again: answered as a newcomer would be now (the end of the waiting list)
    const again = await register(event, {
      ...person('Anna Kováčová'),
      email: 'ANNA.KOVACOVA@example.test',
    })
    expect(again).toMatchObject({ ok: true, status: 'waitlisted', position: 3 })
    expect(await registrationsOf(event)).toHaveLength(4)
    expect(await counts()).toEqual({ taken: 2, waiting: 2 })

    // Anna cancels through her link: Csilla (first waiting) gets the seat, Dana moves up
    expect(await cancelByToken(payload, await tokenOf('anna.kovacova@example.test'))).toEqual({
      ok: true,
      alreadyCancelled: false,
    })
    const after = Object.fromEntries(
      (await registrationsOf(event)).map((r) => [r.name, [r.status, r.waitlistPosition ?? null]]),
    )
    expect(after).toEqual({
      'Anna Kováčová': ['cancelled', null],
      'Boris Novák': ['confirmed', null],
      'Csilla Tóth': ['confirmed', null],
      'Dana Malá': ['waitlisted', 1],
    })
    expect(await counts()).toEqual({ taken: 2, waiting: 1 })
    const seats = await payload.find({
      collection: 'event-seats',
      where: { event: { equals: event.id } },
      depth: 0,
    })
    expect(seats.totalDocs).toBe(2)

    // every mail goes through the queue, in the registrant's language
    await runJobs()
    const to = (mail: { to?: unknown }, who: string) => JSON.stringify(mail.to).includes(who)
    // Csilla registered on the Hungarian page: her mail is in Hungarian
    const promoted = await sink.waitFor(
      (m) =>
        to(m, 'csilla.toth') && m.subject === `Felszabadult egy hely az Ön számára: ${event.title}`,
    )
    expect(promoted.attachments.some((a) => a.filename === 'event.ics')).toBe(true)
    const cancelled = await sink.waitFor(
      (m) => to(m, 'anna.kovacova') && m.subject === `Prihláška zrušená: ${event.title}`,
    )
    expect(cancelled.html).toContain('Anna Kováčová')
  })

  it('treats a tampered or unknown cancel token as invalid and changes nothing', async () => {
    const event = await createEvent({ capacity: 5 })
    await register(event, person('Eva Tampered'))
    const token = await tokenOf('eva.tampered@example.test')
    expect(await cancelByToken(payload, `${token}x`)).toEqual({ ok: false })
    expect(await cancelByToken(payload, '<script>')).toEqual({ ok: false })
    expect(await cancelByToken(payload, undefined)).toEqual({ ok: false })
    expect((await registrationsOf(event))[0].status).toBe('confirmed')
  })

  it('holds a seat while the organiser approves, and a declined seat goes to the next person', async () => {
    const event = await createEvent({ capacity: 1, registration: { requiresApproval: true } })
    expect(await register(event, person('Filip Pending'))).toMatchObject({ status: 'pending' })
    expect(await register(event, person('Gita Waiting'))).toMatchObject({
      status: 'waitlisted',
      position: 1,
    })
    const [filip, gita] = await registrationsOf(event)

    // another organisation's representative may not decide
    await expectForbidden(
      payload.update({
        collection: 'event-registrations',
        id: filip.id,
        data: { status: 'confirmed' },
        overrideAccess: false,
        user: stranger,
      }),
    )
    const declined = await payload.update({
      collection: 'event-registrations',
      id: filip.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: organiser,
    })
    expect(declined.status).toBe('cancelled')
    const next = await payload.findByID({
      collection: 'event-registrations',
      id: gita.id,
      depth: 0,
    })
    expect(next.status).toBe('pending') // promoted onto the seat, still subject to approval
    const approved = await payload.update({
      collection: 'event-registrations',
      id: gita.id,
      data: { status: 'confirmed' },
      overrideAccess: false,
      user: organiser,
    })
    expect(approved.status).toBe('confirmed')
    const checkedIn = await payload.update({
      collection: 'event-registrations',
      id: gita.id,
      data: { status: 'attended' },
      overrideAccess: false,
      user: organiser,
    })
    expect(checkedIn.attendedAt).toBeTruthy()
    await runJobs()
    await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('filip.pending') &&
        m.subject === `Prihláška neprijatá: ${event.title}`,
    )
    await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('gita.waiting') &&
        m.subject === `Prihláška potvrdená: ${event.title}`,
    )
  })

  it('refuses transitions that would overbook or resurrect a registration', async () => {
    const event = await createEvent({ capacity: 1 })
    await register(event, person('Hana Seated'))
    await register(event, person('Ivan Queued'))
    const [, ivan] = await registrationsOf(event)
    await expect(
      payload.update({
        collection: 'event-registrations',
        id: ivan.id,
        data: { status: 'confirmed' },
        overrideAccess: false,
        user: organiser,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    await payload.update({
      collection: 'event-registrations',
      id: ivan.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: organiser,
    })
    await expect(
      payload.update({
        collection: 'event-registrations',
        id: ivan.id,
        data: { status: 'waitlisted' },
        overrideAccess: false,
        user: organiser,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })

  it('with 30 registrations at once for 10 seats: exactly 10 confirmed, 20 waiting in a gapless order', async () => {
    const event = await createEvent({ capacity: 10 })
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => register(event, person(`Parallel ${i}`))),
    )
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    const all = await registrationsOf(event)
    expect(all).toHaveLength(30)
    expect(all.filter((r) => r.status === 'confirmed')).toHaveLength(10)
    const positions = all
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.waitlistPosition)
      .sort((a, b) => a! - b!)
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})

describe('the organiser changes the event', () => {
  it('refuses lowering capacity below the seats taken, unless told to move the latest to the waiting list', async () => {
    const event = await createEvent({ capacity: 3 })
    for (const name of ['Jozef One', 'Katarína Two', 'Lukáš Three', 'Mária Four'])
      await register(event, person(name))
    await expect(
      payload.update({
        collection: 'events',
        id: event.id,
        data: { capacity: 2 },
        overrideAccess: false,
        user: organiser,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    expect((await payload.findByID({ collection: 'events', id: event.id })).capacity).toBe(3)

    await payload.update({
      collection: 'events',
      id: event.id,
      data: { capacity: 2, moveExcessToWaitlist: true } as never,
      overrideAccess: false,
      user: organiser,
    })
    const state = Object.fromEntries(
      (await registrationsOf(event)).map((r) => [r.name, [r.status, r.waitlistPosition ?? null]]),
    )
    expect(state).toEqual({
      'Jozef One': ['confirmed', null],
      'Katarína Two': ['confirmed', null],
      'Lukáš Three': ['waitlisted', 1],
      'Mária Four': ['waitlisted', 2],
    })
    // raising it again promotes the first waiting person
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { capacity: 3 },
      overrideAccess: false,
      user: organiser,
    })
    expect((await registrationsOf(event)).find((r) => r.name === 'Lukáš Three')?.status).toBe(
      'confirmed',
    )
  })

  it('tells every registrant when the event is cancelled, with an .ics that removes it, and takes no new registrations', async () => {
    const event = await createEvent({
      capacity: 5,
      startsAt_tz: 'Europe/Bratislava',
      endsAt_tz: 'Europe/Bratislava',
    } as never)
    await register(event, person('Norbert Cancelled', { email: 'norbert@example.test' }), 'en')
    await runJobs()
    const confirmation = await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('norbert@') &&
        m.attachments.some((a) => a.filename === 'event.ics'),
    )
    const given = parseCalendarStrictly(
      confirmation.attachments.find((a) => a.filename === 'event.ics')!.content.toString(),
    )
    expect(given.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(
      given.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!.getParameter('tzid'),
    ).toBe('Europe/Bratislava')
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: organiser,
    })
    await runJobs()
    const mail = await sink.waitFor(
      (m) => JSON.stringify(m.to).includes('norbert@') && m.subject === `Cancelled: ${event.title}`,
    )
    const attachment = mail.attachments.find((a) => a.filename === 'event.ics')
    expect(attachment?.contentType).toBe('text/calendar')
    const removal = parseCalendarStrictly(attachment!.content.toString())
    expect(removal.getFirstPropertyValue('method')).toBe('CANCEL')
    const cancelled = removal.getFirstSubcomponent('vevent')!
    expect(cancelled.getFirstPropertyValue('uid')).toBe(
      given.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid'),
    )
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(Number(cancelled.getFirstPropertyValue('sequence'))).toBeGreaterThanOrEqual(
      Number(given.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')),
    )
    const before = (await registrationsOf(event)).length
    expect(await register(event, person('Too Late'))).toMatchObject({
      ok: false,
      httpStatus: 409,
      errors: { form: 'cancelled' },
    })
    expect(await registrationsOf(event)).toHaveLength(before)
  })
})

describe('check-in at the door', () => {
  /** What a phone's camera reads from a PNG attachment. */
  const readQr = (png: Buffer) => {
    const image = PNG.sync.read(png)
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
  }

  it('mails a QR code of a signed check-in link, which names one registration and cannot be forged', async () => {
    const event = await createEvent({ capacity: 5 })
    await register(event, person('Quido Kód', { email: 'quido@example.test' }), 'cs')
    await runJobs()
    const mail = await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('quido@') &&
        m.attachments.some((a) => a.filename === 'check-in.png'),
    )
    const code = mail.attachments.find((a) => a.filename === 'check-in.png')!
    expect(code.contentType).toBe('image/png')
    // the HTML shows the attachment inline (the parser resolves its cid into the image)
    expect(code.cid).toBe('check-in-code')
    expect(mail.html).toMatch(
      new RegExp(
        `<img src="data:image/png;base64,[^"]+" alt="${getT('cs', 'events')('checkIn.codeAlt')}"`,
      ),
    )
    const url = readQr(code.content)
    const [registration] = await registrationsOf(event)
    expect(url).toMatch(
      new RegExp(
        `/cs/events/check-in/${checkInKey(payload, registration.id).replace('.', '\\.')}$`,
      ),
    )
    // the same link in words, for a reader who cannot scan
    expect(mail.text).toContain(url)
    // it is not the registrant's own key, which could cancel the registration
    expect(url).not.toContain(registration.token)

    const key = decodeURIComponent(url!.split('/').pop()!)
    expect((await registrationByCheckInKey(payload, key))?.id).toBe(registration.id)
    const [id, signature] = key.split('.')
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    for (const forged of [
      `${id}.${flipped}`,
      `${Number(id) + 1}.${signature}`,
      `${id}.${signature}x`,
      id,
      `${id}.`,
      '../1.aaaaaaaaaaaaaaaaaaaaaa',
    ]) {
      expect(await registrationByCheckInKey(payload, forged), forged).toBeNull()
    }
  })

  it('puts no code into the mails of an online event', async () => {
    const event = await createEvent({
      mode: 'online',
      onlineUrl: 'https://meet.example.org/online',
      venue: undefined,
    } as never)
    await register(event, person('Olga Online', { email: 'olga.online@example.test' }), 'sk')
    await runJobs()
    const mail = await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('olga.online@') &&
        m.attachments.some((a) => a.filename === 'event.ics'),
    )
    expect(mail.attachments.some((a) => a.filename === 'check-in.png')).toBe(false)
    expect(mail.html).not.toContain('check-in')
  })
})

describe('bad input stores nothing', () => {
  it.each([
    ['a missing name', { email: 'x@example.test', consent: true }, { name: 'required' }],
    [
      'an invalid e-mail',
      { name: 'Ondrej', email: 'not-an-email', consent: true },
      { email: 'email' },
    ],
    ['no consent', { name: 'Ondrej', email: 'o@example.test' }, { consent: 'consent' }],
    [
      'consent as a string',
      { name: 'Ondrej', email: 'o@example.test', consent: 'yes' },
      { consent: 'consent' },
    ],
    [
      'script in the name',
      { name: '<script>alert(1)</script>', email: 'o@example.test', consent: true },
      { name: 'html' },
    ],
    [
      'a huge name',
      { name: 'x'.repeat(10_000), email: 'o@example.test', consent: true },
      { name: 'tooLong' },
    ],
    ['a number as e-mail', { name: 'Ondrej', email: 42, consent: true }, { email: 'email' }],
    [
      'a missing required answer',
      { name: 'Ondrej', email: 'o@example.test', consent: true, answers: {} },
      { 'answers.diet': 'required' },
    ],
    [
      'an unknown choice',
      { name: 'Ondrej', email: 'o@example.test', consent: true, answers: { diet: '7' } },
      { 'answers.diet': 'choice' },
    ],
    [
      'an unknown question',
      { name: 'Ondrej', email: 'o@example.test', consent: true, answers: { diet: '0', evil: 'x' } },
      { answers: 'invalidBody' },
    ],
  ])('refuses %s', async (_label, body, errors) => {
    const event = await createEvent({
      capacity: 5,
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          required: true,
          label: 'Strava',
          options: [{ label: 'Bežná' }, { label: 'Vegetariánska' }],
        },
      ],
    } as never)
    const outcome = await register(event, body)
    expect(outcome).toMatchObject({ ok: false, httpStatus: 400, errors })
    expect(await registrationsOf(event)).toHaveLength(0)
  })

  it.each([
    ['a body that is not an object', 'name=x', 400, 'invalidBody'],
    ['an array body', [1, 2], 400, 'invalidBody'],
  ])('refuses %s', async (_label, body, httpStatus, code) => {
    const event = await createEvent({ capacity: 5 })
    expect(await register(event, body)).toMatchObject({
      ok: false,
      httpStatus,
      errors: { form: code },
    })
  })

  it('refuses closed windows, past, draft and unknown events', async () => {
    const closed = await createEvent({
      registration: { closesAt: new Date(Date.now() - day).toISOString() },
    } as never)
    const notYet = await createEvent({
      registration: { opensAt: new Date(Date.now() + day).toISOString() },
    } as never)
    const past = await createEvent({
      startsAt: new Date(Date.now() - 3 * day).toISOString(),
      endsAt: new Date(Date.now() - 3 * day + 3600_000).toISOString(),
    })
    const draft = await createEvent({ status: 'draft' })
    expect(await register(closed, person('Pavol'))).toMatchObject({
      httpStatus: 409,
      errors: { form: 'windowClosed' },
    })
    expect(await register(notYet, person('Pavol'))).toMatchObject({
      httpStatus: 409,
      errors: { form: 'windowNotOpen' },
    })
    expect(await register(past, person('Pavol'))).toMatchObject({
      httpStatus: 409,
      errors: { form: 'ended' },
    })
    expect(await register(draft, person('Pavol'))).toMatchObject({
      httpStatus: 404,
      errors: { form: 'notFound' },
    })
    expect(await register({ id: 999_999 }, person('Pavol'))).toMatchObject({ httpStatus: 404 })
    const stored = await payload.count({
      collection: 'event-registrations',
      where: { email: { equals: 'pavol@example.test' } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('refuses an event that ends before it starts, with a localized message', async () => {
    const start = new Date(Date.now() + 5 * day)
    const error = await createEvent({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() - 3600_000).toISOString(),
    }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('endsAt')
  })

  it('refuses a question key that is not a plain code, in the admin user’s language', async () => {
    const error = await createEvent({
      questions: [{ key: 'Diéta <b>', kind: 'text', label: 'Strava' }],
    } as never).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'ValidationError' })
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('questions')
  })

  it('checks the answers whatever else failed, so every error comes back in one answer', async () => {
    const event = await createEvent({
      capacity: 5,
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          required: true,
          label: 'Strava',
          options: [{ label: 'Bežná' }, { label: 'Vegetariánska' }],
        },
        { key: 'access', kind: 'text', required: true, label: 'Bezbariérovosť' },
      ],
    } as never)
    // a given answer is not reported missing because the consent was
    const noConsent = await register(event, {
      name: 'Oto Bez',
      email: 'oto@example.test',
      answers: { diet: '1', access: 'rampa' },
    })
    expect(noConsent).toEqual({ ok: false, httpStatus: 400, errors: { consent: 'consent' } })
    const everything = await register(event, { name: '', email: 'nope', answers: { diet: '9' } })
    expect(everything).toEqual({
      ok: false,
      httpStatus: 400,
      errors: {
        name: 'required',
        email: 'email',
        consent: 'consent',
        'answers.diet': 'choice',
        'answers.access': 'required',
      },
    })
    expect(await registrationsOf(event)).toHaveLength(0)
  })

  it('rate-limits one address and says how many minutes to wait', async () => {
    const event = await createEvent({ capacity: 100 })
    eventRegistrationLimiter.reset()
    const results = []
    for (let i = 0; i < 25; i += 1) {
      results.push(
        await registerForEvent(payload, event.id, person(`Rate ${i}`), {
          locale: 'sk',
          ip: '203.0.113.9',
        }),
      )
    }
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results[20]).toEqual({
      ok: false,
      httpStatus: 429,
      errors: { form: 'rateLimited' },
      retryAfterMinutes: 60,
    })
    eventRegistrationLimiter.reset()
  })

  it('holds the limit for registrations sent all at once', async () => {
    const event = await createEvent({ capacity: 100 })
    eventRegistrationLimiter.reset()
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        registerForEvent(payload, event.id, person(`Parallel Rate ${i}`), {
          locale: 'sk',
          ip: '203.0.113.11',
        }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results.filter((r) => !r.ok && r.httpStatus === 429)).toHaveLength(5)
    eventRegistrationLimiter.reset()
  })

  it('does not count refused attempts against the registrations, but stops a flood of them', async () => {
    const event = await createEvent({ capacity: 100 })
    eventRegistrationLimiter.reset()
    const ip = '203.0.113.10'
    for (let i = 0; i < 40; i += 1) {
      const refused = await registerForEvent(
        payload,
        event.id,
        { name: `Typo ${i}`, email: 'typo@' },
        { locale: 'sk', ip },
      )
      expect(refused).toMatchObject({ ok: false, httpStatus: 400 })
    }
    // a person who corrected their typos forty times still registers
    expect(
      await registerForEvent(payload, event.id, person('Opravená Adresa'), { locale: 'sk', ip }),
    ).toMatchObject({ ok: true })
    for (let i = 40; i < 60; i += 1)
      await registerForEvent(
        payload,
        event.id,
        { name: `Typo ${i}`, email: 'typo@' },
        { locale: 'sk', ip },
      )
    expect(
      await registerForEvent(payload, event.id, person('Po Záplave'), { locale: 'sk', ip }),
    ).toMatchObject({
      ok: false,
      httpStatus: 429,
      retryAfterMinutes: 60,
    })
    eventRegistrationLimiter.reset()
  })
})

describe('who reads and writes registrations', () => {
  it('shows registrations to the organiser and editors only, and the online link to no visitor', async () => {
    const event = await createEvent({
      capacity: 5,
      mode: 'online',
      onlineUrl: 'https://meet.example.org/room',
      venue: {},
    } as never)
    await register(event, person('Quido Private'))
    const read = (user: User | null) =>
      payload.find({
        collection: 'event-registrations',
        where: { event: { equals: event.id } },
        overrideAccess: false,
        user,
        depth: 0,
      })
    expect((await read(organiser)).totalDocs).toBe(1)
    expect((await read(editor)).totalDocs).toBe(1)
    expect((await read(stranger)).totalDocs).toBe(0)
    await expectForbidden(read(null))
    // the secret token never leaves through the API, not even to the organiser
    expect((await read(organiser)).docs[0]).not.toHaveProperty('token')

    const publicView = await payload.findByID({
      collection: 'events',
      id: event.id,
      overrideAccess: false,
      user: null,
    })
    expect(publicView.onlineUrl).toBeUndefined()
    const ownView = await payload.findByID({
      collection: 'events',
      id: event.id,
      overrideAccess: false,
      user: organiser,
    })
    expect(ownView.onlineUrl).toBe('https://meet.example.org/room')
  })

  it('keeps an event’s version history to its organiser and editors', async () => {
    const event = await createEvent({ capacity: 5 })
    await payload.update({ collection: 'events', id: event.id, data: { title: 'Nový názov' } })
    const versions = (user: User) =>
      payload.findVersions({
        collection: 'events',
        where: { parent: { equals: event.id } },
        overrideAccess: false,
        user,
      })
    expect((await versions(organiser)).totalDocs).toBeGreaterThan(0)
    expect((await versions(editor)).totalDocs).toBeGreaterThan(0)
    expect((await versions(stranger)).totalDocs).toBe(0)
  })

  it('lets nobody create a registration around the registration service', async () => {
    const event = await createEvent({ capacity: 5 })
    const data = {
      event: event.id,
      organiser: host.id,
      name: 'Sneaky',
      email: 's@example.test',
      consent: true,
      status: 'confirmed',
      token: 'x'.repeat(30),
      language: 'sk',
    }
    await expectForbidden(
      payload.create({
        collection: 'event-registrations',
        data: data as never,
        overrideAccess: false,
        user: null,
      }),
    )
    await expectForbidden(
      payload.create({
        collection: 'event-registrations',
        data: data as never,
        overrideAccess: false,
        user: organiser,
      }),
    )
  })

  it('keeps drafts to their organisation and lets representatives manage only their own events', async () => {
    const draft = await createEvent({ status: 'draft' })
    expect(
      (
        await payload.find({
          collection: 'events',
          where: { id: { equals: draft.id } },
          overrideAccess: false,
          user: null,
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.find({
          collection: 'events',
          where: { id: { equals: draft.id } },
          overrideAccess: false,
          user: stranger,
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.find({
          collection: 'events',
          where: { id: { equals: draft.id } },
          overrideAccess: false,
          user: organiser,
        })
      ).totalDocs,
    ).toBe(1)
    await expectForbidden(
      payload.update({
        collection: 'events',
        id: draft.id,
        data: { title: 'Hijacked' },
        overrideAccess: false,
        user: stranger,
      }),
    )
    await expectForbidden(
      payload.create({
        collection: 'events',
        data: {
          title: 'Foreign',
          startsAt: draft.startsAt,
          endsAt: draft.endsAt,
          startsAt_tz: 'Europe/Prague',
          endsAt_tz: 'Europe/Prague',
          organisation: host.id,
          status: 'draft',
        } as never,
        overrideAccess: false,
        user: stranger,
      }),
    )
    const own = await payload.create({
      collection: 'events',
      data: {
        title: 'Vlastné',
        startsAt: draft.startsAt,
        endsAt: draft.endsAt,
        startsAt_tz: 'Europe/Bratislava',
        endsAt_tz: 'Europe/Bratislava',
        organisation: other.id,
        status: 'published',
        mode: 'online',
      } as never,
      overrideAccess: false,
      user: stranger,
    })
    expect(own.status).toBe('published')
  })
})

describe('personal data after the event', () => {
  it('erases registrants of events that ended more than the retention period ago, and only those', async () => {
    const old = await createEvent({ capacity: 5 })
    const recent = await createEvent({ capacity: 5 })
    await register(
      old,
      person('Viktor Old', { organisation: 'Spolok', email: 'viktor.old@example.test' }),
    )
    await register(recent, person('Wanda Recent', { email: 'wanda.recent@example.test' }))
    const oldToken = await tokenOf('viktor.old@example.test')
    const endedDaysAgo = async (event: { id: number | string }, days: number) =>
      payload.update({
        collection: 'events',
        id: event.id,
        data: {
          startsAt: new Date(Date.now() - days * day - 3600_000).toISOString(),
          endsAt: new Date(Date.now() - days * day).toISOString(),
        },
      })
    await endedDaysAgo(old, 91)
    await endedDaysAgo(recent, 10)
    await payload.jobs.queue({ task: 'anonymiseRegistrations', input: {} })
    await runJobs()
    const [erased] = await registrationsOf(old)
    expect(erased).toMatchObject({
      name: '—',
      organisation: null,
      answers: null,
      status: 'confirmed',
    })
    expect(erased.email).toMatch(/^anonymised-.+@invalid\.invalid$/)
    expect(await registrationByToken(payload, oldToken)).toBeNull()
    const [kept] = await registrationsOf(recent)
    expect(kept).toMatchObject({ name: 'Wanda Recent', email: 'wanda.recent@example.test' })
  })
})

describe('personal data through the registration link', () => {
  it('gives the registrant their own data, and erases it on request: the seat goes to the next person', async () => {
    const event = await createEvent({ capacity: 1 })
    await register(
      event,
      person('Xenia Export', {
        organisation: 'Komunitné centrum',
        email: 'xenia.export@example.test',
      }),
    )
    await register(event, person('Yvona Next', { email: 'yvona.next@example.test' }))
    const token = await tokenOf('xenia.export@example.test')

    const data = await registrationDataByToken(payload, token)
    expect(data?.registration).toMatchObject({
      name: 'Xenia Export',
      email: 'xenia.export@example.test',
      organisation: 'Komunitné centrum',
      // in the language the person registered in (Slovak here)
      status: getT('sk', 'events')('registrationStatuses.confirmed'),
    })
    expect(data?.registration.event.title).toBe(event.title)
    // only this registration: nothing of the other registrant
    expect(JSON.stringify(data)).not.toContain('yvona')
    expect(await registrationDataByToken(payload, 'not-a-real-token-but-long-enough')).toBeNull()

    expect(await eraseByToken(payload, token)).toEqual({ ok: true })
    const mine = (await registrationsOf(event)).find((row) => row.email.startsWith('anonymised-'))
    expect(mine).toMatchObject({
      name: '—',
      organisation: null,
      answers: null,
      status: 'cancelled',
    })
    // the link is spent; the waiting list moved up
    expect(await registrationByToken(payload, token)).toBeNull()
    expect(await registrationDataByToken(payload, token)).toBeNull()
    expect(
      (await registrationsOf(event)).find((row) => row.email === 'yvona.next@example.test')?.status,
    ).toBe('confirmed')
    expect(await eraseByToken(payload, token)).toEqual({ ok: false })
  })
})

describe('calendar and mail delivery', () => {
  it('does not offer to view or cancel a registration the organiser declined', async () => {
    const event = await createEvent({ registration: { requiresApproval: true } } as never)
    await register(event, person('Hana Declined'), 'cs')
    const [hana] = await registrationsOf(event)
    await payload.update({
      collection: 'event-registrations',
      id: hana.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: organiser,
    })
    const t = getT('cs', 'events')
    const declined = await buildRegistrationMail(payload, String(hana.id), 'declined')
    expect(declined.subject).toBe(t('mail.declined.subject', { event: event.title }))
    expect(declined.html).not.toContain(t('mail.manage'))
    expect(declined.html).not.toContain('/events/registration/')
    expect(declined.html).toContain(`/cs/events/${event.slug}`)
    // a confirmed registrant still gets the link to their registration
    await register(event, person('Ivo Pending'), 'cs')
    const ivo = (await registrationsOf(event)).find((row) => row.name === 'Ivo Pending')!
    expect((await buildRegistrationMail(payload, String(ivo.id), 'confirmed')).html).toContain(
      t('mail.manage'),
    )
  })

  it('reminds confirmed registrants the day before, once', async () => {
    const soon = Date.now() + 20 * 60 * 60 * 1000
    const event = await createEvent({
      capacity: 1,
      startsAt: new Date(soon).toISOString(),
      endsAt: new Date(soon + 3600_000).toISOString(),
    } as never)
    await register(event, person('Tibor Reminded'), 'en')
    await register(event, person('Ursula Waiting'), 'en')
    for (let round = 0; round < 2; round += 1) {
      await payload.jobs.queue({ task: 'queueEventReminders', input: {} })
      await runJobs()
      await runJobs()
    }
    await sink.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('tibor.reminded') && m.subject === `Tomorrow: ${event.title}`,
    )
    const reminders = sink.messages.filter((m) => m.subject === `Tomorrow: ${event.title}`)
    expect(reminders).toHaveLength(1) // not twice, and not to the waiting list
  })

  it('writes an .ics that a maintained parser reads back with the place’s time zone', () => {
    const startsAt = instantAt('2026-07-01T10:00', 'Europe/Budapest').toISOString()
    const endsAt = instantAt('2026-07-01T12:30', 'Europe/Budapest').toISOString()
    expect(startsAt).toBe('2026-07-01T08:00:00.000Z')
    const text = eventsCalendar(
      [
        {
          id: 7,
          title: 'Szociális gondoskodás; ülés, 2026',
          startsAt,
          endsAt,
          timeZone: 'Europe/Budapest',
          status: 'published',
          url: 'https://platform.test/hu/events/ules',
          updatedAt: new Date().toISOString(),
        },
      ],
      { name: 'Események', locale: 'hu', host: 'platform.test' },
    )
    const calendar = new ICAL.Component(ICAL.parse(text))
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone)
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(vevent.summary).toBe('Szociális gondoskodás; ülés, 2026')
    expect(vevent.startDate.zone?.tzid).toBe('Europe/Budapest')
    expect(vevent.startDate.toJSDate().toISOString()).toBe(startsAt)
    expect(vevent.endDate.toJSDate().toISOString()).toBe(endsAt)
    expect(vevent.component.getFirstPropertyValue('url')).toBe(
      'https://platform.test/hu/events/ules',
    )
    // winter time in the same zone is an hour later in UTC terms
    expect(instantAt('2026-12-01T10:00', 'Europe/Prague').toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    )
  })

  it('keeps the whole feed until an event changes, and makes a filtered one when asked', async () => {
    const titles = async (query: Record<string, string> = {}) => {
      const calendar = new ICAL.Component(
        ICAL.parse(await eventsFeed(payload, 'sk', parseEventFilters(query))),
      )
      return calendar
        .getAllSubcomponents('vevent')
        .map((vevent) => String(vevent.getFirstPropertyValue('summary')))
    }
    const before = await titles()
    const online = await createEvent({ title: 'Webinár o bývaní', mode: 'online' } as never)
    const after = await titles()
    expect(after).toContain('Webinár o bývaní')
    expect(after).toHaveLength(before.length + 1)
    expect(await titles({ mode: 'online' })).toContain('Webinár o bývaní')
    expect(await titles({ mode: 'in-person' })).not.toContain('Webinár o bývaní')
    await payload.update({
      collection: 'events',
      id: online.id,
      data: { title: 'Webinár o bývaní a práci' },
    })
    expect(await titles()).toContain('Webinár o bývaní a práci')
    await payload.update({ collection: 'events', id: online.id, data: { status: 'draft' } })
    expect((await titles()).join()).not.toContain('Webinár o bývaní')
  })

  it('defines exactly one VTIMEZONE for each TZID, a Slovak event’s Europe/Bratislava included', () => {
    const entry = (id: number, timeZone: string) => ({
      id,
      title: `Stretnutie ${id}`,
      startsAt: instantAt('2026-03-28T10:00', timeZone).toISOString(),
      endsAt: instantAt('2026-03-28T12:00', timeZone).toISOString(),
      timeZone,
      status: 'published',
      url: `https://platform.test/sk/events/${id}`,
      updatedAt: new Date().toISOString(),
    })
    const feed = eventsCalendar(
      [
        entry(1, 'Europe/Bratislava'),
        entry(2, 'Europe/Prague'),
        entry(3, 'Europe/Bratislava'),
        entry(4, 'Europe/Budapest'),
      ],
      { name: 'Podujatia', locale: 'sk', host: 'platform.test' },
    )
    const calendar = parseCalendarStrictly(feed)
    expect(
      calendar
        .getAllSubcomponents('vtimezone')
        .map((zone) => zone.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['Europe/Bratislava', 'Europe/Budapest', 'Europe/Prague'])
    const first = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(first.startDate.zone?.tzid).toBe('Europe/Bratislava')
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-03-28T09:00:00.000Z')
    // the strict reading refuses what the platform used to write
    const old = feed.replace(/TZID:Europe\/Bratislava/g, 'TZID:Europe/Prague')
    expect(() => parseCalendarStrictly(old)).toThrow(
      /Europe\/Bratislava has no VTIMEZONE|defined twice/,
    )
  })

  it('keeps the registration when SMTP is down, shows the failure, and delivers once SMTP is back', async () => {
    const downCtxEvent = await createEvent({ capacity: 5 })
    // a second sink of our own, refusing every connection: the port stays ours while SMTP is down
    const outage = await startSmtpSink()
    outage.setDown(true)
    const adapter = payload as unknown as { sendEmail: (m: unknown) => Promise<unknown> }
    const original = adapter.sendEmail
    const { default: nodemailer } = await import('nodemailer')
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: outage.port,
      connectionTimeout: 2000,
    })
    adapter.sendEmail = (message) =>
      transport.sendMail({ from: 'noreply@platform.test', ...(message as object) })
    try {
      const outcome = await register(downCtxEvent, person('Rudolf Offline'))
      expect(outcome).toMatchObject({ ok: true, status: 'confirmed' })
      await runJobs()
      const [failed] = await registrationsOf(downCtxEvent)
      expect(failed.status).toBe('confirmed')
      expect(failed.mailStatus).toBe('failed')
      expect(failed.mailError).toBeTruthy()
      expect(outage.messages).toHaveLength(0)
      // SMTP comes back on that very port
      outage.setDown(false)
      await runJobs()
      const mail = await outage.waitFor((m) => JSON.stringify(m.to).includes('rudolf.offline'))
      expect(mail.subject).toContain(downCtxEvent.title)
      expect((await registrationsOf(downCtxEvent))[0].mailStatus).toBe('sent')
    } finally {
      adapter.sendEmail = original
      await outage.close()
    }
  })
})
