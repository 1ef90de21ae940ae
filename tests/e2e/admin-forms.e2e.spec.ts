import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)
const { logIn, api, save, settle, openTab } = adminSession(baseURL, password, newPage)

type ID = number | string
const stamp = Date.now()
const EDITOR = 'editor@example.org'

/** Dates in US order (12/24/2026) or with a 12-hour clock. */
const usDate = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/i

let event: ID
let organisation: ID

beforeAll(async () => {
  const admin = await logIn('admin@example.org', 'cs')
  organisation = (
    await api<{ doc: { id: ID } }>(admin, 'post', '/api/organisations', {
      name: `Spolek Data ${stamp}`,
      kind: 'ngo',
      country: 'CZ',
      status: 'published',
    })
  ).doc.id
  // 14:08 on Christmas Eve in Prague (UTC+1): a time no 15-minute step of the list would offer
  event = // in Slovak, the content language the editor's admin opens in (their preferred language)
    (
      await api<{ doc: { id: ID } }>(admin, 'post', '/api/events', {
        title: `Seminár o dátumoch ${stamp}`,
        type: 'seminar',
        startsAt: '2026-12-24T13:08:00.000Z',
        startsAt_tz: 'Europe/Prague',
        endsAt: '2026-12-24T15:08:00.000Z',
        endsAt_tz: 'Europe/Prague',
        mode: 'in-person',
        venue: { municipality: 'Jihlava' },
        organisation,
        questions: [
          {
            kind: 'choice',
            required: false,
            label: 'Aké jedlo si želáte?',
            options: [{ label: 'Bežné' }],
          },
        ],
        status: 'published',
      })
    ).doc.id
  await admin.close()
})

const picker = (page: Page, field: string) =>
  page.locator(`#field-${field} .react-datepicker__input-container input`)

/** The event's edit view, once the form is there and the browser has had time to re-render. */
async function openEvent(page: Page) {
  await page.goto(`/admin/collections/events/${event}`)
  await picker(page, 'startsAt').waitFor()
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(500)
}

/** Types a date and time into a picker as a person would, and leaves the field. */
async function type(page: Page, field: string, value: string) {
  const input = picker(page, field)
  await input.click()
  await input.fill('')
  await input.pressSequentially(value)
  await input.press('Tab')
}

async function stored(page: Page) {
  return api<{ startsAt: string; endsAt: string }>(
    page,
    'get',
    `/api/events/${event}?depth=0&select[startsAt]=true&select[endsAt]=true`,
  )
}

describe('date pickers in the admin language', () => {
  it('shows and reads d. M. yyyy H:mm in Czech', async () => {
    const page = await logIn(EDITOR, 'cs')
    await openEvent(page)
    expect(await picker(page, 'startsAt').inputValue()).toBe('24. 12. 2026 14:08')
    expect(await picker(page, 'endsAt').inputValue()).toBe('24. 12. 2026 16:08')

    // the time list of the open picker is a 24-hour clock, and so is every value on the form
    await picker(page, 'startsAt').click()
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times).toContain('9:00')
    expect(times.join(' ')).not.toMatch(usDate)
    await page.keyboard.press('Escape')
    const values = await page
      .locator('.react-datepicker__input-container input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(values.filter((value) => usDate.test(value))).toEqual([])

    await type(page, 'startsAt', '27. 12. 2026 9:30')
    await type(page, 'endsAt', '27. 12. 2026 11:00')
    expect(await picker(page, 'startsAt').inputValue()).toBe('27. 12. 2026 9:30')
    const response = await save(page, 'events', event)
    expect(response.status(), await response.text()).toBeLessThan(300)
    // the wall time in the event's time zone (Prague, UTC+1 in December)
    expect(await stored(page)).toMatchObject({
      startsAt: '2026-12-27T08:30:00.000Z',
      endsAt: '2026-12-27T10:00:00.000Z',
    })
    await openEvent(page)
    expect(await picker(page, 'startsAt').inputValue()).toBe('27. 12. 2026 9:30')
    await page.close()
  })

  it('shows and reads yyyy. MM. dd. H:mm in Hungarian', async () => {
    const page = await logIn(EDITOR, 'hu')
    await openEvent(page)
    expect(await picker(page, 'startsAt').inputValue()).toBe('2026. 12. 27. 9:30')
    await picker(page, 'startsAt').click()
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times).toContain('13:45')
    expect(times.join(' ')).not.toMatch(usDate)
    // the calendar's weekdays are Hungarian too (Payload's own default would be Su Mo Tu …)
    const weekdays = await page.locator('.react-datepicker__day-name').allInnerTexts()
    expect(weekdays).toContain('Cs')
    expect(weekdays).not.toContain('Mo')
    await page.keyboard.press('Escape')

    await type(page, 'startsAt', '2026. 12. 28. 10:15')
    await type(page, 'endsAt', '2026. 12. 28. 12:00')
    await settle(page)
    const response = await save(page, 'events', event)
    expect(response.status(), await response.text()).toBeLessThan(300)
    expect(await stored(page)).toMatchObject({
      startsAt: '2026-12-28T09:15:00.000Z',
      endsAt: '2026-12-28T11:00:00.000Z',
    })
    await openEvent(page)
    expect(await picker(page, 'startsAt').inputValue()).toBe('2026. 12. 28. 10:15')
    expect(await picker(page, 'endsAt').inputValue()).toBe('2026. 12. 28. 12:00')
    await page.close()
  })
})

describe('the list’s date filter in the admin language', () => {
  // Payload's own button texts in each language, and the picker's value for the 11th of the month
  const cases = [
    {
      language: 'cs',
      filters: 'Filtry',
      addFilter: 'Přidat filtr',
      value: /^11\. \d{1,2}\. \d{4} 0:00$/,
    },
    {
      language: 'hu',
      filters: 'Szűrők',
      addFilter: 'Szűrő hozzáadása',
      value: /^\d{4}\. \d{2}\. 11\. 0:00$/,
    },
  ] as const

  it.each(cases)(
    'reads and shows a date the $language way, on a 24-hour clock',
    async ({ language, filters, addFilter, value }) => {
      const page = await logIn(EDITOR, language)
      await page.goto('/admin/collections/events')
      await page.getByRole('button', { name: filters }).click()
      await page.getByRole('button', { name: addFilter }).click()
      await page.locator('.condition__field .rs__control').first().click()
      await page
        .locator('.rs__option', { hasText: getT(language, 'events')('fields.startsAt') })
        .first()
        .click()
      const input = page.locator('.condition-value-date input').first()
      await input.click()
      const times = await page.locator('.react-datepicker__time-list-item').allTextContents()
      expect(times.slice(0, 2)).toEqual(['0:00', '0:15'])
      expect(times.join(' ')).not.toMatch(usDate)
      await page
        .locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)')
        .nth(10)
        .click()
      await expect.poll(() => input.inputValue()).toMatch(value)
    },
  )
})

describe('the edit-lock notice', () => {
  it('names the colleague editing and says since when, the way the language writes it', async () => {
    const admin = await logIn('admin@example.org', 'cs')
    await admin.goto(`/admin/collections/organisations/${organisation}`)
    await admin.locator('#field-name').waitFor()
    // Payload takes the lock with the form state that follows the first change
    await admin.fill('#field-name', `Spolek Data ${stamp} (úprava)`)
    await settle(admin)

    const editor = await logIn(EDITOR, 'hu')
    await editor.goto(`/admin/collections/organisations/${organisation}`)
    const notice = editor.locator('.document-locked__content')
    await notice.waitFor()
    await expect.poll(() => notice.locator('p').first().innerText()).toContain('Platform Admin')
    // Payload writes this time as Dec 1, 2026, 3:08 PM, whatever the admin's language
    await expect
      .poll(() => notice.locator('p').last().locator('strong').innerText())
      .toMatch(/^\d{4}\. \d{2}\. \d{2}\. \d{1,2}:\d{2}$/)
    expect(await notice.innerText()).not.toMatch(usDate)
    await editor.close()
    await admin.close()
  })
})

describe('the map picker under a centre’s position', () => {
  it('sets latitude and longitude from a click on the map, and the save keeps them', async () => {
    const page = await logIn(EDITOR, 'cs')
    const found = await api<{ docs: { id: ID; latitude: number; longitude: number }[] }>(
      page,
      'get',
      '/api/centres?where[slug][equals]=centrum-socialnich-sluzeb-prunerov&depth=0',
    )
    const centre = found.docs[0]
    await page.goto(`/admin/collections/centres/${centre.id}`)
    await openTab(page, getT('cs', 'admin')('tabs.photosPosition'), '#field-latitude')
    const texts = getT('cs', 'register')
    const map = page.getByRole('region', { name: texts('centre.pickerLabel') })
    await map.scrollIntoViewIfNeeded()
    // the map opens on the stored position and draws its pin there (no tiles in the tests)
    await map.locator('.position-picker__pin').waitFor()
    await settle(page)
    const box = (await map.boundingBox())!
    // east of the middle: the same latitude, a larger longitude
    await page.mouse.click(box.x + box.width / 2 + 80, box.y + box.height / 2)
    await expect
      .poll(async () => Number(await page.inputValue('#field-longitude')))
      .toBeGreaterThan(centre.longitude)
    const latitude = Number(await page.inputValue('#field-latitude'))
    const longitude = Number(await page.inputValue('#field-longitude'))
    expect(Math.abs(latitude - centre.latitude)).toBeLessThan(0.001)
    expect(longitude - centre.longitude).toBeLessThan(0.01)
    expect((await save(page, 'centres', centre.id)).status()).toBe(200)
    const stored = await api<{ latitude: number; longitude: number }>(
      page,
      'get',
      `/api/centres/${centre.id}?depth=0`,
    )
    expect(stored).toMatchObject({ latitude, longitude })
    // put it back for the other files' journeys
    await api(page, 'patch', `/api/centres/${centre.id}`, {
      latitude: centre.latitude,
      longitude: centre.longitude,
    })
  })
})

describe('a refusal on a tab that is not open', () => {
  it('marks the tab with the count and shows the reason beside the field once it is opened', async () => {
    const admin = await logIn('admin@example.org', 'cs')
    const full = (
      await api<{ doc: { id: ID } }>(admin, 'post', '/api/events', {
        title: `Seminár o kapacite ${stamp}`,
        type: 'seminar',
        startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        startsAt_tz: 'Europe/Prague',
        endsAt: new Date(Date.now() + 20 * 86_400_000 + 7_200_000).toISOString(),
        endsAt_tz: 'Europe/Prague',
        mode: 'in-person',
        venue: { municipality: 'Jihlava' },
        organisation,
        capacity: 2,
        registration: { opensAt: new Date(Date.now() - 86_400_000).toISOString() },
        status: 'published',
      })
    ).doc.id
    for (const n of [1, 2]) {
      const response = await admin.request.post(`/api/events/${full}/register`, {
        headers: { 'accept-language': 'cs', 'x-forwarded-for': `10.8.${n}.7` },
        data: { name: `Účastník ${n}`, email: `kapacita${n}.${stamp}@example.org`, consent: true },
      })
      expect(response.status(), await response.text()).toBeLessThan(300)
    }
    await admin.close()

    const tabs = getT('cs', 'admin')
    const page = await logIn(EDITOR, 'cs')
    await page.goto(`/admin/collections/events/${full}`)
    await openTab(page, tabs('tabs.registrationQuestions'), '#field-capacity')
    await page.fill('#field-capacity', '1')
    await settle(page)
    // saved from another tab: the capacity's own is not rendered when the server refuses it
    await openTab(page, tabs('tabs.event'))
    expect((await save(page, 'events', full)).status()).toBe(400)
    const tab = page.locator('.tabs-field__tab-button', {
      hasText: tabs('tabs.registrationQuestions'),
    })
    await expect.poll(() => tab.getAttribute('class')).toContain('--has-error')
    expect(await tab.locator('.error-pill').innerText()).toBe('1')
    await openTab(page, tabs('tabs.registrationQuestions'), '#field-capacity')
    const reason = getT('cs', 'events')('errors.capacityBelowSeats', { count: 2 })
    await page
      .locator('.field-type:has(#field-capacity) .field-error', { hasText: reason })
      .waitFor()
    expect(
      (await api<{ capacity: number }>(page, 'get', `/api/events/${full}?depth=0`)).capacity,
    ).toBe(2)
  })
})
