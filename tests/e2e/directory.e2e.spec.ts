import { parse } from 'csv-parse/sync'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { axeViolations, setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const newPage = setUpBrowser(baseURL)

const resultsHeading = (page: Awaited<ReturnType<typeof newPage>>) =>
  page.locator('#results-heading')

describe('centre directory', () => {
  it('filters by facets without JavaScript and keeps the filters in the URL', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/cs/centres')
    const t = getT('cs', 'centres')
    expect(await resultsHeading(page).textContent()).toMatch(/6\d/)
    await page.getByLabel(/^Maďarsko/).check()
    await page.getByRole('button', { name: t('filters.apply') }).click()
    await page.waitForURL(/country=HU/)
    const hungarian = await resultsHeading(page).textContent()
    expect(hungarian).toBe(t('results', { count: 18 }))
    // counts beside the other facets follow the selection
    await page.getByLabel(/^Vas vármegye|^Župa Vas/).check()
    await page.getByRole('button', { name: t('filters.apply') }).click()
    await page.waitForURL(/region=HU222/)
    const names = await page.locator('.result-list h3').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((name) => /Szombathely|Körmend/.test(name))).toBe(true)
  })

  it('searches by municipality and opens a centre page with its opening hours', async () => {
    const page = await newPage()
    await page.goto('/en/centres')
    await page.getByLabel(getT('en', 'centres')('search.label')).fill('Kadaň')
    await page.getByRole('button', { name: getT('en', 'centres')('search.submit') }).click()
    await page.waitForURL(/q=Kada/)
    await page.getByRole('link', { name: 'Centrum sociálních služeb Prunéřov' }).click()
    await page.waitForURL('**/en/centres/centrum-socialnich-sluzeb-prunerov')
    expect(await page.locator('h1').getAttribute('lang')).toBe('cs')
    expect(await page.locator('table.hours th').first().textContent()).toBe('Monday')
    expect(await page.locator('table.hours td').first().textContent()).toBe('9:00–17:00')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(jsonLd).toMatchObject({ '@type': 'Place', name: 'Centrum sociálních služeb Prunéřov' })
    expect(jsonLd.openingHoursSpecification).toHaveLength(5)
  })

  it('shows the same centre in Hungarian with Hungarian labels', async () => {
    const page = await newPage()
    await page.goto('/hu/centres/centrum-socialnich-sluzeb-prunerov')
    expect(await page.locator('table.hours th').first().textContent()).toBe('Hétfő')
    expect(await page.locator('.lead').textContent()).toContain('Prunéřovban')
  })
})

describe('map', () => {
  it('draws every filtered centre, not only the first page, and links to it', async () => {
    const page = await newPage()
    await page.goto('/sk/centres?country=HU')
    // the map draws once it comes into view
    await page.locator('.centre-map__canvas').scrollIntoViewIfNeeded()
    await page.locator('.centre-map__canvas[data-ready]').waitFor()
    expect(await page.locator('path.leaflet-interactive').count()).toBe(18)
    await page.goto('/sk/centres')
    await page.locator('.centre-map__canvas').scrollIntoViewIfNeeded()
    await page.locator('.centre-map__canvas[data-ready]').waitFor()
    const total = Number((await resultsHeading(page).textContent())?.match(/\d+/)?.[0])
    expect(total).toBeGreaterThan(20)
    // every result with a position is drawn; one registered without a position is listed only
    const located = (
      (await (
        await fetch(`${baseURL}/api/centres?limit=1&depth=0&where[latitude][exists]=true`)
      ).json()) as { totalDocs: number }
    ).totalDocs
    expect(located).toBeGreaterThan(20)
    expect(located).toBeLessThanOrEqual(total)
    expect(await page.locator('path.leaflet-interactive').count()).toBe(located)
  })
})

describe('public REST API', () => {
  it('returns published records only and no private contact person to a visitor', async () => {
    const centres = await (await fetch(`${baseURL}/api/centres?limit=500&depth=0`)).json()
    expect(centres.totalDocs).toBeGreaterThanOrEqual(60)
    expect(centres.docs.every((doc: { status: string }) => doc.status === 'published')).toBe(true)
    expect(centres.docs.some((doc: { contactPerson?: unknown }) => doc.contactPerson)).toBe(false)
    const pending = await (
      await fetch(`${baseURL}/api/centres?where[status][equals]=pending`)
    ).json()
    expect(pending.totalDocs).toBe(0)
    const organisations = await (
      await fetch(`${baseURL}/api/organisations?limit=500&depth=0`)
    ).json()
    expect(organisations.docs.every((doc: { status: string }) => doc.status === 'published')).toBe(
      true,
    )
    expect(
      organisations.docs.some(
        (doc: { pendingRepresentatives?: unknown }) => doc.pendingRepresentatives,
      ),
    ).toBe(false)
    expect((await fetch(`${baseURL}/api/users`)).status).toBe(403)
  })
})

describe('open data', () => {
  it('says when an organisation’s description is shown in Slovak because it is not translated yet', async () => {
    const page = await newPage()
    await page.goto('/hu/organisations/kosicky-samospravny-kraj')
    const notice = page.locator('.notice--warning[role="note"]')
    expect(await notice.count()).toBe(1)
    expect(await page.locator('div[lang="sk"] .prose').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    // translated into English: no notice, the text is marked English
    await page.goto('/en/organisations/kosicky-samospravny-kraj')
    expect(await page.locator('.notice--warning[role="note"]').count()).toBe(0)
    expect(await page.locator('div[lang="en"] .prose').count()).toBe(1)
  })

  it('serves JSON, CSV and HSDS of published centres', async () => {
    const json = await (await fetch(`${baseURL}/api/open-data/centres.json?locale=en`)).json()
    expect(json.licence).toBe('CC-BY-4.0')
    expect(json.centres.length).toBeGreaterThanOrEqual(60)
    const csvResponse = await fetch(`${baseURL}/api/open-data/centres.csv`)
    expect(csvResponse.headers.get('content-type')).toContain('text/csv')
    const rows = parse(await csvResponse.text(), {
      columns: true,
      bom: true,
      delimiter: ';',
    }) as Record<string, string>[]
    expect(rows).toHaveLength(json.centres.length)
    const hsds = await (await fetch(`${baseURL}/api/open-data/hsds.json`)).json()
    expect(hsds.locations).toHaveLength(json.centres.length)
    expect((await fetch(`${baseURL}/api/open-data/secrets.json`)).status).toBe(404)
  })
})
