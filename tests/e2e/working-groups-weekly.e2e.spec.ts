import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'
import { simplePdf } from '@/utilities/pdf'

import { apiLogin } from '../helpers/apiToken'
import { axeViolations, setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'
import { pdfText } from '../helpers/pdfText'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

const VYSOCINA = 'vysocina-platform'
const VAS = 'vas-szocialis-gondoskodas'
const COORDINATOR = 'coordinator@example.org'
const MEMBER = 'member@example.org'
const VAS_COORDINATOR = 'vas.coordinator@example.org'
// Horváth Gábor reads his mail in Hungarian
const HU_MEMBER = 'gabor.horvath@example.org'

type Doc = Record<string, unknown> & { id: number | string }
const day = 24 * 60 * 60 * 1000

const apiToken = (email: string) => apiLogin<Doc>(baseURL, email, password)

const api = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${baseURL}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `JWT ${token}`,
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const json = (await response.json()) as { doc?: Doc; docs?: Doc[]; errors?: unknown }
  expect(response.status, JSON.stringify(json.errors ?? '')).toBeLessThan(300)
  return json
}

const groupId = async (slug: string, token: string) =>
  (await api(`/api/working-groups?where[slug][equals]=${slug}&depth=0`, token)).docs![0].id

/** A meeting of two hours from `startsAt`, created over REST as the given coordinator. */
async function createMeeting(
  token: string,
  slug: string,
  zone: string,
  { startsAt, ...data }: { startsAt: number } & Record<string, unknown>,
) {
  const created = await api('/api/meetings', token, {
    method: 'POST',
    body: {
      workingGroup: await groupId(slug, token),
      startsAt: new Date(startsAt).toISOString(),
      startsAt_tz: zone,
      endsAt: new Date(startsAt + 2 * 3600_000).toISOString(),
      endsAt_tz: zone,
      ...data,
    },
  })
  return created.doc!
}

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

/** The links of a mail that lead to one of the account's one-click pages, as sent (unescaped). */
const linksTo = (html: string | false, page: string) =>
  [...String(html || '').matchAll(/href="([^"]+)"/g)]
    .map((match) => match[1].replace(/&amp;/g, '&'))
    .filter((href) => href.includes(`/account/${page}?`))

describe('working groups week to week', () => {
  it('a member answers the invitation from the mail link in Hungarian and the coordinator sees the answer', async () => {
    const { token } = await apiToken(VAS_COORDINATOR)
    const title = `Munkaértekezlet ${Date.now()}`
    const startsAt = Date.now() + 9 * day
    const meeting = await createMeeting(token, VAS, 'Europe/Budapest', {
      title,
      startsAt,
      venue: 'Szombathely, Megyeháza',
      agenda: [{ title: 'Helyzetkép', public: false }],
    })
    const hu = getT('hu', 'workingGroups')
    const mail = await waitForMail(
      inbox,
      (m) => m.to.includes(HU_MEMBER) && m.subject.includes(title),
      30_000,
    )
    expect(mail.html).toContain(hu('mail.rsvpAsk'))
    const [attend] = linksTo(mail.html, 'rsvp')
    expect(attend).toContain('/hu/account/rsvp?token=')

    // the link only opens a page (a scanner following it answers nothing); the button answers
    const page = await newPage()
    await page.goto(new URL(attend).pathname + new URL(attend).search)
    expect(await page.locator('h1').textContent()).toBe(hu('pages.rsvp.title'))
    expect(await page.locator('main').textContent()).toContain(title)
    expect(await axeViolations(page)).toEqual([])
    const before = await api(`/api/meetings/${meeting.id}?depth=0`, token)
    expect((before as unknown as Doc).rsvps ?? []).toEqual([])
    await page.locator('main form button').first().click()
    await page.waitForSelector('[role="status"]')
    expect(await page.locator('[role="status"]').textContent()).toBe(
      hu('pages.rsvp.answered', { answer: hu('rsvpAnswers.attend') }),
    )

    // the coordinator's meeting page lists him among those attending
    const coordinator = await newPage()
    await logIn(coordinator, VAS_COORDINATOR, `/hu/working-groups/${VAS}/meetings/${meeting.id}`)
    const answers = coordinator.locator('#rsvps')
    const attending = answers
      .locator('dt', { hasText: hu('rsvpAnswers.attend') })
      .locator('xpath=following-sibling::dd[1]')
    expect(await attending.textContent()).toContain('Horváth Gábor')
    expect(await answers.locator('dt', { hasText: hu('pages.rsvp.notAnswered') }).count()).toBe(1)
    // the member's own page shows his answer, and says the minutes come after the meeting
    const member = await newPage()
    await logIn(member, HU_MEMBER, `/hu/working-groups/${VAS}/meetings/${meeting.id}`)
    expect(await member.locator('#rsvp p').first().textContent()).toBe(
      hu('pages.rsvp.yourAnswer', { answer: hu('rsvpAnswers.attend') }),
    )
    expect(await member.locator('main').textContent()).toContain(
      hu('pages.meeting.minutesAfterMeeting'),
    )
    expect(await axeViolations(member)).toEqual([])
    expect(await axeViolations(coordinator)).toEqual([])
  })

  it('an owner marks an action item done from the minutes mail; the group page names every owner', async () => {
    const { token } = await apiToken(COORDINATOR)
    const { user: member } = await apiToken(MEMBER)
    // another journey may have switched her to the weekly digest: this one is about the mail at once
    const { token: admin } = await apiToken('admin@example.org')
    await api(`/api/users/${member.id}`, admin, {
      method: 'PATCH',
      body: { notificationMode: 'immediate' },
    })
    const title = `Setkání s úkoly ${Date.now()}`
    const startsAt = Date.now() - 2 * day
    const task = 'Zjistit kapacity terénních služeb v ORP Třebíč'
    const meeting = await createMeeting(token, VYSOCINA, 'Europe/Prague', {
      title,
      startsAt,
      agenda: [
        {
          title: 'Kapacity služeb',
          public: false,
          discussion: 'Diskuse.',
          decision: 'Zjistit kapacity.',
        },
      ],
      actionItems: [
        {
          task,
          assignee: member.id,
          dueDate: new Date(Date.now() - day).toISOString(),
          status: 'open',
        },
      ],
    })
    // overdue: listed for the coordinator on the group page, with its owner's name
    const coordinator = await newPage()
    await logIn(coordinator, COORDINATOR, `/sk/working-groups/${VYSOCINA}`)
    const sk = getT('sk', 'workingGroups')
    const overdue = coordinator.locator('#overdue li', { hasText: task })
    expect(await overdue.textContent()).toContain('Zuzana Kováčová')
    expect(await coordinator.locator('#actions li', { hasText: task }).textContent()).toContain(
      'Zuzana Kováčová',
    )

    for (const status of ['held', 'minutes-draft', 'minutes-review']) {
      await api(`/api/meetings/${meeting.id}`, token, { method: 'PATCH', body: { status } })
    }
    const mail = await waitForMail(
      inbox,
      (m) =>
        m.to.includes(MEMBER) &&
        m.subject.includes(title) &&
        linksTo(m.html, 'action-done').length > 0,
      30_000,
    )
    expect(mail.html).toContain(task)
    const [done] = linksTo(mail.html, 'action-done')
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(new URL(done).pathname + new URL(done).search)
    expect(await page.locator('main').textContent()).toContain(task)
    await page.locator('main form button').click()
    await page.waitForSelector('[role="status"]')
    expect(await page.locator('[role="status"]').textContent()).toBe(
      sk('pages.outcome.done.action'),
    )
    const stored = (await api(`/api/meetings/${meeting.id}?depth=0`, token)) as unknown as {
      actionItems: { status: string }[]
    }
    expect(stored.actionItems[0].status).toBe('done')
    // the same link again: the item is done, nothing more to press
    await page.goto(new URL(done).pathname + new URL(done).search)
    expect(await page.locator('main form').count()).toBe(0)
    // approved, so that the demo's meeting stays the one in review for the other journeys
    await api(`/api/meetings/${meeting.id}`, token, {
      method: 'PATCH',
      body: { status: 'minutes-approved' },
    })
  })

  it('prints approved minutes as a document (checked as the PDF Chromium saves)', async () => {
    const { token } = await apiToken(COORDINATOR)
    const group = await groupId(VYSOCINA, token)
    const { docs } = await api(
      `/api/meetings?where[workingGroup][equals]=${group}&where[status][equals]=minutes-approved&sort=number&limit=1&depth=1`,
      token,
    )
    const meeting = docs![0] as Doc & {
      number: number
      venue: string
      agenda: { title: string; discussion?: string; decision?: string }[]
      attendance: { member: { name: string }; status: string }[]
      actionItems: { task: string }[]
    }
    const page = await newPage()
    await logIn(page, MEMBER, `/sk/working-groups/${VYSOCINA}/meetings/${meeting.id}`)
    const sk = getT('sk', 'workingGroups')
    const text = pdfText(await page.pdf({ format: 'A4', printBackground: false }))
    const flat = text.replace(/\s+/g, ' ')
    const groupName = (await page.locator('main p a').first().textContent())!.replace(/^←\s*/, '')
    for (const expected of [
      groupName,
      sk('fields.number'),
      String(meeting.number),
      meeting.venue,
      sk('fields.approvedAt'),
      sk('fields.approvedBy'),
      sk('pages.print.version'),
      ...meeting.agenda.map((item) => item.title),
      ...meeting.agenda.map((item) => item.decision).filter(Boolean),
      ...meeting.attendance.map((row) => row.member.name),
      ...meeting.actionItems.map((item) => item.task),
    ]) {
      expect(flat, String(expected)).toContain(String(expected).replace(/\s+/g, ' ').slice(0, 60))
    }
    // the first words of each item's discussion (long ones wrap over lines and pages)
    for (const item of meeting.agenda.filter((entry) => entry.discussion)) {
      expect(flat).toContain(item.discussion!.replace(/\s+/g, ' ').slice(0, 40))
    }
    // a document, not the site: no navigation, forms, comment boxes or the language switcher
    expect(flat).not.toContain(sk('pages.meeting.calendar'))
    expect(flat).not.toContain(sk('pages.member.markDone'))
    expect(flat).not.toContain(`← ${groupName}`)
  })

  it('a member replies to a comment, and the commenter is mailed how the coordinator resolved it', async () => {
    const { token } = await apiToken(COORDINATOR)
    const title = `Zápis k připomínkám ${Date.now()}`
    const startsAt = Date.now() - 3 * day
    const meeting = await createMeeting(token, VYSOCINA, 'Europe/Prague', {
      title,
      startsAt,
      agenda: [
        {
          title: 'Dotace pro NNO',
          public: false,
          discussion: 'Diskuse o dotacích.',
          decision: 'Bez rozhodnutí.',
        },
      ],
    })
    for (const status of ['held', 'minutes-draft', 'minutes-review']) {
      await api(`/api/meetings/${meeting.id}`, token, { method: 'PATCH', body: { status } })
    }
    const path = `/sk/working-groups/${VYSOCINA}/meetings/${meeting.id}`
    const sk = getT('sk', 'workingGroups')
    const member = await newPage({ javaScriptEnabled: false })
    await logIn(member, MEMBER, path)
    await member
      .locator('form:has(textarea[name="body"]) textarea')
      .first()
      .fill('Chýba výška dotácie.')
    await member.locator('form:has(textarea[name="body"]) button').first().click()
    await member.waitForSelector('.notice')

    const other = await newPage()
    await logIn(other, 'petr.novotny@example.org', path)
    await other
      .locator('form:has(textarea[name="reply"]) textarea')
      .first()
      .fill('Súhlasím, doplniť.')
    await other.locator('form:has(textarea[name="reply"]) button').first().click()
    await other.locator('.notice', { hasText: sk('pages.outcome.done.reply') }).waitFor()
    expect(await other.locator('.comment-replies').first().textContent()).toContain(
      'Súhlasím, doplniť.',
    )
    expect(await axeViolations(other)).toEqual([])

    const coordinator = await newPage({ javaScriptEnabled: false })
    await logIn(coordinator, COORDINATOR, path)
    const resolve = coordinator.locator('form:has(input[name="comment"])').first()
    await resolve.locator('textarea').fill('Doplnené do bodu 1.')
    await resolve.locator('button').click()
    await coordinator.waitForSelector('.notice')

    const mail = await waitForMail(
      inbox,
      (m) =>
        m.to.includes(MEMBER) &&
        m.subject.startsWith(
          sk('mail.commentResolved.subject', { group: '@@', meeting: '' }).split('@@')[0],
        ) &&
        m.subject.includes(title),
      30_000,
    )
    expect(mail.html).toContain('Doplnené do bodu 1.')
    expect(mail.html).toContain('Chýba výška dotácie.')
    await api(`/api/meetings/${meeting.id}`, token, {
      method: 'PATCH',
      body: { status: 'minutes-approved' },
    })

    // the resolved thread stays readable with the approved minutes' versions
    await member.goto(path)
    const version = member.locator('section[aria-labelledby="versions"] a').first()
    await member.goto((await version.getAttribute('href'))!)
    expect(member.url()).toContain('version=')
    const shown = await member.locator('main').textContent()
    for (const text of ['Chýba výška dotácie.', 'Súhlasím, doplniť.', 'Doplnené do bodu 1.'])
      expect(shown).toContain(text)
  })

  it('a new material version keeps the old one downloadable by members and refused to others, with a page in their language', async () => {
    const page = await newPage()
    await logIn(page, MEMBER, `/sk/working-groups/${VYSOCINA}`)
    const title = `Metodika ${Date.now()}`
    await page.fill('#material-title', title)
    await page.setInputFiles('#material-file', {
      name: 'metodika-1.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf('Metodika', ['Verze 1']),
    })
    await page.click('#materials form button[type="submit"]')
    await page.waitForSelector('.notice')
    await page.fill('#material-title', title)
    await page.selectOption('#material-replaces', { label: title })
    await page.setInputFiles('#material-file', {
      name: 'metodika-2.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf('Metodika', ['Verze 2']),
    })
    // the first upload's notice is still on the page: wait for the second one's own answer
    await page.click('#materials form button[type="submit"]')
    await page.locator('#materials details').first().waitFor()

    const entry = page
      .locator('#materials li', { has: page.locator('details') })
      .filter({ hasText: title })
      .first()
    expect(await entry.locator('details li').count()).toBe(1)
    expect(await entry.locator('details li').textContent()).toContain('Zuzana Kováčová')
    const older = (await entry.locator('details li a').getAttribute('href'))!
    const newer = (await entry.locator('p a').first().getAttribute('href'))!
    expect(older).not.toBe(newer)
    // a request outside a navigation carries the Origin Payload needs to honour the session
    // cookie (a browser's own navigation sends Sec-Fetch-Site instead)
    const file = await page.request.get(older, { headers: { Origin: new URL(baseURL).origin } })
    expect(file.status()).toBe(200)
    expect((await file.body()).subarray(0, 4).toString()).toBe('%PDF')

    // a member of another group, in Hungarian: a page saying why, not the API's JSON
    const outsider = await newPage()
    const hu = getT('hu', 'workingGroups')
    await logIn(outsider, VAS_COORDINATOR, older.replace('/sk/', '/hu/'))
    expect(await outsider.locator('h1').textContent()).toBe(hu('pages.material.title'))
    const text = (await outsider.locator('main').textContent())!
    expect(text).toContain(hu('pages.material.membersOnly', { group: '@@' }).split('@@')[1])
    expect(text).not.toContain('"errors"')
    expect(await axeViolations(outsider)).toEqual([])
    // the file itself stays refused
    const direct = await outsider.request.get(older)
    expect((await direct.body()).subarray(0, 4).toString()).not.toBe('%PDF')
  })
})
