import { parse } from 'csv-parse/sync'
import { readSheet } from 'read-excel-file/node'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { csvColumns } from '@/registry/openData'

import { axeViolations, setUpBrowser } from '../helpers/browser'
import { apiToken } from '../helpers/apiToken'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const newPage = setUpBrowser(baseURL)
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const api = (path: string, init: RequestInit = {}) => fetch(`${baseURL}${path}`, init)

let auth: Record<string, string>
let organisationId: number | string

beforeAll(async () => {
  const token = await apiToken(baseURL, 'editor@example.org', inject('adminPassword'))
  auth = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const organisations = await api(
    '/api/organisations?where[slug][equals]=kraj-vysocina&depth=0',
  ).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
  organisationId = organisations.docs[0].id
})

describe('the open-data page', () => {
  it.each(locales)(
    'is reached from the footer and describes datasets, fields, formats, licence and updates (%s)',
    async (locale) => {
      const t = getT(locale, 'centres')
      const page = await newPage()
      await page.goto(`/${locale}`)
      await page
        .locator('footer')
        .getByRole('link', { name: getT(locale, 'legal')('footer.openData') })
        .click()
      await page.waitForURL(new RegExp(`/${locale}/open-data$`))
      expect(await page.locator('h1').textContent()).toBe(t('openData.title'))
      const main = page.locator('main')
      for (const heading of ['datasetsHeading', 'licenceHeading', 'updatesHeading'])
        await main.getByRole('heading', { name: t(`openData.${heading}`) }).waitFor()
      expect(
        await main.getByRole('link', { name: t('openData.licenceLink') }).getAttribute('href'),
      ).toBe('https://creativecommons.org/licenses/by/4.0/')
      // positions taken from the municipality table credit its source, as its licence asks
      await main.getByText(t('openData.positionSource')).waitFor()
      // every field of the CSV is explained
      const fields = main.getByRole('region', { name: t('openData.fieldsHeading') })
      expect(await fields.locator('tbody th code').count()).toBe(csvColumns.length)
      expect(await fields.textContent()).toContain(t('openData.fields.service_names'))
      // the download in the page's language is a CSV in that language's conventions
      const csvHref = await main
        .locator(`a[href="/api/open-data/centres.csv?locale=${locale}"]`)
        .getAttribute('href')
      const csv = await api(csvHref!)
      const rows = parse(Buffer.from(await csv.arrayBuffer()).toString('utf8'), {
        bom: true,
        columns: true,
        delimiter: locale === 'en' ? ',' : ';',
      }) as Record<string, string>[]
      expect(rows.length).toBeGreaterThan(5)
      expect(rows.some((row) => row.service_names !== '')).toBe(true)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('fits a 390 px phone, its field table scrolling inside its own box, and offers the .xlsx', async () => {
    const page = await newPage(phone)
    await page.goto('/hu/open-data')
    const t = getT('hu', 'centres')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await page.getByRole('region', { name: t('openData.fieldsHeading') }).isVisible()).toBe(
      true,
    )
    const xlsx = await api('/api/open-data/centres.xlsx?locale=hu')
    expect(xlsx.headers.get('content-disposition')).toContain('centres.xlsx')
    const [header, first] = await readSheet(Buffer.from(await xlsx.arrayBuffer()))
    expect(header).toContain('organisation_website')
    expect(typeof first[header.indexOf('latitude')]).toBe('number')
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('erasing one’s registration data', () => {
  it('asks first, also without JavaScript, keeps everything on "no", and says it is done where the reader looks', async () => {
    const start = Date.now() + 9 * 86_400_000
    const created = await api('/api/events', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'Adatvédelmi próba',
        type: 'workshop',
        startsAt: new Date(start).toISOString(),
        startsAt_tz: 'Europe/Budapest',
        endsAt: new Date(start + 2 * 3600_000).toISOString(),
        endsAt_tz: 'Europe/Budapest',
        mode: 'in-person',
        venue: { municipality: 'Győr' },
        organisation: organisationId,
        status: 'published',
        questions: [
          {
            kind: 'choice',
            label: 'Étrend',
            options: [{ label: 'Normál' }, { label: 'Vegetáriánus' }],
          },
        ],
      }),
    })
    expect(created.status).toBe(201)
    const event = ((await created.json()) as { doc: { id: number; questions: { key: string }[] } })
      .doc
    const registered = await api(`/api/events/${event.id}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Szabó Éva',
        email: 'szabo.eva.erase@example.test',
        consent: true,
        language: 'hu',
        answers: { [event.questions[0].key]: '1' },
      }),
    })
    expect(registered.status).toBe(201)
    const t = getT('hu', 'events')
    const mail = await waitForMail(inbox, (m) => m.to.includes('szabo.eva.erase'), 30_000)
    const link = /href="([^"]+\/hu\/events\/registration\/[^"]+)"/
      .exec(String(mail.html))![1]
      .replace(/^https?:\/\/[^/]+/, '')

    // the export speaks Hungarian and gives the choice as its text
    const exported = (await (await api(`${link}/data.json`)).json()) as {
      registration: { status: string; answers: { question: string; answer: string }[] }
    }
    expect(exported.registration.status).toBe(t('registrationStatuses.confirmed'))
    expect(exported.registration.answers).toEqual([{ question: 'Étrend', answer: 'Vegetáriánus' }])

    // without JavaScript, on a phone: the first press only asks; "no" keeps everything
    const plain = await newPage({ ...phone, javaScriptEnabled: false })
    await plain.goto(link)
    await plain.getByRole('button', { name: t('registration.personalData.erase') }).click()
    await plain.waitForURL(/erase=confirm/)
    const step = plain.getByRole('region', { name: t('registration.personalData.eraseAsk') })
    expect(await step.getAttribute('autofocus')).not.toBeNull()
    await step.getByRole('link', { name: t('registration.personalData.eraseKeep') }).click()
    await plain.waitForURL((url) => !url.search.includes('erase'))
    expect(await plain.locator('[data-status]').getAttribute('data-status')).toBe('confirmed')
    expect((await api(`${link}/data.json`)).status).toBe(200)

    // with JavaScript: the step takes the focus, "yes" erases, the outcome takes the focus
    const page = await newPage()
    await page.goto(link)
    await page.getByRole('button', { name: t('registration.personalData.erase') }).click()
    await page.waitForURL(/erase=confirm/)
    await page.waitForFunction(() => document.activeElement?.id === 'erase-confirm')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: t('registration.personalData.eraseYes') }).click()
    await page.waitForURL(/erased=1/)
    const outcome = page.getByRole('status')
    expect(await outcome.textContent()).toBe(t('registration.personalData.erased'))
    await page.waitForFunction(() => document.activeElement?.id === 'outcome')
    expect(await axeViolations(page)).toEqual([])
    expect((await api(`${link}/data.json`)).status).toBe(404)
  })
})
