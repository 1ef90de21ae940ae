import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { apiToken } from '../helpers/apiToken'
import { setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'
import { openEventId } from '../helpers/openEvent'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

/*
 * The three journeys of the accessibility requirement, done with the keyboard alone: no click,
 * no fill. Each stop checks that the focused element shows a visible focus indicator.
 */

const focusState = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      text: (element.textContent ?? '').trim().slice(0, 80),
      visible:
        (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
        style.boxShadow !== 'none',
    }
  })

type Focus = NonNullable<Awaited<ReturnType<typeof focusState>>>

/** Tab (or Shift+Tab) until the focused element matches; fails if it never does. */
async function tabTo(
  page: Page,
  matches: (focus: Focus) => boolean,
  { max = 200, back = false } = {},
) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const focus = await focusState(page)
    if (focus && matches(focus)) {
      expect(focus.visible, `focus on ${focus.tag}#${focus.id} is not visible`).toBe(true)
      return focus
    }
  }
  throw new Error('the element was never reached with the Tab key')
}

const byId = (id: string) => (focus: Focus) => focus.id === id

async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, byId(id))
  await page.keyboard.type(text)
}

/** A closed <select>: arrow keys move through the options, as a keyboard user does. */
async function chooseWithArrows(page: Page, id: string, value: string) {
  await tabTo(page, byId(id))
  for (let i = 0; i < 80; i += 1) {
    if (
      (await page.evaluate(
        (el) => (document.getElementById(el) as HTMLSelectElement).value,
        id,
      )) === value
    )
      return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`option ${value} of #${id} not reached`)
}

describe('keyboard only', () => {
  it('skips to the content: the first Tab reaches the skip link, Enter moves focus to the main content', async () => {
    const page = await newPage()
    await page.goto('/hu')
    await page.keyboard.press('Tab')
    const first = await focusState(page)
    expect(first?.text).toBe(getT('hu', 'common')('skipToContent'))
    expect(first?.visible).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('registers an organisation and its centre', async () => {
    const suffix = Date.now().toString(36)
    const page = await newPage()
    await page.goto('/sk/register')
    await typeInto(page, 'name', 'Katarína Horváthová')
    await typeInto(page, 'email', `katarina.${suffix}@ozdruzenie.example`)
    await typeInto(page, 'password', 'a very good password')
    await tabTo(page, byId('consent'))
    await page.keyboard.press('Space')
    await typeInto(page, 'organisationName', `Združenie Klávesnica ${suffix}`)
    await chooseWithArrows(page, 'organisationKind', 'ngo')
    await chooseWithArrows(page, 'country', 'SK')
    await typeInto(page, 'centreName', `Komunitné centrum Klávesnica ${suffix}`)
    await typeInto(page, 'centreMunicipality', 'Prešov')
    await chooseWithArrows(page, 'region', 'SK041')
    await tabTo(page, (focus) => focus.id.startsWith('service-'))
    await page.keyboard.press('Space')
    await typeInto(page, 'latitude', '49.0')
    await typeInto(page, 'longitude', '21.24')
    await tabTo(
      page,
      (focus) => focus.tag === 'button' && focus.text === getT('sk', 'register')('submit'),
    )
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: getT('sk', 'register')('success.title') }).waitFor()
    await waitForMail(inbox, (mail) => mail.to.includes(`katarina.${suffix}@ozdruzenie.example`))
  })

  it('registers for an event, then downloads and erases the data through the e-mailed link', async () => {
    const token = await apiToken(baseURL, 'admin@example.org', password)
    const eventId = await openEventId(baseURL, token)
    const event = (await (
      await fetch(`${baseURL}/api/events/${eventId}?depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { slug: string }
    const t = getT('en', 'events')
    const email = `keyboard.${Date.now().toString(36)}@example.test`

    const page = await newPage()
    await page.goto(`/en/events/${event.slug}`)
    await typeInto(page, 'event-name', 'Tomáš Klávesa')
    await typeInto(page, 'event-email', email)
    await tabTo(page, byId('event-consent'))
    await page.keyboard.press('Space')
    await tabTo(page, (focus) => focus.tag === 'button' && focus.text === t('form.submit'))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      t('form.success.confirmed'),
    )

    const mail = await waitForMail(inbox, (m) => m.to.includes(email), 30_000)
    const link = /href="([^"]+\/en\/events\/registration\/[^"]+)"/
      .exec(String(mail.html))![1]
      .replace(/^https?:\/\/[^/]+/, '')
    await page.goto(link)
    const download = await tabTo(
      page,
      (focus) => focus.text === t('registration.personalData.download'),
    )
    const data = (await (await fetch(`${baseURL}${download.href}`)).json()) as {
      registration: { name: string; email: string }
    }
    expect(data.registration).toMatchObject({ name: 'Tomáš Klávesa', email })
    await tabTo(
      page,
      (focus) => focus.tag === 'button' && focus.text === t('registration.personalData.erase'),
    )
    // erasing asks first: the button opens the question, a second one answers it
    await Promise.all([page.waitForURL(/erase=confirm/), page.keyboard.press('Enter')])
    await tabTo(
      page,
      (focus) => focus.tag === 'button' && focus.text === t('registration.personalData.eraseYes'),
    )
    await Promise.all([page.waitForURL(/erased=1/), page.keyboard.press('Enter')])
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      t('registration.personalData.erased'),
    )
    expect((await fetch(`${baseURL}${download.href}`)).status).toBe(404)
  })

  it('logs in as a working-group member and reads approved minutes', async () => {
    const token = await apiToken(baseURL, 'member@example.org', password)
    // the demo's latest approved minutes (other journeys approve meetings of their own, days ago)
    const before = new Date(Date.now() - 5 * 86_400_000).toISOString()
    const approved = (await (
      await fetch(
        `${baseURL}/api/meetings?where[status][equals]=minutes-approved&where[startsAt][less_than]=${before}&sort=-startsAt&limit=1&depth=0`,
        { headers: { Authorization: `JWT ${token}` } },
      )
    ).json()) as { docs: { id: number }[] }
    const meetingId = approved.docs[0].id

    const page = await newPage()
    await page.goto('/cs/login')
    await typeInto(page, 'login-email', 'member@example.org')
    await typeInto(page, 'login-password', password)
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith('/login')),
      page.keyboard.press('Enter'),
    ])
    await page.goto('/cs/working-groups/vysocina-platform')
    await tabTo(page, (focus) => (focus.href ?? '').endsWith(`/meetings/${meetingId}`))
    await Promise.all([
      page.waitForURL(new RegExp(`/meetings/${meetingId}$`)),
      page.keyboard.press('Enter'),
    ])
    const t = getT('cs', 'workingGroups')
    await page.getByRole('heading', { name: t('fields.attendance') }).waitFor()
    await page.getByRole('heading', { name: t('pages.meeting.versions') }).waitFor()
  })
})
