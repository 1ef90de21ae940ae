import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)
const { logIn, api, openTab } = adminSession(baseURL, password, newPage)

type ID = number | string
type Language = 'cs' | 'hu'
const stamp = Date.now()
const REPRESENTATIVE = `zastupkyne.${stamp}@example.org`
const day = 24 * 60 * 60 * 1000

/**
 * Words Payload's admin shows in English when a label or translation is missing. Names and codes
 * in the data are Czech, Slovak or Hungarian, so any of these on a Czech or Hungarian screen is
 * an untranslated string.
 */
const englishWords = new Set(
  `Add Create New Save Draft Publish Published Untitled Question Questions Option Options Uploaded
  Slug Successfully saved files Search Filters Columns Attendance Guest Guests Target Group Groups
  Closure Closures Region Position waiting list User Delete Duplicate Changed Modified Last Created
  Version Versions Edit Cancel Close Back Select Loading Showing Clear Sort Choose Upload File
  Filename Size Dimensions Image Images Item Items Row Rows Collapse Expand Show Hide Remove Move
  Nothing found Logout Account Dashboard Collections Reset Password Email Language Theme Settings
  Welcome Current Title Name Key Label Kind Required Type Answer Answers Member Members Agenda
  Invitation Task Assignee Locked editing Take Override Leave Stay Meeting Meetings Event Events
  Registration Registrations Centre Centres Organisation Organisations Case Study Studies Editor
  the and with from of is No Untitled AM PM`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words that are also Czech, Slovak or Hungarian, or names in the demo data. */
const allowed: Record<Language, Set<string>> = {
  // "Editor" is the role's name in Czech too; "Centre" is Slovak ("v Centre sociálnych služieb")
  cs: new Set(['Editor', 'Centre']),
  // "is" is Hungarian for "also"
  hu: new Set(['Centre', 'is']),
}

/** Dates in US order (12/1/2026) or with a 12-hour clock. */
const usDate = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/
/** Payload's "Loading..." in each language (general:loading). */
const loading: Record<Language, RegExp> = { cs: /Načítání\.\.\./, hu: /Betöltés\.\.\./ }
/** How a date with time reads in each admin language. */
const localDate: Record<Language, RegExp> = {
  cs: /\b\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}\b/,
  hu: /\b\d{4}\. \d{2}\. \d{2}\. \d{1,2}:\d{2}\b/,
}

type Finding = { screen: string; kind: 'english' | 'date'; text: string }

/**
 * Opens one admin screen and reports what a Czech or Hungarian reader would see in English:
 * words from the list above (with the line they stand in) and US-style dates, in the page's text
 * and in the values of its date pickers.
 */
async function scan(page: Page, language: Language, path: string): Promise<Finding[]> {
  await page.goto(path)
  await page
    .locator('.dashboard, .collection-list, .document-fields, .collection-edit')
    .first()
    .waitFor()
  const read = async () => {
    // relationship labels, row labels and the lock check arrive after the first paint, and dates
    // read "Loading..." until the browser has the language's date-fns locale
    await page.waitForLoadState('networkidle').catch(() => undefined)
    await page.waitForTimeout(500)
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 10_000 })
      .not.toMatch(loading[language])
    texts.push(await page.locator('body').innerText())
    inputs.push(
      ...(await page
        .locator('.date-time-picker input, .react-datepicker__input-container input')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLInputElement).value))),
    )
  }
  const texts: string[] = []
  const inputs: string[] = []
  await read()
  // an edit view on tabs renders only the open tab: read every one, then leave the first open
  // (the document remembers the tab last opened)
  const tabs = page.locator('.tabs-field__tab-button')
  const count = await tabs.count()
  for (let index = 1; index <= count; index += 1) {
    await openTab(page, (await tabs.nth(index % count).innerText()).trim())
    if (index < count) await read()
  }
  const text = texts.join('\n')
  const findings: Finding[] = []
  for (const line of text.split('\n')) {
    // the language switcher names each language in itself
    if (/^(English|Čeština|Slovenčina|Magyar)$/.test(line.trim())) continue
    for (const word of line.match(/[\p{L}]+/gu) ?? []) {
      if (englishWords.has(word) && !allowed[language].has(word)) {
        findings.push({
          screen: path,
          kind: 'english',
          text: `${word} — ${line.trim().slice(0, 80)}`,
        })
      }
    }
  }
  for (const value of inputs) {
    if (usDate.test(value)) findings.push({ screen: path, kind: 'date', text: `picker: ${value}` })
  }
  for (const value of text.split('\n')) {
    if (usDate.test(value))
      findings.push({ screen: path, kind: 'date', text: value.trim().slice(0, 80) })
  }
  return findings
}

async function scanAll(page: Page, language: Language, paths: string[]) {
  const findings: Finding[] = []
  for (const path of paths) findings.push(...(await scan(page, language, path)))
  return findings
}

const world: {
  organisation: ID
  pending: ID
  centre: ID
  event: ID
  registration: ID
  caseStudy: ID
  media: ID
  meeting: ID
} = {} as never

beforeAll(async () => {
  const admin = await logIn('admin@example.org', 'cs')
  const user = await api<{ doc: { id: ID } }>(admin, 'post', '/api/users', {
    email: REPRESENTATIVE,
    password,
    name: 'Lucie Horáková',
    roles: ['ngo'],
    preferredLanguage: 'cs',
    _verified: true,
  })
  const organisation = await api<{ doc: { id: ID } }>(
    admin,
    'post',
    '/api/organisations?locale=cs',
    {
      name: `Spolek Lípa ${stamp}`,
      kind: 'ngo',
      country: 'CZ',
      status: 'published',
      representatives: [user.doc.id],
    },
  )
  world.organisation = organisation.doc.id
  // a second organisation the representative registered, still waiting for an editor
  world.pending = (
    await api<{ doc: { id: ID } }>(admin, 'post', '/api/organisations?locale=cs', {
      name: `Nový spolek ${stamp}`,
      kind: 'ngo',
      country: 'CZ',
      status: 'pending',
      representatives: [user.doc.id],
    })
  ).doc.id
  const regions = await api<{ docs: { id: ID }[] }>(admin, 'get', '/api/regions?limit=1&depth=0')
  const groups = await api<{ docs: { id: ID }[] }>(
    admin,
    'get',
    '/api/target-groups?limit=1&depth=0',
  )
  world.centre = (
    await api<{ doc: { id: ID } }>(admin, 'post', '/api/centres?locale=cs', {
      organisation: world.organisation,
      name: `Komunitní centrum Lípa ${stamp}`,
      region: regions.docs[0].id,
      address: { municipality: 'Jihlava' },
      targetGroups: [{ targetGroup: groups.docs[0].id, ageFrom: 6, ageTo: 15 }],
      openingHours: [{ day: 'mon', opens: '9:00', closes: '16:00' }],
      closures: [
        { from: '2026-12-24T00:00:00.000Z', to: '2026-12-26T00:00:00.000Z', reason: 'Vánoce' },
      ],
      status: 'published',
    })
  ).doc.id
  const startsAt = new Date(Date.now() + 10 * day)
  world.event = (
    await api<{ doc: { id: ID } }>(admin, 'post', '/api/events?locale=cs', {
      title: `Seminář o bydlení ${stamp}`,
      type: 'seminar',
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      mode: 'in-person',
      venue: { municipality: 'Jihlava', centre: world.centre },
      organisation: world.organisation,
      capacity: 1,
      registration: { opensAt: new Date(Date.now() - day).toISOString() },
      // no keys: they are made from the questions' text
      questions: [
        {
          kind: 'choice',
          required: false,
          label: 'Jaké jídlo si přejete?',
          options: [{ label: 'Běžné' }, { label: 'Vegetariánské' }],
        },
        { kind: 'text', required: false, label: 'Poznámka pro pořadatele' },
      ],
      status: 'published',
    })
  ).doc.id
  // one seat: the first is confirmed, the second waits
  for (const [n, name] of ['Eva Svobodová', 'Karel Dvořák'].entries()) {
    const response = await admin.request.post(`/api/events/${world.event}/register`, {
      headers: { 'accept-language': 'cs', 'x-forwarded-for': `10.9.${n}.1` },
      data: {
        name,
        email: `ucastnik${n}.${stamp}@example.org`,
        consent: true,
        answers: { 'jake-jidlo-si-prejete': '1' },
      },
    })
    expect(response.status(), await response.text()).toBeLessThan(300)
  }
  const registrations = await api<{ docs: { id: ID; status: string }[] }>(
    admin,
    'get',
    `/api/event-registrations?where[event][equals]=${world.event}&depth=0`,
  )
  world.registration = registrations.docs.find((each) => each.status === 'confirmed')!.id
  world.caseStudy = (
    await api<{ doc: { id: ID } }>(admin, 'post', '/api/case-studies?locale=cs', {
      title: `Doučování v Lípě ${stamp}`,
      summary: 'Doučování dětí z vyloučených lokalit.',
      originalLanguage: 'cs',
      organisation: world.organisation,
      country: 'CZ',
      period: { from: '2024-01-01', to: '2025-06-30' },
      evidenceTier: 'promising',
    })
  ).doc.id

  const representative = await logIn(REPRESENTATIVE, 'cs')
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
    'base64',
  )
  const media = await representative.request.post('/api/media?locale=cs', {
    headers: { Origin: new URL(baseURL).origin },
    multipart: {
      file: { name: `lipa-${stamp}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'Klubovna centra Lípa' }),
    },
  })
  expect(media.status(), await media.text()).toBeLessThan(300)
  world.media = ((await media.json()) as { doc: { id: ID } }).doc.id

  const coordinator = await logIn('coordinator@example.org', 'cs')
  const meetings = await api<{ docs: { id: ID }[] }>(
    coordinator,
    'get',
    '/api/meetings?depth=0&limit=1&sort=-startsAt',
  )
  world.meeting = meetings.docs[0].id
})

const screens = {
  representative: () => [
    '/admin',
    '/admin/collections/centres',
    `/admin/collections/centres/${world.centre}`,
    '/admin/collections/organisations',
    `/admin/collections/organisations/${world.organisation}`,
    `/admin/collections/organisations/${world.pending}`,
    '/admin/collections/events',
    `/admin/collections/events/${world.event}`,
    '/admin/collections/event-registrations',
    `/admin/collections/event-registrations/${world.registration}`,
    '/admin/collections/case-studies',
    `/admin/collections/case-studies/${world.caseStudy}`,
    '/admin/collections/media',
    `/admin/collections/media/${world.media}`,
    '/admin/account',
  ],
  coordinator: () => [
    '/admin',
    '/admin/collections/meetings',
    `/admin/collections/meetings/${world.meeting}`,
    '/admin/collections/working-groups',
    '/admin/account',
  ],
  editor: () => [
    '/admin',
    '/admin/collections/centres',
    `/admin/collections/centres/${world.centre}`,
    '/admin/collections/organisations',
    `/admin/collections/organisations/${world.organisation}`,
    '/admin/collections/events',
    `/admin/collections/events/${world.event}`,
    '/admin/collections/event-registrations',
    `/admin/collections/event-registrations/${world.registration}`,
    '/admin/collections/meetings',
    `/admin/collections/meetings/${world.meeting}`,
    '/admin/collections/case-studies',
    `/admin/collections/case-studies/${world.caseStudy}`,
    '/admin/collections/media',
    `/admin/collections/media/${world.media}`,
    '/admin/account',
  ],
}
const accounts = {
  representative: REPRESENTATIVE,
  coordinator: 'coordinator@example.org',
  editor: 'editor@example.org',
}

describe('the admin speaks the reader’s language', () => {
  for (const role of ['representative', 'coordinator', 'editor'] as const) {
    for (const language of ['cs', 'hu'] as const) {
      it(`shows a ${role} no English and no US dates in ${language === 'cs' ? 'Czech' : 'Hungarian'}`, async () => {
        const page = await logIn(accounts[role], language)
        const paths = screens[role]()
        const findings = await scanAll(page, language, paths)
        expect(findings, `screens checked: ${paths.join(', ')}`).toEqual([])
        // up to fifteen screens, each waiting for its late parts: a busy machine needs the time
      }, 300_000)
    }
  }

  it('writes dates the way each language does', async () => {
    for (const language of ['cs', 'hu'] as const) {
      const page = await logIn('editor@example.org', language)
      await page.goto(`/admin/collections/events?where[id][equals]=${world.event}`)
      await page.locator('.collection-list table').waitFor()
      // the cells say "loading" until the browser has the language's date-fns locale
      await expect
        .poll(() => page.locator('.collection-list table').innerText(), { timeout: 15_000 })
        .toMatch(localDate[language])
      await page.goto(`/admin/collections/events/${world.event}`)
      await openTab(page, getT(language, 'admin')('tabs.event'), '#field-startsAt')
      await expect
        .poll(() => page.locator('#field-startsAt input').first().inputValue(), { timeout: 15_000 })
        .toMatch(localDate[language])
    }
  })

  it('names rows by their content and shows a pending organisation by its name', async () => {
    const page = await logIn(REPRESENTATIVE, 'cs')
    await page.goto(`/admin/collections/events/${world.event}`)
    await openTab(page, getT('cs', 'admin')('tabs.registrationQuestions'), '#field-questions')
    await expect
      .poll(() => page.locator('#field-questions .row-label').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('Jaké jídlo si přejete?')]))
    // the add button as Czech says it, not Payload's "Přidat Otázka" (the options' own come first)
    expect(
      (await page.locator('#field-questions .array-field__add-row').last().innerText()).trim(),
    ).toBe('Přidat otázku')
    await page.goto(`/admin/collections/organisations/${world.pending}`)
    await page.locator('.document-fields').waitFor()
    await expect
      .poll(() => page.locator('.doc-header__title, h1').first().innerText())
      .toContain(`Nový spolek ${stamp}`)
  })
})

describe('edit locks in the admin', () => {
  it('name the person editing, and offer no take-over to a coordinator of another group', async () => {
    const coordinator = await logIn('coordinator@example.org', 'cs')
    await coordinator.goto(`/admin/collections/meetings/${world.meeting}`)
    await openTab(coordinator, getT('cs', 'admin')('tabs.meeting'), '#field-venue')
    // the document is locked on the first change, with the form state that follows it
    await coordinator.fill('#field-venue', 'Jihlava, Masarykovo náměstí 1')
    await coordinator.waitForTimeout(1_500)
    await coordinator.waitForLoadState('networkidle').catch(() => undefined)

    const editor = await logIn('editor@example.org', 'hu')
    await editor.goto(`/admin/collections/meetings/${world.meeting}`)
    const notice = editor.locator('.document-locked')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('Jana Dvořáková')
    expect(await notice.innerText()).not.toMatch(/\b(User|Felhasználó): \d+/)

    const stranger = await logIn('vas.coordinator@example.org', 'hu')
    await stranger.goto(`/admin/collections/meetings/${world.meeting}`)
    await stranger.locator('.document-fields, .not-found, .unauthorized, h1').first().waitFor()
    await stranger.waitForTimeout(1_000)
    expect(await stranger.locator('.document-locked').count()).toBe(0)
  })
})
