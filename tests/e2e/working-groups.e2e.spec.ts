import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { simplePdf } from '@/utilities/pdf'

import { parseCalendarStrictly } from '../helpers/ics'
import { axeViolations, setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

const GROUP = 'vysocina-platform'
const MEMBER = 'member@example.org'
const COORDINATOR = 'coordinator@example.org'
// coordinates another group: a member, but not of the Vysočina platform
const OUTSIDER = 'vas.coordinator@example.org'
const PRIVATE_DISCUSSION = 'Krajský úřad shromáždí písemné podklady z ORP pro jednání č. 14.'

type Doc = Record<string, unknown> & { id: number | string }
let reviewMeeting: Doc
let material: Doc

async function apiToken(email: string) {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const api = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${baseURL}${path}`, {
    ...init,
    headers: { ...(init.headers ?? {}), ...(token ? { Authorization: `JWT ${token}` } : {}) },
  })

/** Logs in through the site's own form (works without JavaScript). */
async function logIn(page: Page, email: string, next?: string) {
  await page.goto(`/sk/login${next ? `?next=${encodeURIComponent(next)}` : ''}`)
  await page.fill('#login-email', email)
  await page.fill('#login-password', password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/login')),
    page.click('form button[type="submit"]'),
  ])
}

beforeAll(async () => {
  const admin = await apiToken('admin@example.org')
  const groups = (await (
    await api(`/api/working-groups?where[slug][equals]=${GROUP}&depth=0`, admin)
  ).json()) as { docs: Doc[] }
  const meetings = (await (
    await api(
      // the seeded 13th meeting, in review: other files put meetings of their own in review too
      `/api/meetings?where[workingGroup][equals]=${groups.docs[0].id}&where[number][equals]=13&where[status][equals]=minutes-review&depth=0`,
      admin,
    )
  ).json()) as { docs: Doc[] }
  reviewMeeting = meetings.docs[0]
  const materials = (await (
    await api(
      `/api/materials?where[workingGroup][equals]=${groups.docs[0].id}&limit=1&depth=0`,
      admin,
    )
  ).json()) as { docs: Doc[] }
  material = materials.docs[0]
})

describe('working groups: public face', () => {
  it.each(locales)(
    'lists the public groups and their public page without minutes or members, accessibly (%s)',
    async (locale) => {
      const t = getT(locale, 'workingGroups')
      const page = await newPage()
      await page.goto(`/${locale}/working-groups`)
      expect(await page.locator('h1').textContent()).toBe(t('pages.list.title'))
      expect(await page.locator('.cards > li').count()).toBe(2)
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`/${locale}/working-groups/${GROUP}`)
      const body = await page.locator('main').textContent()
      expect(body).toContain(t('pages.group.membersOnly'))
      expect(body).not.toContain('Dvořáková')
      expect(body).not.toContain(PRIVATE_DISCUSSION)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('keeps minutes, materials and files from visitors over REST, GraphQL and file URLs', async () => {
    const meeting = (await (await api(`/api/meetings/${reviewMeeting.id}?depth=0`)).json()) as {
      agenda?: { public?: boolean; discussion?: string | null }[]
      onlineUrl?: string
      actionItems?: unknown[]
    }
    expect((meeting.agenda ?? []).every((item) => item.public)).toBe(true)
    expect(JSON.stringify(meeting)).not.toContain(PRIVATE_DISCUSSION)
    expect(meeting.actionItems ?? []).toEqual([])

    expect((await api('/api/materials')).status).toBe(403)
    const file = await api(`/api/materials/file/${encodeURIComponent(String(material.filename))}`)
    expect([403, 404]).toContain(file.status)
    expect((await file.text()).startsWith('%PDF')).toBe(false)

    const outsider = await apiToken(OUTSIDER)
    const forOutsider = await api(
      `/api/materials/file/${encodeURIComponent(String(material.filename))}`,
      outsider,
    )
    expect([403, 404]).toContain(forOutsider.status)
    const member = await apiToken(MEMBER)
    const forMember = await api(
      `/api/materials/file/${encodeURIComponent(String(material.filename))}`,
      member,
    )
    expect(forMember.status).toBe(200)
    expect((await forMember.text()).startsWith('%PDF')).toBe(true)

    const graphql = await api('/api/graphql', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ Meetings(limit: 50) { docs { agenda { title public discussion decision } actionItems { task } } } }',
      }),
    })
    const text = await graphql.text()
    expect(text).not.toContain(PRIVATE_DISCUSSION)
    expect(text).not.toContain('"public":false')
    const materialsQuery = await api('/api/graphql', undefined, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Materials { docs { title url } } }' }),
    })
    expect(await materialsQuery.text()).not.toContain(String(material.title))
  })

  it('says in the visitor’s language when a login fails', async () => {
    const page = await newPage()
    await page.goto('/hu/login')
    await page.fill('#login-email', MEMBER)
    await page.fill('#login-password', 'wrong password')
    await page.click('form button[type="submit"]')
    await page.waitForSelector('#login-error')
    expect(await page.locator('#login-error').textContent()).toBe(
      getT('hu', 'account')('login.error'),
    )
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('working groups: the minutes workflow in the browser', () => {
  it('a member comments, the coordinator resolves and approves, the member is mailed and reads the minutes; an outsider is refused', async () => {
    const meetingPage = `/sk/working-groups/${GROUP}/meetings/${reviewMeeting.id}`
    const t = getT('sk', 'workingGroups')

    // the member comments in review; markup is refused with a message and nothing stored
    const member = await newPage()
    await logIn(member, MEMBER, meetingPage)
    expect(member.url()).toContain(meetingPage)
    const firstForm = member.locator('form:has(textarea[name="body"])').first()
    await firstForm.locator('textarea').fill('<b>tučne</b>')
    await firstForm.locator('button').click()
    await member.waitForSelector('.field-error')
    expect(await member.locator('.field-error').first().textContent()).toBe(
      t('pages.outcome.errors.html'),
    )
    await member
      .locator('form:has(textarea[name="body"])')
      .first()
      .locator('textarea')
      .fill('Doplniť termín ďalšieho stretnutia.')
    await member.locator('form:has(textarea[name="body"])').first().locator('button').click()
    await member.waitForSelector('.notice')
    expect(await member.locator('main').textContent()).toContain(
      'Doplniť termín ďalšieho stretnutia.',
    )
    expect(await axeViolations(member)).toEqual([])

    // the coordinator cannot approve while comments are open; resolves them all, then approves
    const coordinator = await newPage({ javaScriptEnabled: false })
    await logIn(coordinator, COORDINATOR, meetingPage)
    await coordinator
      .locator('#workflow button', { hasText: t('pages.meeting.moveTo.minutes-approved') })
      .click()
    await coordinator.waitForSelector('[role="alert"]')
    expect(await coordinator.locator('[role="alert"]').first().textContent()).toMatch(/\d/)
    while ((await coordinator.locator('form:has(input[name="comment"]) button').count()) > 0) {
      const form = coordinator.locator('form:has(input[name="comment"])').first()
      await form.locator('textarea').fill('Zapracováno.')
      await Promise.all([coordinator.waitForLoadState('load'), form.locator('button').click()])
      await coordinator.waitForSelector('.notice')
    }
    await coordinator
      .locator('#workflow button', { hasText: t('pages.meeting.moveTo.minutes-approved') })
      .click()
    await coordinator.waitForSelector('.notice')
    expect(await coordinator.locator('.notice').first().textContent()).toBe(
      t('pages.outcome.done.minutes-approved'),
    )

    // the member (Slovak) is told, follows the mail's link and reads the approved minutes
    const mail = await waitForMail(
      inbox,
      // this meeting's mail: other journeys approve meetings of their own
      (m) =>
        m.to.includes(MEMBER) &&
        /schválen/i.test(m.subject) &&
        String(m.html).includes(`/meetings/${reviewMeeting.id}`),
      30_000,
    )
    const link = /href="([^"]+\/meetings\/[^"]+)"/.exec(String(mail.html))?.[1]
    expect(link).toBeTruthy()
    const path = new URL(link!).pathname
    await member.goto(path)
    expect(await member.locator('main').textContent()).toContain(PRIVATE_DISCUSSION)
    expect(await member.locator('.tag').first().textContent()).toBe(t('statuses.minutes-approved'))

    // a member of another group following the same link sees the notice, not the minutes
    const outsider = await newPage()
    await logIn(outsider, OUTSIDER, path)
    const seen = await outsider.locator('main').textContent()
    expect(seen).toContain(t('pages.meeting.membersOnly'))
    expect(seen).not.toContain(PRIVATE_DISCUSSION)
    expect(await axeViolations(outsider)).toEqual([])
  })

  it('gives the member their account page, marks an action item done and saves the digest choice', async () => {
    const t = getT('sk', 'workingGroups')
    const page = await newPage()
    await logIn(page, MEMBER)
    expect(new URL(page.url()).pathname).toBe('/sk/account')
    expect(await page.locator('#my-groups + ul li').count()).toBe(1)
    expect(
      await page.locator('#next-meetings + ul a[href$="calendar.ics"]').count(),
    ).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    const before = await page.locator('#actions li').count()
    expect(before).toBeGreaterThan(0)
    await page.locator('#actions form button').first().click()
    await page.waitForSelector('.notice')
    expect(await page.locator('#actions li').count()).toBe(before - 1)

    await page.check('#mode-digest')
    await page.click('#notifications form button[type="submit"]')
    await page.locator('.notice', { hasText: t('pages.outcome.done.settings') }).waitFor()
    expect(await page.isChecked('#mode-digest')).toBe(true)

    // the member's own data, and a request to erase it that reaches the operator
    // fetched by the page itself, as the browser sends a same-site request (Payload honours the
    // session cookie only then)
    const exported = await page.evaluate(async () => {
      const response = await fetch('/sk/account/data.json')
      return { status: response.status, body: await response.text() }
    })
    expect(exported.status).toBe(200)
    const data = JSON.parse(exported.body) as {
      account: { email: string }
      workingGroups: unknown[]
    }
    expect(data.account.email).toBe(MEMBER)
    expect(data.workingGroups).toHaveLength(1)
    expect(JSON.stringify(data)).not.toContain(COORDINATOR)
    expect((await fetch(`${baseURL}/sk/account/data.json`)).status).toBe(401)
    await page.click('#privacy form button')
    await page.locator('.notice', { hasText: t('pages.outcome.done.erasure') }).waitFor()
    await waitForMail(
      inbox,
      (m) => m.to.includes('kontakt@example.org') && m.text.includes(MEMBER),
      30_000,
    )

    const calendar = await page.request.get(
      String(
        await page
          .locator('#next-meetings + ul a[href$="calendar.ics"]')
          .first()
          .getAttribute('href'),
      ),
    )
    // (the calendar is fetched without the session: the public sees the meeting's date too)
    expect(calendar.status()).toBe(200)
    const ics = await calendar.text()
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('TZID=Europe/Prague')
    expect(() => parseCalendarStrictly(ics)).not.toThrow()
  })

  it('lets a member share a PDF, refuses other types with a message, and finds minutes without diacritics', async () => {
    const t = getT('sk', 'workingGroups')
    const page = await newPage()
    await logIn(page, MEMBER, `/sk/working-groups/${GROUP}`)
    await page.fill('#material-title', 'Zápis z terénu')
    await page.setInputFiles('#material-file', {
      name: 'teren.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf('Zapis z terenu', ['Navsteva lokality.']),
    })
    await page.click('#materials form button[type="submit"]')
    await page.waitForSelector('.notice')
    expect(await page.locator('#materials a', { hasText: 'Zápis z terénu' }).count()).toBe(1)

    await page.fill('#material-title', 'Skript')
    await page.setInputFiles('#material-file', {
      name: 'evil.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<script>alert(1)</script>'),
    })
    await page.click('#materials form button[type="submit"]')
    await page.waitForSelector('.field-error')
    expect(await page.locator('.field-error').textContent()).toBe(
      t('pages.outcome.errors.wrongType'),
    )
    expect(await page.locator('#materials a', { hasText: 'Skript' }).count()).toBe(0)

    await page.goto(`/sk/working-groups/${GROUP}?q=${encodeURIComponent('analyza')}`)
    expect(await page.locator('mark').count()).toBeGreaterThan(0)
    expect((await page.locator('mark').first().textContent())?.toLowerCase()).toBe('analýza')
    expect(await axeViolations(page)).toEqual([])
  })
})
