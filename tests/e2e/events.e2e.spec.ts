import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'
import { locales } from '@/i18n/locales'

import { axeViolations, setUpBrowser } from '../helpers/browser'
import { parseCalendarStrictly } from '../helpers/ics'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const newPage = setUpBrowser(baseURL)

const FULL_WITH_WAITLIST = 'liberec-kulaty-stul-dluhove-poradenstvi' // 8 seats, 11 registered
const CANCELLED = 'michalovce-komunitny-plan-socialnych-sluzieb'
const VAS_MEETING = 'vas-munkacsoport-ules-szocialis-gondoskodas-2022'

let auth: Record<string, string>
let editorToken: string
let organisationId: number | string

const api = (path: string, init: RequestInit = {}) => fetch(`${baseURL}${path}`, init)
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

/** A fresh upcoming event (through the REST API, as the demo editor) for a test of its own. */
async function createEvent(title: string, data: Record<string, unknown> = {}) {
  const start = Date.now() + 7 * 86_400_000
  const response = await api('/api/events', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      title,
      type: 'workshop',
      startsAt: new Date(start).toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(start + 3 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      mode: 'in-person',
      venue: { municipality: 'Jihlava' },
      organisation: organisationId,
      status: 'published',
      ...data,
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

async function registrationsOf(eventId: number | string) {
  const response = await api(
    `/api/event-registrations?where[event][equals]=${eventId}&limit=500&depth=0`,
    { headers: auth },
  )
  return (
    (await response.json()) as {
      docs: { email: string; status: string; waitlistPosition?: number | null }[]
    }
  ).docs
}

beforeAll(async () => {
  const login = await api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: inject('adminPassword') }),
  }).then((r) => r.json() as Promise<{ token: string }>)
  editorToken = login.token
  auth = { 'content-type': 'application/json', authorization: `JWT ${editorToken}` }
  const organisations = await api(
    '/api/organisations?where[slug][equals]=kraj-vysocina&depth=0',
  ).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
  organisationId = organisations.docs[0].id
})

describe('events pages', () => {
  it.each(locales)(
    'lists upcoming events, past events and the month calendar without accessibility violations (%s)',
    async (locale) => {
      const t = getT(locale, 'events')
      const page = await newPage()
      await page.goto(`/${locale}/events`)
      expect(await page.locator('h1').textContent()).toBe(t('title'))
      expect(await page.locator('.event-summary').count()).toBeGreaterThan(3)
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`/${locale}/events?when=past`)
      expect(await page.locator('.event-summary').count()).toBeGreaterThanOrEqual(18)
      await page.goto(`/${locale}/events?view=calendar&month=2022-10`)
      expect(
        await page.locator(`.month-calendar a[href="/${locale}/events/${VAS_MEETING}"]`).count(),
      ).toBe(1)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('filters by type and mode without JavaScript, and the feed honours the same filters', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/events')
    await page.locator('#filter-mode').selectOption('online')
    await page.getByRole('button', { name: getT('en', 'events')('filters.apply') }).click()
    await page.waitForURL(/mode=online/)
    const titles = await page.locator('.event-summary__title').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    const feedHref = await page
      .getByRole('link', { name: getT('en', 'events')('subscribe') })
      .getAttribute('href')
    expect(feedHref).toContain('mode=online')
    const feed = await api(feedHref!)
    expect(feed.headers.get('content-type')).toContain('text/calendar')
    const calendar = parseCalendarStrictly(await feed.text())
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('summary')))
    expect(summaries.sort()).toEqual(expect.arrayContaining(titles.map((title) => title.trim())))
  })

  it.each(locales)(
    'shows an event with seats, waiting list, JSON-LD and the form, accessibly (%s)',
    async (locale) => {
      const t = getT(locale, 'events')
      const page = await newPage()
      await page.goto(`/${locale}/events/${FULL_WITH_WAITLIST}`)
      await expect(page.locator('.facts').textContent()).resolves.toContain(t('detail.full'))
      await expect(page.locator('.facts').textContent()).resolves.toContain(
        t('detail.waitlist', { count: 3 }),
      )
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent())!,
      )
      expect(data).toMatchObject({
        '@type': 'Event',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        maximumAttendeeCapacity: 8,
        remainingAttendeeCapacity: 0,
      })
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('shows a cancelled event as cancelled, with no form and schema.org EventCancelled', async () => {
    const page = await newPage()
    await page.goto(`/sk/events/${CANCELLED}`)
    expect(await page.locator('form.register-form').count()).toBe(0)
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(data.remainingAttendeeCapacity).toBeUndefined()
    // no seats, free or taken, for an event that will not happen
    const t = getT('sk', 'events')
    expect(await page.locator('.facts').textContent()).not.toContain(t('detail.capacity'))
    // and the month calendar marks it
    const startsAt = (await page.locator('.facts time').getAttribute('datetime'))!
    await page.goto(`/sk/events?view=calendar&month=${startsAt.slice(0, 7)}`)
    expect(
      await page.locator(`.month-calendar a[href="/sk/events/${CANCELLED}"]`).textContent(),
    ).toContain(t('statuses.cancelled'))
  })

  it('says when an event is not yet translated, and marks its text with the language it is in', async () => {
    const event = await createEvent('Seminár len po slovensky', { capacity: 5 })
    const page = await newPage()
    await page.goto(`/en/events/${event.slug}`)
    const notice = getT('en', 'common')('fallback.notice', { language: 'English', shown: 'Slovak' })
    expect(await page.getByRole('note').textContent()).toBe(notice)
    expect(await page.locator('h1').getAttribute('lang')).toBe('sk')
    expect(await axeViolations(page)).toEqual([])
    // the demo events are translated: no notice
    await page.goto(`/en/events/${FULL_WITH_WAITLIST}`)
    expect(await page.getByRole('note').count()).toBe(0)
    expect(await page.locator('h1').getAttribute('lang')).toBe('en')
  })

  it('serves the whole feed with exactly one VTIMEZONE for each zone its events use', async () => {
    const feed = await api('/sk/events/calendar.ics')
    expect(feed.status).toBe(200)
    const calendar = parseCalendarStrictly(await feed.text())
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0)
  })

  it('serves an .ics per event in the time zone of the place', async () => {
    const response = await api(`/hu/events/${VAS_MEETING}/event.ics`)
    expect(response.status).toBe(200)
    const calendar = parseCalendarStrictly(await response.text())
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(event.startDate.zone?.tzid).toBe('Europe/Budapest')
    expect(event.startDate.toString()).toBe('2022-10-27T10:00:00')
    expect(event.startDate.toJSDate().toISOString()).toBe('2022-10-27T08:00:00.000Z')
    expect(String(event.component.getFirstPropertyValue('url'))).toBe(
      `${baseURL}/hu/events/${VAS_MEETING}`,
    )
  })
})

describe('registration over HTTP', () => {
  it('with 60 simultaneous registrations for 10 seats: exactly 10 confirmed, 50 waiting, none lost or doubled', async () => {
    const event = await createEvent('Souběžný workshop', { capacity: 10 })
    const people = Array.from({ length: 60 }, (_, i) => ({
      name: `Účastník ${i}`,
      email: `parallel.${i}@example.test`,
      consent: true,
    }))
    const responses = await Promise.all(
      people.map((person) => api(`/api/events/${event.id}/register`, json(person))),
    )
    const bodies = await Promise.all(
      responses.map((r) => r.json() as Promise<{ status: string; position: number | null }>),
    )
    expect(responses.map((r) => r.status).every((status) => status === 201)).toBe(true)
    expect(bodies.filter((b) => b.status === 'confirmed')).toHaveLength(10)
    expect(bodies.filter((b) => b.status === 'waitlisted')).toHaveLength(50)
    // the same people again, all at once: nobody is registered twice, and each is answered as a
    // newcomer would be now (the event is full: the 51st place on the waiting list)
    const again = await Promise.all(
      people.slice(0, 15).map((person) => api(`/api/events/${event.id}/register`, json(person))),
    )
    expect(again.every((r) => r.status === 201)).toBe(true)
    const againBodies = await Promise.all(
      again.map((r) => r.json() as Promise<{ status: string; position: number | null }>),
    )
    expect(againBodies.every((b) => b.status === 'waitlisted' && b.position === 51)).toBe(true)
    const stored = await registrationsOf(event.id)
    expect(stored).toHaveLength(60)
    expect(new Set(stored.map((r) => r.email)).size).toBe(60)
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(10)
    const positions = stored
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.waitlistPosition)
      .sort((a, b) => a! - b!)
    expect(positions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })

  it.each([
    [
      'invalid JSON',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' },
      400,
    ],
    [
      'a form-encoded body',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=x',
      },
      400,
    ],
    ['an invalid e-mail', json({ name: 'Test', email: 'nope', consent: true }), 400],
    ['missing consent', json({ name: 'Test', email: 'consent@example.test' }), 400],
    [
      'a script in the name',
      json({ name: '<script>alert(1)</script>', email: 'xss@example.test', consent: true }),
      400,
    ],
    [
      'a huge body',
      json({ name: 'x'.repeat(200_000), email: 'big@example.test', consent: true }),
      400,
    ],
  ])('answers %s with a localized 4xx and stores nothing', async (_label, init, status) => {
    const event = await createEvent(`Chybné vstupy ${Math.random()}`, { capacity: 5 })
    const response = await api(`/api/events/${event.id}/register`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'accept-language': 'cs' },
    } as RequestInit)
    expect(response.status).toBe(status)
    const body = (await response.json()) as { errors: Record<string, string> }
    const messages = Object.values(body.errors)
    expect(messages.length).toBeGreaterThan(0)
    // Czech, from the Czech locale file
    const czech = Object.values(
      getT('cs', 'events')('errors', { returnObjects: true }) as Record<string, string>,
    )
    expect(messages.every((message) => czech.includes(message))).toBe(true)
    expect(await registrationsOf(event.id)).toHaveLength(0)
  })

  it('refuses a cancelled event with 409 and an unknown one with 404', async () => {
    const cancelled = await api(`/api/events?where[slug][equals]=${CANCELLED}&depth=0`).then(
      (r) => r.json() as Promise<{ docs: { id: number }[] }>,
    )
    const response = await api(
      `/api/events/${cancelled.docs[0].id}/register`,
      json({ name: 'Late', email: 'late@example.test', consent: true }),
    )
    expect(response.status).toBe(409)
    expect(
      (
        await api(
          '/api/events/99999999/register',
          json({ name: 'X', email: 'x@example.test', consent: true }),
        )
      ).status,
    ).toBe(404)
  })

  it('keeps registrations and the CSV to the organiser', async () => {
    const event = await createEvent('Seznam pro pořadatele', { capacity: 1 })
    await api(
      `/api/events/${event.id}/register`,
      json({ name: 'Alena First', email: 'alena@example.test', consent: true }),
    )
    await api(
      `/api/events/${event.id}/register`,
      json({ name: '=HYPERLINK("x")', email: 'formula@example.test', consent: true }),
    )
    expect((await api(`/api/event-registrations?where[event][equals]=${event.id}`)).status).toBe(
      403,
    )
    expect((await api(`/api/events/${event.id}/registrations.csv`)).status).toBe(401)
    const csv = await api(`/api/events/${event.id}/registrations.csv?locale=en`, { headers: auth })
    expect(csv.status).toBe(200)
    const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ Name: 'Alena First', Status: 'Confirmed' })
    expect(rows[1]).toMatchObject({ Status: 'On the waiting list', 'Waiting list': '1' })
    // a spreadsheet formula arrives as text
    expect(rows[1].Name.startsWith("'=")).toBe(true)
  })
})

describe('the registrant’s journey in Chromium', () => {
  it('registers on the page, gets the mail with the .ics, cancels through its link, and the next person is promoted', async () => {
    const event = await createEvent('Dílna o dluzích', { capacity: 1 })
    const t = getT('cs', 'events')
    const page = await newPage()
    await page.goto(`/cs/events/${event.slug}`)
    await page.locator('#event-name').fill('Jana Svobodová')
    await page.locator('#event-email').fill('jana.svobodova@example.test')
    await page.locator('#event-consent').check()
    await page.getByRole('button', { name: t('form.submit') }).click()
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      t('form.success.confirmed'),
    )

    // the next person is on the waiting list
    const second = await api(`/api/events/${event.id}/register`, {
      ...json({
        name: 'Gábor Kiss',
        email: 'gabor.kiss@example.test',
        consent: true,
        language: 'hu',
      }),
    })
    expect(await second.json()).toMatchObject({ status: 'waitlisted', position: 1 })

    const confirmation = await waitForMail(
      inbox,
      (m) =>
        m.to.includes('jana.svobodova') &&
        m.subject === t('mail.confirmed.subject', { event: 'Dílna o dluzích' }),
      30_000,
    )
    const ics = confirmation.attachments?.find((a) => a.filename === 'event.ics')
    expect(ics?.content).toContain('TZID=Europe/Prague')
    const link = /href="([^"]+\/cs\/events\/registration\/[^"]+)"/.exec(
      String(confirmation.html),
    )![1]
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('confirmed')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: t('registration.cancel') }).click()
    await page.waitForURL(/cancelled=1/)
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('cancelled')

    const promoted = await waitForMail(
      inbox,
      (m) =>
        m.to.includes('gabor.kiss') &&
        m.subject === getT('hu', 'events')('mail.promoted.subject', { event: 'Dílna o dluzích' }),
      30_000,
    )
    expect(promoted.attachments?.some((a) => a.filename === 'event.ics')).toBe(true)
    const stored = await registrationsOf(event.id)
    expect(Object.fromEntries(stored.map((r) => [r.email, r.status]))).toEqual({
      'jana.svobodova@example.test': 'cancelled',
      'gabor.kiss@example.test': 'confirmed',
    })
  })

  it('lets the organiser check a person in from a phone', async () => {
    const event = await createEvent('Kontrola u dveří', { capacity: 5 })
    await api(
      `/api/events/${event.id}/register`,
      json({ name: 'Petra Dveřní', email: 'petra@example.test', consent: true }),
    )
    const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true })
    await page.context().addCookies([{ name: 'payload-token', value: editorToken, url: baseURL }])
    const t = getT('cs', 'events')
    await page.goto(`/cs/events/${event.slug}`)
    await page.getByRole('link', { name: t('detail.manage') }).click()
    await page.waitForURL(/\/registrations$/)
    await page.getByRole('button', { name: `${t('manage.checkIn')} Petra Dveřní` }).click()
    await page.waitForURL(/done=1/)
    expect(await page.locator('.registrant').first().textContent()).toContain(
      t('registrationStatuses.attended'),
    )
    expect(await axeViolations(page)).toEqual([])
    expect((await registrationsOf(event.id))[0].status).toBe('attended')
  })

  it('keeps a long list workable: pages of 50, the view kept after each action, answers, bulk approval, a confirmed decline with its reason', async () => {
    const title = 'Velká konference'
    const event = await createEvent(title, {
      capacity: 500,
      registration: { requiresApproval: true },
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          required: true,
          label: 'Strava',
          options: [{ label: 'Běžná' }, { label: 'Vegetariánská' }],
        },
      ],
    })
    const t = getT('cs', 'events')
    // 120 people in batches (the registration service takes them one by one per event)
    for (let batch = 0; batch < 4; batch += 1) {
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => batch * 30 + i).map((n) =>
          api(
            `/api/events/${event.id}/register`,
            json({
              name: `Host ${String(n).padStart(3, '0')}`,
              email: `long.list.${n}@example.test`,
              consent: true,
              language: 'cs',
              answers: { diet: n % 2 === 0 ? '0' : '1' },
            }),
          ),
        ),
      )
      expect(responses.every((r) => r.status === 201)).toBe(true)
    }
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await page.context().addCookies([{ name: 'payload-token', value: editorToken, url: baseURL }])
    const list = `/cs/events/${event.slug}/registrations`
    await page.goto(list)
    expect(await page.locator('.registrant').count()).toBe(50)
    expect(await page.locator('nav.pagination a, .pagination a').count()).toBeGreaterThan(0)
    // the answer of each row, as its label
    expect(await page.locator('#registration-list, .registrant-list').textContent()).toContain(
      'Vegetariánská',
    )
    expect(await axeViolations(page)).toEqual([])

    // search, then approve two people at once: the search is still there afterwards
    await page.fill('#registrant-search', 'Host 01')
    await page.getByRole('button', { name: t('manage.show') }).click()
    await page.waitForURL(/q=Host\+01/)
    // "Host 010"–"Host 019", and the few others holding the digits (001, 101)
    const found = await page.locator('.registrant').count()
    expect(found).toBeGreaterThanOrEqual(10)
    expect(found).toBeLessThan(50)
    await page.getByLabel(t('manage.select', { name: 'Host 010' })).check()
    await page.getByLabel(t('manage.select', { name: 'Host 011' })).check()
    await page.getByRole('button', { name: t('manage.approveSelected') }).click()
    await page.waitForURL(/approved=2/)
    expect(await page.inputValue('#registrant-search')).toBe('Host 01')
    expect(await page.getByRole('status').first().textContent()).toContain(
      t('manage.approvedMany', { count: 2 }),
    )
    const statuses = async () =>
      Object.fromEntries(
        (await registrationsOf(event.id)).map((r) => [r.email, r.status] as [string, string]),
      )
    expect((await statuses())['long.list.10@example.test']).toBe('confirmed')
    expect((await statuses())['long.list.11@example.test']).toBe('confirmed')
    expect((await statuses())['long.list.12@example.test']).toBe('pending')

    // declining asks first, takes a reason, and the person's mail says it
    const row = page.locator('.registrant', { hasText: 'Host 012' })
    await row.getByRole('link', { name: t('manage.decline') }).click()
    await page.waitForURL(/confirm=/)
    expect((await statuses())['long.list.12@example.test']).toBe('pending')
    await page
      .getByLabel(t('manage.reason', { name: 'Host 012' }))
      .fill('Kapacita sálu je vyčerpána.')
    await page.getByRole('button', { name: t('manage.confirmDecline') }).click()
    await page.waitForURL(/done=1/)
    expect(await page.inputValue('#registrant-search')).toBe('Host 01')
    expect((await statuses())['long.list.12@example.test']).toBe('cancelled')
    const declined = await waitForMail(
      inbox,
      (m) =>
        m.to.includes('long.list.12@') &&
        m.subject === t('mail.declined.subject', { event: title }),
      // behind the 120 "we have your registration" mails in the queue
      90_000,
    )
    expect(declined.text).toContain('Kapacita sálu je vyčerpána.')

    // "Back" changes nothing
    const other = page.locator('.registrant', { hasText: 'Host 013' })
    await other.getByRole('link', { name: t('manage.decline') }).click()
    await page.waitForURL(/confirm=/)
    await page.getByRole('link', { name: t('manage.keep') }).click()
    expect((await statuses())['long.list.13@example.test']).toBe('pending')

    // the status filter counts and narrows
    await page.goto(`${list}?status=confirmed`)
    expect(await page.locator('.registrant').count()).toBe(2)
  })

  it('checks a person in from the QR code on their page: one tap for the organiser, nothing for anyone else', async () => {
    const title = 'Vstup s kódem'
    const event = await createEvent(title, { capacity: 5 })
    const t = getT('cs', 'events')
    await api(
      `/api/events/${event.id}/register`,
      json({
        name: 'Quido Vstupní',
        email: 'quido.vstup@example.test',
        consent: true,
        language: 'cs',
      }),
    )
    const mail = await waitForMail(
      inbox,
      (m) =>
        m.to.includes('quido.vstup') && m.subject === t('mail.confirmed.subject', { event: title }),
      30_000,
    )
    const checkIn = /https?:\/\/[^\s"<]+\/cs\/events\/check-in\/[\w.-]+/.exec(mail.text)![0]
    const own = /href="([^"]+\/cs\/events\/registration\/[^"]+)"/.exec(String(mail.html))![1]

    // the registrant's page shows the code; a camera reads the same link from the screen
    const registrant = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await registrant.goto(own.replace(/^https?:\/\/[^/]+/, ''))
    const code = registrant.getByRole('img', { name: t('checkIn.codeAlt') })
    const shot = PNG.sync.read(await code.screenshot())
    expect(jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(checkIn)
    expect(await axeViolations(registrant)).toEqual([])
    const path = new URL(checkIn).pathname

    // a visitor who photographs the code learns nothing: not whose it is, not for what
    const visitor = await newPage()
    await visitor.goto(path)
    const anonymous = await visitor.locator('main').textContent()
    expect(anonymous).toContain(t('checkIn.signIn'))
    expect(anonymous).not.toContain('Quido')
    expect(anonymous).not.toContain(title)
    expect(await axeViolations(visitor)).toEqual([])

    // a signed-in user who does not organise the event, and a forged code, get the same answer
    const member = await api('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'member@example.org', password: inject('adminPassword') }),
    }).then((r) => r.json() as Promise<{ token: string }>)
    const outsider = await newPage()
    await outsider
      .context()
      .addCookies([{ name: 'payload-token', value: member.token, url: baseURL }])
    const [id, signature] = path.split('/').pop()!.split('.')
    for (const probe of [path, path.replace(/[^/]+$/, `${id}.${signature.slice(1)}A`)]) {
      await outsider.goto(probe)
      const text = await outsider.locator('main').textContent()
      expect(text).toContain(t('checkIn.notYours'))
      expect(text).not.toContain('Quido')
      expect(text).not.toContain(title)
    }
    expect(
      (await registrationsOf(event.id)).find((r) => r.email === 'quido.vstup@example.test')?.status,
    ).toBe('confirmed')

    // the organiser on a phone: the camera app opens the link, one tap checks Quido in
    const organiser = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await organiser
      .context()
      .addCookies([{ name: 'payload-token', value: editorToken, url: baseURL }])
    await organiser.goto(path)
    expect(await organiser.locator('.check-in__name').textContent()).toBe('Quido Vstupní')
    expect(await axeViolations(organiser)).toEqual([])
    await organiser.getByRole('button', { name: `${t('manage.checkIn')}: Quido Vstupní` }).click()
    await organiser.waitForURL(/done=1/)
    expect(await organiser.getByRole('status').textContent()).toContain(
      t('checkIn.checkedIn', { when: '' })
        .replace(/\s*\.$/, '')
        .trim(),
    )
    expect(await organiser.locator('[data-status]').getAttribute('data-status')).toBe('attended')
    expect(await organiser.getByRole('button', { name: t('manage.checkIn') }).count()).toBe(0)
    expect(
      (await registrationsOf(event.id)).find((r) => r.email === 'quido.vstup@example.test')?.status,
    ).toBe('attended')
  })

  it('gives organisers the events and registrations in the admin, with time zones and mail status', async () => {
    const page = await newPage({ locale: 'en-GB' })
    await page.context().addCookies([{ name: 'payload-token', value: editorToken, url: baseURL }])
    const listed = await api(`/api/events?where[slug][equals]=${FULL_WITH_WAITLIST}&depth=0`, {
      headers: auth,
    }).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
    await page.goto(`/admin/collections/events/${listed.docs[0].id}`)
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    expect(await page.locator('body').textContent()).toContain('Europe/Prague')
    await page.goto('/admin/collections/event-registrations')
    await page.locator('table').waitFor({ timeout: 30_000 })
    const table = await page.locator('table').textContent()
    expect(table).toContain(getT('en', 'events')('fields.mailStatus'))
  })

  it('shows the form’s errors next to the fields without JavaScript', async () => {
    const event = await createEvent('Formulář bez skriptů', { capacity: 5 })
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`/hu/events/${event.slug}`)
    const t = getT('hu', 'events')
    await page.locator('#event-email').fill('not-an-email')
    await page.getByRole('button', { name: t('form.submit') }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('#email-error').textContent()).toBe(t('errors.email'))
    expect(await page.locator('#consent-error').textContent()).toBe(t('errors.consent'))
    expect(await registrationsOf(event.id)).toHaveLength(0)
    // the same error state, rendered by React, is accessible too
    const scripted = await newPage()
    await scripted.goto(`/hu/events/${event.slug}`)
    await scripted.getByRole('button', { name: t('form.submit') }).click()
    await scripted.locator('.error-summary').waitFor()
    expect(await axeViolations(scripted)).toEqual([])
  })
  it.each([
    ['desktop', 1280, true],
    ['phone', 390, true],
    ['phone without JavaScript', 390, false],
  ] as const)(
    'keeps every answer after a refused submit, focuses the error summary and reports all errors at once (%s)',
    async (_label, width, javaScriptEnabled) => {
      const event = await createEvent(`Otázky ${width} ${javaScriptEnabled}`, {
        capacity: 5,
        questions: [
          {
            key: 'diet',
            kind: 'choice',
            required: true,
            label: 'Strava',
            options: [{ label: 'Běžná' }, { label: 'Vegetariánská' }],
          },
          { key: 'access', kind: 'text', required: false, label: 'Bezbariérový přístup' },
        ],
      })
      const t = getT('cs', 'events')
      const page = await newPage({
        javaScriptEnabled,
        viewport: { width, height: 800 },
        extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${width % 250}` },
      })
      await page.goto(`/cs/events/${event.slug}`)
      // required fields are marked for assistive technology too
      for (const id of ['#event-name', '#event-email', '#event-answers-diet', '#event-consent']) {
        expect(await page.locator(id).getAttribute('required'), id).not.toBeNull()
      }
      expect(await page.locator('#event-consent + label a').getAttribute('href')).toBe(
        '/cs/privacy',
      )
      await page.locator('#event-name').fill('Jana Nováková')
      await page.locator('#event-email').fill('jana@')
      await page.locator('#event-answers-diet').selectOption('1')
      await page.locator('#event-answers-access').fill('vozík')
      await page.getByRole('button', { name: t('form.submit') }).click()
      await page.locator('.error-summary').waitFor()
      await page.locator('#error-summary:focus').waitFor({ timeout: 5_000 })
      expect(await page.locator('#email-error').textContent()).toBe(t('errors.email'))
      expect(await page.locator('#consent-error').textContent()).toBe(t('errors.consent'))
      expect(await page.locator('.error-summary li').count()).toBe(2)
      expect(await page.locator('#event-name').inputValue()).toBe('Jana Nováková')
      expect(await page.locator('#event-email').inputValue()).toBe('jana@')
      expect(await page.locator('#event-answers-diet').inputValue()).toBe('1')
      expect(await page.locator('#event-answers-access').inputValue()).toBe('vozík')
      // the page was sent without the framework, and so is the one drawn from the refusal
      expect(await page.locator('script[src^="/_next/"]').count()).toBe(0)
      // axe runs as a script in the page
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])

      // the consent is kept as well, once given
      await page.locator('#event-consent').check()
      await page.locator('#event-email').fill('')
      await page.getByRole('button', { name: t('form.submit') }).click()
      await page.locator('#email-error').waitFor()
      await page.locator('#error-summary:focus').waitFor({ timeout: 5_000 })
      expect(await page.locator('#consent-error').count()).toBe(0)
      expect(await page.locator('#event-consent').isChecked()).toBe(true)
      expect(await page.locator('#event-answers-diet').inputValue()).toBe('1')

      await page.locator('#event-email').fill(`jana.${width}.${javaScriptEnabled}@example.test`)
      await page.getByRole('button', { name: t('form.submit') }).click()
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        t('form.success.confirmed'),
      )
      const response = await api(
        `/api/event-registrations?where[event][equals]=${event.id}&depth=0`,
        { headers: auth },
      )
      const [registration] = (
        (await response.json()) as { docs: { answers: Record<string, string> }[] }
      ).docs
      expect(registration.answers).toEqual({ diet: '1', access: 'vozík' })
    },
  )
})
