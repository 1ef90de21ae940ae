import { describe, expect, inject, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'

import { axeViolations, setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

describe('site-wide search', () => {
  it.each(locales)(
    'finds Prunéřov typed without accents, across types, accessibly (%s)',
    async (locale) => {
      const t = getT(locale, 'search')
      const page = await newPage()
      await page.goto(`/${locale}/search?q=Prunerov`)
      expect(await page.locator('h1').textContent()).toBe(t('title'))
      // the centre and the case study, whatever language the reader uses
      expect(
        await page
          .locator(`a[href="/${locale}/centres/centrum-socialnich-sluzeb-prunerov"]`)
          .count(),
      ).toBe(1)
      expect(
        await page
          .locator(
            `a[href="/${locale}/good-practice/centrum-socialnich-sluzeb-prunerov-integrace"]`,
          )
          .count(),
      ).toBe(1)
      expect((await page.locator('mark').first().textContent())?.toLowerCase()).toBe('prunéřov')
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('narrows to one type with the facet links, without JavaScript', async () => {
    const t = getT('cs', 'search')
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/cs/search?q=vysocina')
    const facet = page.locator('nav.tabs a', { hasText: t('types.events') })
    await facet.click()
    await page.waitForURL(/type=events/)
    expect(await page.locator('section h2').count()).toBe(1)
    expect(await page.locator('section h2').textContent()).toContain(t('types.events'))
    expect(await page.locator('section li').count()).toBeGreaterThan(3)
    await page.goto('/cs/search?q=a')
    expect(await page.locator('[role="alert"]').textContent()).toBe(t('tooShort'))
  })

  it('finds a plan’s measure and a publicly listed group, each linked to where it is shown', async () => {
    const cs = getT('cs', 'search')
    const page = await newPage()
    await page.goto('/cs/search?q=sport%20pro%20vsechny')
    const plan = '/cs/strategies/strategie-socialniho-zaclenovani-libereckeho-kraje-2021'
    expect(await page.locator('#results-strategies').textContent()).toContain(
      cs('types.strategies'),
    )
    // the hit inside the plan leads to the measure's own anchor on the plan's page
    const measure = page.locator(`#results-strategies + ul a[href="${plan}#measure-1.3.1"]`)
    expect(await measure.textContent()).toContain('Podpora sportu pro všechny')
    await measure.click()
    await page.waitForURL((url) => url.hash === '#measure-1.3.1')
    expect(await page.locator('[id="measure-1.3.1"]').count()).toBe(1)

    const hu = getT('hu', 'search')
    await page.goto('/hu/search?q=szocialis%20gazdasag&type=working-groups')
    expect(await page.locator('section h2').textContent()).toContain(hu('types.working-groups'))
    expect(
      await page
        .locator(
          '#results-working-groups + ul a[href="/hu/working-groups/vas-szocialis-gondoskodas"]',
        )
        .count(),
    ).toBe(1)
    expect(await axeViolations(page)).toEqual([])
  })

  it('adds the member’s own groups’ minutes and materials, and only theirs', async () => {
    const t = getT('sk', 'search')
    const page = await newPage()
    await page.goto('/sk/login?next=%2Fsk%2Fsearch%3Fq%3Danalyza')
    await page.fill('#login-email', 'member@example.org')
    await page.fill('#login-password', password)
    await Promise.all([page.waitForURL(/\/sk\/search/), page.click('form button[type="submit"]')])
    expect(await page.locator('#results-minutes').count()).toBe(1)
    expect(
      await page
        .locator('#results-minutes + ul a[href*="/working-groups/vysocina-platform/meetings/"]')
        .count(),
    ).toBeGreaterThan(0)
    // a visitor searching the same word sees no minutes section at all
    const visitor = await newPage()
    await visitor.goto('/sk/search?q=analyza')
    expect(await visitor.locator('#results-minutes').count()).toBe(0)
    expect(await visitor.locator('nav.tabs').textContent()).not.toContain(t('types.minutes'))
  })
})
