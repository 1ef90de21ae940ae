import { beforeAll, describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'
import { locales } from '@/i18n/locales'

import { axeViolations, setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

const VYSOCINA = 'vysocina-socialni-integrace-romskych-lokalit'

const api = (path: string, init: RequestInit = {}) => fetch(`${baseURL}${path}`, init)
async function login(email: string, secret: string) {
  const response = await api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: secret }),
  })
  const body = (await response.json()) as { token?: string }
  return { 'content-type': 'application/json', authorization: `JWT ${body.token}` }
}
const firstId = async (path: string, auth?: Record<string, string>) =>
  ((await api(path, { headers: auth }).then((r) => r.json())) as { docs: { id: number }[] }).docs[0]
    ?.id

/** The total of one indicator on /impact, as a number (the page formats it per locale). */
async function impactTotal(code: string) {
  const page = await newPage({ javaScriptEnabled: false })
  await page.goto('/en/impact')
  const section = page.locator(`[data-indicator="${code}"] [data-total]`)
  if ((await section.count()) === 0) return 0
  return Number((await section.textContent())!.replace(/[^\d]/g, ''))
}

let editor: Record<string, string>

beforeAll(async () => {
  editor = await login('editor@example.org', password)
})

describe('good-practice pages', () => {
  it.each(locales)(
    'lists case studies, shows one and the impact page without accessibility violations (%s)',
    async (locale) => {
      const t = getT(locale, 'goodPractice')
      const page = await newPage()
      await page.goto(`/${locale}/good-practice`)
      expect(await page.locator('h1').textContent()).toBe(t('title'))
      expect(await page.locator('.event-summary').count()).toBeGreaterThanOrEqual(5)
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`/${locale}/good-practice/${VYSOCINA}`)
      expect(await page.locator('.figure-list li').count()).toBeGreaterThanOrEqual(6)
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent())!,
      )
      expect(data).toMatchObject({ '@type': 'Article', identifier: 'CZ.1.04/3.2.00/B4.00007' })
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`/${locale}/impact`)
      // every chart has its data table
      expect(await page.locator('figure.chart svg').count()).toBe(
        await page.locator('figure.chart table').count(),
      )
      expect(await page.locator('figure.chart').count()).toBeGreaterThan(3)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('shows the Prunéřov funding as a share bar with its table', async () => {
    const page = await newPage()
    await page.goto('/cs/good-practice?q=Prun')
    await page.locator('.event-summary__title a').first().click()
    await page.waitForURL(/good-practice\/centrum/)
    const cells = await page
      .locator(
        '#funding-chart-caption ~ table td, figure[aria-labelledby="funding-chart-caption"] td',
      )
      .allTextContents()
    expect(cells.map((cell) => cell.replace(/\s/g, ''))).toEqual(['85%', '15%'])
  })

  it('filters by evidence tier and period without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/good-practice')
    await page.locator('#filter-tier').selectOption('demonstrated')
    await page.locator('#filter-to').selectOption('2015')
    await page.getByRole('button', { name: getT('en', 'goodPractice')('filters.apply') }).click()
    await page.waitForURL(/tier=demonstrated/)
    const titles = await page
      .locator('.event-summary__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(titles).toEqual([`/en/good-practice/${VYSOCINA}`])
  })

  it('keeps the contact person for logged-in users', async () => {
    const anonymous = await newPage()
    await anonymous.goto(`/en/good-practice/${VYSOCINA}`)
    expect(await anonymous.locator('#contact-heading + p a').getAttribute('href')).toContain(
      '/admin/login',
    )
    const response = await api(`/api/case-studies?where[slug][equals]=${VYSOCINA}`)
    const doc = ((await response.json()) as { docs: Record<string, unknown>[] }).docs[0]
    expect(doc.contactPerson).toBeUndefined()
  })
})

describe('from a representative’s draft to the impact page', () => {
  it('a representative drafts, an editor publishes, and the figures count on /impact', async () => {
    // an account for a representative of an approved organisation, confirmed through its e-mail
    const admin = await login('admin@example.org', password)
    const email = `rep.${Date.now()}@charita.example`
    const created = await api('/api/users', {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        email,
        password: 'a long enough password',
        name: 'Marta Zástupkyně',
        roles: ['ngo'],
        preferredLanguage: 'cs',
      }),
    })
    expect(created.status).toBe(201)
    const userId = ((await created.json()) as { doc: { id: number } }).doc.id
    const verification = await waitForMail(inbox, (m) => m.to.includes(email))
    const token = /token=([\w-]+)/.exec(String(verification.html))![1]
    expect((await api(`/api/users/verify/${token}`, { method: 'POST' })).status).toBe(200)
    const organisationId = await firstId(
      '/api/organisations?where[slug][equals]=oblastni-charita-trebic&depth=0',
    )
    const patched = await api(`/api/organisations/${organisationId}`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ representatives: [userId] }),
    })
    expect(patched.status).toBe(200)
    const representative = await login(email, 'a long enough password')

    const people = await firstId('/api/indicator-types?where[code][equals]=people-supported')
    const before = await impactTotal('people-supported')
    const draft = await api('/api/case-studies?draft=true', {
      method: 'POST',
      headers: representative,
      body: JSON.stringify({
        title: 'Klub pro rodiče v Třebíči',
        summary: 'Setkávání rodičů se sociální pracovnicí a školou.',
        organisation: organisationId,
        country: 'CZ',
        period: { from: '2023-09-01', to: '2024-06-30' },
        evidenceTier: 'promising',
        indicators: [{ type: people, value: 321 }],
        review: { state: 'submitted' },
      }),
    })
    expect(draft.status).toBe(201)
    const id = ((await draft.json()) as { doc: { id: number } }).doc.id
    // publishing is the editors' call
    const selfPublish = await api(`/api/case-studies/${id}`, {
      method: 'PATCH',
      headers: representative,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(selfPublish.status).toBe(403)
    expect(await firstId(`/api/case-studies?where[id][equals]=${id}`)).toBeUndefined()
    expect(await impactTotal('people-supported')).toBe(before)

    const published = await api(`/api/case-studies/${id}`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(published.status).toBe(200)
    const page = await newPage()
    // written in Slovak, the default language (queries match each language's own text)
    await page.goto('/sk/good-practice?q=Klub+pro+rodi%C4%8De')
    await page.getByRole('link', { name: 'Klub pro rodiče v Třebíči' }).waitFor()
    expect(await impactTotal('people-supported')).toBe(before + 321)
    // and the representative hears of it in Czech
    await waitForMail(
      inbox,
      (m) =>
        m.to.includes(email) &&
        m.subject ===
          getT('cs', 'goodPractice')('mail.published.subject', {
            title: 'Klub pro rodiče v Třebíči',
          }),
      30_000,
    )
  })
})
