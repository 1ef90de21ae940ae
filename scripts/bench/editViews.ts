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
  /** only these collections (all when empty) */
  only: string[] = [],
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
    type Doc = { id: ID; organisation?: ID; organiser?: ID }
    const first = async (collection: string, query = '', as = admin) => {
      const response = await as.request.get(`/api/${collection}?limit=1&depth=0${query}`, {
        headers: origin,
      })
      const { docs } = (await response.json()) as { docs?: Doc[] }
      return docs?.[0]
    }
    // a representative of the organisation of the first published centre, and of the
    // organisations of an event, a case study and a registration where that one has none, so
    // every view opens a record of theirs (another's opens read-only and never takes input)
    const centre = (await first('centres', '&where[status][equals]=published'))!
    const own = `&where[organisation][equals]=${centre.organisation}`
    const event = (await first('events', own)) ?? (await first('events'))
    const caseStudy = (await first('case-studies', own)) ?? (await first('case-studies'))
    const registration = await first('event-registrations')
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
    const represented = [
      centre.organisation,
      event?.organisation,
      caseStudy?.organisation,
      registration?.organiser,
    ]
    for (const organisation of new Set(represented))
      if (organisation !== undefined)
        await admin.request.patch(`/api/organisations/${organisation}`, {
          headers: origin,
          data: { representatives: [representativeId] },
        })
    const contexts = {
      admin,
      editor: await logIn(browser, baseURL, 'editor@example.org', password),
      representative: await logIn(browser, baseURL, email, password),
      coordinator: await logIn(browser, baseURL, 'coordinator@example.org', password),
    }
    type Role = keyof typeof contexts
    /** the first document the role can read (what it would open), else any */
    const firstFor = async (collection: string, role: Role, query = '') =>
      (await first(collection, query, contexts[role])) ?? (await first(collection))
    // each collection as the role that works there; `create` names who creates when that is
    // someone else (organisations are registered through the site or created by editors), false
    // where nobody creates in the admin; `alsoEditor` where editors also moderate the record
    const plan: {
      collection: string
      role: Role
      create?: Role | false
      id?: ID
      alsoEditor?: true
    }[] = [
      { collection: 'centres', role: 'representative', id: centre.id, alsoEditor: true },
      {
        collection: 'organisations',
        role: 'representative',
        create: 'editor',
        id: centre.organisation,
        alsoEditor: true,
      },
      {
        collection: 'events',
        role: 'representative',
        id: event?.id,
        alsoEditor: true,
      },
      {
        collection: 'case-studies',
        role: 'representative',
        id: caseStudy?.id,
      },
      {
        collection: 'event-registrations',
        role: 'representative',
        create: false,
        id: registration?.id,
      },
      { collection: 'meetings', role: 'coordinator' },
      { collection: 'materials', role: 'coordinator' },
      { collection: 'working-groups', role: 'editor' },
      { collection: 'strategies', role: 'editor' },
      { collection: 'media', role: 'editor' },
      { collection: 'documents', role: 'editor' },
      { collection: 'regions', role: 'editor' },
      { collection: 'service-types', role: 'editor' },
      { collection: 'target-groups', role: 'editor' },
      { collection: 'themes', role: 'editor' },
      { collection: 'indicator-types', role: 'editor' },
    ]
    const views: [string, Role, string][] = []
    for (const { collection, role, create, alsoEditor, ...rest } of plan) {
      if (only.length > 0 && !only.includes(collection)) continue
      const id = 'id' in rest ? rest.id : (await firstFor(collection, role))?.id
      if (create !== false)
        views.push([
          `${collection}/create`,
          create ?? role,
          `/admin/collections/${collection}/create`,
        ])
      if (id === undefined) continue
      views.push([`${collection}/<id>`, role, `/admin/collections/${collection}/${id}`])
      if (alsoEditor)
        views.push([`${collection}/<id>`, 'editor', `/admin/collections/${collection}/${id}`])
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
        // the next role would find the document locked by this one (a closed page does not
        // always get to release it) and see it read-only
        await admin.request.delete('/api/payload-locked-documents?where[id][exists]=true', {
          headers: origin,
        })
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
