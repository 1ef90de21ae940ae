// Time until each admin edit view accepts input, in Chromium against the production build:
// from navigation until the first text field of the document is enabled and keeps what is
// typed into it. Used by `npm run bench`; alone (an existing build, a fresh demo database):
//   node scripts/run-ts.mjs scripts/bench/edit-views.ts [--runs 3]
import { type Browser, chromium, type Page } from 'playwright-core'

import { CHROMIUM } from '../lib.mjs'

type ID = number | string
export type EditViewTiming = {
  view: string
  role: string
  medianMs: number
  runsMs: number[]
  /** of the median run: the server's share, until the page's HTML (streamed) had fully arrived */
  htmlMs: number
  /** why the view never accepted input (what the page showed instead) */
  error?: string
}

const LIMIT_MS = 30_000

const FIELD =
  '.document-fields input[type="text"]:not([disabled]):not([readonly]), .document-fields textarea:not([disabled]):not([readonly])'

/**
 * From navigation to a first text field that is enabled and keeps a typed character; and when
 * the page's HTML had fully arrived (the server's part: the edit view streams as it renders).
 */
async function timeToInput(page: Page, url: string): Promise<{ ms: number; htmlMs: number }> {
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  const deadline = started + LIMIT_MS
  while (performance.now() < deadline) {
    const field = page.locator(FIELD).first()
    const shown = await field
      .waitFor({ state: 'visible', timeout: Math.max(1, deadline - performance.now()) })
      .then(() => true)
      .catch(() => false)
    if (!shown) break
    const before = await field.inputValue().catch(() => null)
    if (before !== null && (await field.isEnabled().catch(() => false))) {
      await field.focus().catch(() => undefined)
      // focus() puts the caret before an existing value: the typed key would come first
      await page.keyboard.press('End')
      await page.keyboard.type('x')
      // React re-renders a hydrated, controlled field with the typed value and keeps it; before
      // hydration the key lands in bare HTML and is lost when React takes over
      await page.waitForTimeout(30)
      if ((await field.inputValue().catch(() => '')) === `${before}x`) {
        const ms = performance.now() - started
        const htmlMs = await page.evaluate(
          () =>
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .responseEnd,
        )
        return { ms, htmlMs: Math.round(htmlMs) }
      }
    }
    await page.waitForTimeout(20)
  }
  const heading = await page
    .locator('h1, .not-found, .unauthorized')
    .first()
    .innerText({ timeout: 1_000 })
    .catch(() => '')
  throw new Error(
    `no field accepted input within ${LIMIT_MS / 1000} s at ${page.url()} (${heading.trim().slice(0, 80)})`,
  )
}

async function logIn(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL, locale: 'sk-SK' })
  const response = await context.request.post('/api/users/login', {
    data: { email, password },
    headers: { Origin: new URL(baseURL).origin },
  })
  if (!response.ok()) throw new Error(`login of ${email}: ${response.status()}`)
  return context
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Every edit view the roles use, create and edit: admin and editor on everything, a
 * representative on their organisation's records, a coordinator on their group's meeting.
 */
export async function measureEditViews(
  baseURL: string,
  password: string,
  runs = 3,
): Promise<EditViewTiming[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
  try {
    const admin = await logIn(browser, baseURL, 'admin@example.org', password)
    const origin = { Origin: new URL(baseURL).origin }
    const first = async (collection: string, query = '') => {
      const response = await admin.request.get(`/api/${collection}?limit=1&depth=0${query}`, {
        headers: origin,
      })
      const { docs } = (await response.json()) as { docs: { id: ID; organisation?: ID }[] }
      return docs[0]
    }
    // a representative of the organisation of the first published centre
    const centre = await first('centres', '&where[status][equals]=published')
    const email = `bench.representative.${Date.now()}@example.org`
    const created = await admin.request.post('/api/users', {
      headers: origin,
      data: {
        email,
        password,
        name: 'Bench Representative',
        roles: ['ngo'],
        preferredLanguage: 'sk',
        _verified: true,
      },
    })
    const representativeId = ((await created.json()) as { doc: { id: ID } }).doc.id
    await admin.request.patch(`/api/organisations/${centre.organisation}`, {
      headers: origin,
      data: { representatives: [representativeId] },
    })
    const ids = {
      centres: centre.id,
      organisations: centre.organisation!,
      events:
        (await first('events', `&where[organisation][equals]=${centre.organisation}`))?.id ??
        (await first('events')).id,
      'case-studies':
        (await first('case-studies', `&where[organisation][equals]=${centre.organisation}`))?.id ??
        (await first('case-studies')).id,
      meetings: (await first('meetings')).id,
      'working-groups': (await first('working-groups')).id,
      'event-registrations': (await first('event-registrations')).id,
      strategies: (await first('strategies')).id,
    }
    const contexts = {
      admin,
      editor: await logIn(browser, baseURL, 'editor@example.org', password),
      representative: await logIn(browser, baseURL, email, password),
      coordinator: await logIn(browser, baseURL, 'coordinator@example.org', password),
    }
    const views: [string, keyof typeof contexts, string][] = []
    for (const collection of Object.keys(ids) as (keyof typeof ids)[]) {
      const role =
        collection === 'meetings'
          ? 'coordinator'
          : ['working-groups', 'event-registrations', 'strategies'].includes(collection)
            ? 'editor'
            : 'representative'
      // organisations are registered through the site or created by editors
      const creator = collection === 'organisations' ? 'editor' : role
      if (collection !== 'event-registrations')
        views.push([`${collection}/create`, creator, `/admin/collections/${collection}/create`])
      views.push([
        `${collection}/<id>`,
        role,
        `/admin/collections/${collection}/${ids[collection]}`,
      ])
      if (role !== 'editor')
        views.push([
          `${collection}/<id>`,
          'editor',
          `/admin/collections/${collection}/${ids[collection]}`,
        ])
    }
    const timings: EditViewTiming[] = []
    for (const [view, role, url] of views) {
      const page = await contexts[role].newPage()
      // each run types into the form; the browser's "leave the page?" would otherwise cancel the
      // next navigation (Playwright dismisses dialogs), and the runs after it timed nothing
      page.on('dialog', (dialog) => void dialog.accept())
      const measured: { ms: number; htmlMs: number }[] = []
      try {
        // one visit to load the admin's scripts into the cache, as a working person has them
        await timeToInput(page, url)
        for (let run = 0; run < runs; run += 1) measured.push(await timeToInput(page, url))
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        timings.push({ view, role, medianMs: NaN, runsMs: [], htmlMs: NaN, error: message })
        console.log(`  ${view.padEnd(28)} ${role.padEnd(15)} FAILED: ${message}`)
        continue
      } finally {
        await page.close()
      }
      const runsMs = measured.map((run) => Math.round(run.ms))
      const medianMs = median(runsMs)
      const htmlMs = measured[runsMs.indexOf(medianMs)].htmlMs
      timings.push({ view, role, medianMs, runsMs, htmlMs })
      console.log(
        `  ${view.padEnd(28)} ${role.padEnd(15)} ${String(medianMs).padStart(6)} ms  (${runsMs.join(', ')}; HTML ${htmlMs} ms)`,
      )
    }
    return timings
  } finally {
    await browser.close()
  }
}

export function editViewTable(timings: EditViewTiming[]) {
  const lines = [
    '| edit view | role | ready (median ms) | of it, HTML streamed (ms) | runs |',
    '| --- | --- | ---: | ---: | --- |',
  ]
  for (const t of timings)
    lines.push(
      t.error
        ? `| ${t.view} | ${t.role} | — | — | ${t.error} |`
        : `| ${t.view} | ${t.role} | ${t.medianMs} | ${t.htmlMs} | ${t.runsMs.join(', ')} |`,
    )
  return lines.join('\n')
}
