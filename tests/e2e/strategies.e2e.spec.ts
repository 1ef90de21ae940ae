import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'
import { locales } from '@/i18n/locales'

import { axeViolations, setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const newPage = setUpBrowser(baseURL)

const LIBEREC = 'strategie-socialniho-zaclenovani-libereckeho-kraje-2021'

describe('strategies', () => {
  it.each(locales)(
    'lists strategies and shows the Liberec tree with progress, accessibly (%s)',
    async (locale) => {
      const t = getT(locale, 'strategies')
      const page = await newPage()
      await page.goto(`/${locale}/strategies`)
      expect(await page.locator('h1').textContent()).toBe(t('title'))
      expect(await page.locator('.event-summary').count()).toBe(2)
      expect(await axeViolations(page)).toEqual([])
      await page.goto(`/${locale}/strategies/${LIBEREC}`)
      expect(await page.locator('.strategy-theme').count()).toBe(5)
      expect(await page.locator('[id^="measure-"]').count()).toBeGreaterThan(20)
      // the per-theme chart has its table, one row per theme
      expect(await page.locator('figure.chart table tbody tr').count()).toBe(5)
      expect(await page.locator('progress').count()).toBeGreaterThan(20)
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('links a measure to its event and the event back to the measure', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto(`/cs/strategies/${LIBEREC}`)
    const eventLink = page
      .locator('[id^="measure-"] a[href="/cs/events/liberec-kulaty-stul-dluhove-poradenstvi"]')
      .first()
    await eventLink.click()
    await page.waitForURL('**/cs/events/liberec-kulaty-stul-dluhove-poradenstvi')
    const back = page.locator('#served-heading + ul a').first()
    expect(await back.getAttribute('href')).toMatch(
      new RegExp(`^/cs/strategies/${LIBEREC}#measure-`),
    )
    await back.click()
    await page.waitForURL(/#measure-/)
  })
})
