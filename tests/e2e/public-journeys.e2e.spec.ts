import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { apiToken } from '../helpers/apiToken'
import { axeViolations, setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)
const { logIn, api } = adminSession(baseURL, password, newPage)

type ID = number | string
type Page = Awaited<ReturnType<typeof newPage>>
const stamp = Date.now()
const en = getT('en', 'centres')
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** Every heading on the page has something under it before the next heading of its rank or above. */
const emptyHeadings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main h2, main h3')]
      .filter((heading) => {
        const rank = Number(heading.tagName[1])
        let next = heading.nextElementSibling
        while (next && /^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) > rank)
          next = next.nextElementSibling
        const section = heading.closest('section')
        const alone = section ? section.children.length === 1 : false
        return (
          alone ||
          (next !== null && /^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= rank)
        )
      })
      .map((heading) => heading.textContent),
  )

describe('a centre’s page', () => {
  it('gives its public phone and website, a small map, and no empty heading', async () => {
    const page = await newPage()
    await page.goto('/en/centres/ksk-referat-pre-socialne-vylucene-komunity')
    const facts = page.locator('dl.facts')
    expect(await facts.getByRole('link', { name: '+421 55 7268 299' }).getAttribute('href')).toBe(
      'tel:+421557268299',
    )
    expect(await facts.getByRole('link', { name: 'web.vucke.sk' }).getAttribute('href')).toBe(
      'https://web.vucke.sk',
    )
    const map = page.locator('.centre-location .centre-map__canvas')
    await map.scrollIntoViewIfNeeded()
    await page.locator('.centre-location .centre-map__canvas[data-ready]').waitFor()
    expect(await page.locator('.centre-location path.leaflet-interactive').count()).toBe(1)
    expect(await map.innerText()).not.toContain(en('detail.mapFallback'))
    expect(await emptyHeadings(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
  })

  it('shows photos, says when the summary is shown in Slovak, and has no opening-hours heading without hours', async () => {
    const admin = await logIn('admin@example.org', 'sk')
    const regions = await api<{ docs: { id: ID }[] }>(
      admin,
      'get',
      '/api/regions?where[code][equals]=SK042&limit=1&depth=0',
    )
    const organisations = await api<{ docs: { id: ID }[] }>(
      admin,
      'get',
      '/api/organisations?where[slug][equals]=kosicky-samospravny-kraj&limit=1&depth=0',
    )
    const image = await sharp({
      create: { width: 80, height: 60, channels: 3, background: '#2a9d8f' },
    })
      .png()
      .toBuffer()
    const upload = await admin.request.post('/api/media', {
      headers: { Origin: new URL(baseURL).origin },
      multipart: {
        file: { name: `klub-${stamp}.png`, mimeType: 'image/png', buffer: image },
        _payload: JSON.stringify({ alt: `Klubovňa ${stamp}` }),
      },
    })
    expect(upload.status()).toBe(201)
    const photo = ((await upload.json()) as { doc: { id: ID } }).doc.id
    const slug = `klub-${stamp}`
    // written in Slovak only; no opening hours given
    await api(admin, 'post', '/api/centres?locale=sk', {
      organisation: organisations.docs[0].id,
      name: `Klub ${stamp}`,
      slug,
      generateSlug: false,
      summary: 'Nízkoprahový klub pre deti a mládež.',
      region: regions.docs[0].id,
      address: { municipality: 'Košice' },
      latitude: 48.72,
      longitude: 21.26,
      photos: [photo],
      status: 'published',
    })

    const page = await newPage()
    await page.goto(`/hu/centres/${slug}`)
    expect(await page.locator('.notice--warning[role="note"]').count()).toBe(1)
    expect(await page.locator('p.lead[lang="sk"]').textContent()).toBe(
      'Nízkoprahový klub pre deti a mládež.',
    )
    const img = page.getByRole('img', { name: `Klubovňa ${stamp}` })
    await img.scrollIntoViewIfNeeded()
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(
      true,
    )
    expect(await page.locator('#hours-heading').count()).toBe(0)
    expect(await emptyHeadings(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    // in Slovak, the language it is written in, there is nothing to say
    await page.goto(`/sk/centres/${slug}`)
    expect(await page.locator('.notice--warning[role="note"]').count()).toBe(0)
  })
})

describe('the directory', () => {
  it('numbers its pages, and a page past the end says so and offers the first', async () => {
    const page = await newPage()
    await page.goto('/en/centres')
    const pages = page.getByRole('navigation', { name: en('pagination.label') })
    await Promise.all([
      page.waitForURL(/page=2/),
      pages.getByRole('link', { name: en('pagination.goTo', { page: 2 }) }).click(),
    ])
    expect(await pages.locator('[aria-current="page"] [aria-hidden="true"]').innerText()).toBe('2')
    expect(await page.locator('.result-list > li').count()).toBeGreaterThan(0)
    await page.goto('/en/centres?country=HU&page=40')
    expect(await page.getByText(en('pagination.pastEnd', { page: '40' })).count()).toBe(1)
    expect(await page.getByText(en('noResults')).count()).toBe(0)
    await Promise.all([
      page.waitForURL((url) => !url.search.includes('page=')),
      page.getByRole('link', { name: en('pagination.first') }).click(),
    ])
    expect(page.url()).toContain('country=HU')
    expect(await page.locator('.result-list > li').count()).toBe(18)
    expect(await axeViolations(page)).toEqual([])
  })

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('on a phone %s puts the results first and folds the filters away', async (_how, js) => {
    const page = await newPage({ ...phone, javaScriptEnabled: js })
    await page.goto('/sk/centres')
    const t = getT('sk', 'centres')
    const firstResult = page.locator('.result-list > li').first()
    const hungary = page.getByLabel(/^Maďarsko/)
    expect(await hungary.isVisible()).toBe(false)
    const box = await firstResult.boundingBox()
    expect(box!.y).toBeLessThan(844)
    // the results come before the map on a phone
    const map = await page.locator('.centre-map').boundingBox()
    expect(map!.y).toBeGreaterThan(box!.y)
    await page.locator('.filters__more > summary').click()
    await hungary.check()
    await Promise.all([
      page.waitForURL(/country=HU/),
      page.getByRole('button', { name: t('filters.apply') }).click(),
    ])
    expect(await page.locator('.filters__more summary').textContent()).toBe(
      `${t('filters.show')} (1)`,
    )
    // axe runs as a script: only where scripts run
    if (js) expect(await axeViolations(page)).toEqual([])
  })

  it('shows no map and no "map needs JavaScript" box when nothing matches', async () => {
    const page = await newPage()
    await page.goto('/en/centres?q=zzzqqq')
    expect(await page.getByText(en('noResults')).count()).toBe(1)
    expect(await page.locator('.centre-map').count()).toBe(0)
    expect(await page.getByText(en('map.fallback')).count()).toBe(0)
    // a result with JavaScript: the map, and still no such box
    await page.goto('/en/centres?country=HU')
    await page.locator('.centre-map__canvas').scrollIntoViewIfNeeded()
    await page.locator('.centre-map__canvas[data-ready]').waitFor()
    expect(await page.getByText(en('map.fallback')).isVisible()).toBe(false)
  })

  it.each([
    ['/en/centres?country=HU&q=Szombathely', '/sk/centres?country=HU&q=Szombathely'],
    ['/en/organisations?country=CZ', '/sk/organisations?country=CZ'],
    ['/en/events?type=seminar', '/sk/events?type=seminar'],
    ['/en/search?q=Ko%C5%A1ice', '/sk/search?q=Ko%C5%A1ice'],
    ['/en/about?from=footer', '/sk/about?from=footer'],
  ])('the language switcher on %s keeps the query', async (from, to) => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ javaScriptEnabled })
      await page.goto(from)
      const link = page.locator('.language-switcher a[hreflang="sk"]')
      await expect.poll(() => link.getAttribute('href')).toBe(to)
    }
  })
})

describe('the organisations list', () => {
  it('searches, filters by country and kind, and pages', async () => {
    const page = await newPage()
    const t = getT('en', 'organisations')
    await page.goto('/en/organisations')
    const total = Number((await page.locator('#results-heading').textContent())?.match(/\d+/)?.[0])
    expect(total).toBeGreaterThan(20)
    expect(await page.locator('ul.cards > li').count()).toBe(20)
    await Promise.all([
      page.waitForURL(/page=2/),
      page
        .getByRole('navigation', { name: en('pagination.label') })
        .getByRole('link', { name: en('pagination.goTo', { page: 2 }) })
        .click(),
    ])
    expect(await page.locator('ul.cards > li').count()).toBe(Math.min(20, total - 20))

    await page.goto('/en/organisations')
    await page.getByLabel(t('filters.country')).selectOption('HU')
    await page.getByLabel(t('filters.kind')).selectOption('municipality')
    await Promise.all([
      page.waitForURL(/country=HU/),
      page.getByRole('button', { name: t('filters.apply') }).click(),
    ])
    expect(page.url()).toContain('kind=municipality')
    const names = await page.locator('ul.cards h2').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    expect(await page.locator('ul.cards h2[lang="hu"]').count()).toBe(names.length)

    await page.goto('/en/organisations')
    await page.getByLabel(t('filters.search')).fill('kosicky samospravny')
    await Promise.all([
      page.waitForURL(/q=kosicky/),
      page.getByRole('button', { name: t('filters.apply') }).click(),
    ])
    expect(await page.locator('ul.cards h2').allTextContents()).toEqual([
      'Košický samosprávny kraj – Referát pre sociálne vylúčené komunity',
    ])
    expect(await axeViolations(page)).toEqual([])
    await page.goto('/en/organisations?q=zzzqqq')
    expect(await page.getByText(t('noResults')).count()).toBe(1)
  })
})

describe('a 390 px phone', () => {
  /** The first link to a detail page on a listing, e.g. the first case study. */
  async function firstDetail(page: Page, listing: string, prefix: string) {
    await page.goto(listing)
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href')
    expect(href, `a link to ${prefix}… on ${listing}`).toBeTruthy()
    return href!
  }

  it('scrolls no public template sideways', async () => {
    const page = await newPage(phone)
    const templates = [
      '/sk',
      '/sk/centres',
      '/sk/centres?page=999',
      await firstDetail(page, '/sk/centres', '/sk/centres/'),
      '/sk/organisations',
      await firstDetail(page, '/sk/organisations', '/sk/organisations/'),
      '/sk/good-practice',
      await firstDetail(page, '/sk/good-practice', '/sk/good-practice/'),
      '/sk/impact',
      '/sk/events',
      '/sk/events?view=calendar',
      await firstDetail(page, '/sk/events', '/sk/events/'),
      '/sk/strategies',
      await firstDetail(page, '/sk/strategies', '/sk/strategies/'),
      '/sk/working-groups',
      '/sk/search?q=kosice',
      '/sk/about',
      '/sk/accessibility',
      '/sk/contact',
      '/sk/privacy',
      '/sk/register',
      '/sk/login',
      '/sk/no-such-page',
    ]
    const overflowing: string[] = []
    for (const url of templates) {
      await page.goto(url)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 390) {
        // the first elements reaching past the screen, with their edges and their ancestors' widths
        const culprits = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > 391)
            .slice(0, 3)
            .map((el) => {
              const { left, right } = el.getBoundingClientRect()
              const chain: string[] = []
              for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
                chain.push(
                  `${up.tagName.toLowerCase()}.${up.className}:${Math.round(up.getBoundingClientRect().width)}`,
                )
              return `${el.tagName.toLowerCase()}.${el.className} [${Math.round(left)}–${Math.round(right)}] in ${chain.join(' < ')}`
            }),
        )
        overflowing.push(`${url}: ${width} px (${culprits.join(', ')})`)
      }
    }
    expect(overflowing).toEqual([])
  })
})

describe('the registration form’s map picker', () => {
  const t = getT('en', 'register')
  const coordinates = (page: Page) =>
    Promise.all([page.inputValue('#latitude'), page.inputValue('#longitude')])

  it('fills the coordinates from a click, and by keyboard from the middle of the map', async () => {
    const page = await newPage()
    await page.goto('/en/register')
    const map = page.getByRole('region', { name: t('centre.pickerLabel') })
    await map.scrollIntoViewIfNeeded()
    await page.locator('.position-picker .leaflet-container').waitFor()
    const box = (await map.boundingBox())!
    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.4)
    const [latitude, longitude] = await coordinates(page)
    expect(Number(latitude)).toBeGreaterThan(44)
    expect(Number(latitude)).toBeLessThan(54)
    expect(Number(longitude)).toBeGreaterThan(12)
    expect(Number(longitude)).toBeLessThan(26)
    expect(await page.locator('.position-picker__pin').count()).toBe(1)

    // by keyboard: move the map, then place the pin at its middle
    await map.focus()
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft')
    const place = page.getByRole('button', { name: t('centre.pickerPlace') })
    await place.focus()
    await page.keyboard.press('Enter')
    const [, movedLongitude] = await coordinates(page)
    expect(Number(movedLongitude)).not.toBe(Number(longitude))
    expect(await axeViolations(page)).toEqual([])
  })

  it('comes back when React draws the form anew after a refused submit (a signed-in reader)', async () => {
    // a signed-in reader's page is sent with the framework and hydrated: the refusal comes back
    // without a reload, and the form is drawn again with a new picker
    const page = await newPage()
    const token = await apiToken(baseURL, 'editor@example.org', password)
    await page.context().addCookies([{ name: 'payload-token', value: token, url: baseURL }])
    await page.goto('/en/register', { waitUntil: 'networkidle' })
    expect(await page.locator('script[src^="/_next/"]').count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: t('submit') }).click()
    await page.locator('#error-summary').waitFor()
    const map = page.getByRole('region', { name: t('centre.pickerLabel') })
    await map.scrollIntoViewIfNeeded()
    await page.locator('.position-picker .leaflet-container').waitFor()
    expect(await page.locator('.position-picker').isVisible()).toBe(true)
  })

  it('is not there without JavaScript: the two fields are', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/en/register')
    // its markup is in the page, hidden until the map's script shows it
    expect(await page.locator('.position-picker').count()).toBe(1)
    expect(await page.locator('.position-picker').isVisible()).toBe(false)
    expect(await page.getByRole('region', { name: t('centre.pickerLabel') }).count()).toBe(0)
    expect(await page.locator('#latitude').count()).toBe(1)
  })
})
