import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { setUpBrowser } from '../helpers/browser'

const password = inject('adminPassword')
const newPage = setUpBrowser(inject('baseURL'))

/** Logs in through the site's form; Payload's session cookie then opens the admin too. */
async function logIn(page: Page, email: string) {
  await page.goto('/sk/login')
  await page.fill('#login-email', email)
  await page.fill('#login-password', password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith('/login')),
    page.click('form button[type="submit"]'),
  ])
}

describe('translation coverage in the admin', () => {
  it('lists documents missing Hungarian for an editor, oldest first, and shows the gap in the document', async () => {
    const page = await newPage()
    await logIn(page, 'editor@example.org')
    await page.goto('/admin/translations?language=hu')
    const rows = page.locator('.translation-queue tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThan(0)
    const href = await rows.first().locator('a').getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/[\w-]+\/\d+\?locale=hu$/)
    await page.goto(href!)
    await page.locator('.translation-status [data-missing="hu"]').waitFor()
  })

  it('keeps the list to editors and administrators', async () => {
    // a group coordinator may use the admin (for their group), not this list
    const page = await newPage()
    await logIn(page, 'coordinator@example.org')
    await page.goto('/admin/translations?language=hu')
    await page
      .getByText(getT('sk', 'admin')('translations.forbidden'))
      .or(page.getByText(getT('en', 'admin')('translations.forbidden')))
      .first()
      .waitFor()
    expect(await page.locator('.translation-queue').count()).toBe(0)
  })
})
