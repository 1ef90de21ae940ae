import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { axeViolations, setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const inbox = inject('inbox')
const newPage = setUpBrowser(baseURL)

async function fillRegistration(page: Page, suffix: string) {
  await page.locator('#name').fill('Marie Dvořáková')
  await page.locator('#email').fill(`marie.${suffix}@spolek.example`)
  await page.locator('#password').fill('a very good password')
  await page.locator('#consent').check()
  await page.locator('#organisationName').fill(`Spolek Romano Jilo ${suffix}`)
  await page.locator('#organisationKind').selectOption('ngo')
  await page.locator('#country').selectOption('CZ')
  await page.locator('#centreName').fill(`Klub Romano Jilo ${suffix}`)
  await page.locator('#centreMunicipality').fill('Chomutov')
  await page.locator('#region').selectOption('CZ042')
  await page.locator('#service-cz-108-62').check()
  await page.locator('#latitude').fill('50.46')
  await page.locator('#longitude').fill('13.41')
}

describe('NGO registration journey', () => {
  it('has no accessibility violations', async () => {
    const page = await newPage()
    await page.goto('/cs/register')
    expect(await axeViolations(page)).toEqual([])
  })

  it('shows localized errors next to the fields without JavaScript and stores nothing', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await page.goto('/hu/register')
    const t = getT('hu', 'register')
    await page.locator('#email').fill('not-an-email')
    await page.locator('#centreName').fill('<b>Klub</b>')
    await page.getByRole('button', { name: t('submit') }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('#email-error').textContent()).toBe(t('errors.email'))
    expect(await page.locator('#centreName-error').textContent()).toBe(t('errors.html'))
    expect(await page.locator('#consent-error').textContent()).toBe(t('errors.consent'))
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#email').inputValue()).toBe('not-an-email')
  })

  it('keeps the error state accessible when submitted with JavaScript', async () => {
    const page = await newPage()
    await page.goto('/en/register')
    await page.getByRole('button', { name: getT('en', 'register')('submit') }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('#name-error').textContent()).toBe(
      getT('en', 'register')('errors.required'),
    )
    expect(await axeViolations(page)).toEqual([])
  })

  it.each([
    ['desktop', 1280, true],
    ['phone', 390, true],
    ['phone without JavaScript', 390, false],
  ] as const)(
    'keeps every value after a refused submit, focuses the error summary and reports all errors at once (%s)',
    async (_label, width, javaScriptEnabled) => {
      const t = getT('cs', 'register')
      const page = await newPage({
        javaScriptEnabled,
        viewport: { width, height: 800 },
        extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${width % 250}` },
      })
      await page.goto('/cs/register')
      // the list of existing organisations appears only when that is what the person chose
      expect(await page.locator('#existingOrganisation').isVisible()).toBe(false)
      await page.locator('#mode-existing').check()
      expect(await page.locator('#existingOrganisation').isVisible()).toBe(true)
      expect(await page.locator('#organisationName').isVisible()).toBe(false)
      await page.locator('#mode-new').check()
      for (const id of [
        '#name',
        '#email',
        '#password',
        '#consent',
        '#organisationName',
        '#organisationKind',
        '#country',
        '#centreName',
        '#centreMunicipality',
        '#region',
      ]) {
        expect(await page.locator(id).getAttribute('required'), id).not.toBeNull()
      }
      expect(await page.locator('label[for="consent"] a').getAttribute('href')).toBe('/cs/privacy')

      await fillRegistration(page, `kept-${width}`)
      await page.locator('#name').fill('')
      await page.locator('#email').fill('marie@')
      await page.locator('#registrationNumber').fill('70890748') // a wrong Czech check digit
      await page.getByRole('button', { name: t('submit') }).click()
      await page.locator('.error-summary').waitFor()
      await page.locator('#error-summary:focus').waitFor({ timeout: 5_000 })
      // all three in the first answer
      expect(await page.locator('#name-error').textContent()).toBe(t('errors.required'))
      expect(await page.locator('#email-error').textContent()).toBe(t('errors.email'))
      expect(await page.locator('#registrationNumber-error').textContent()).toBe(
        t('errors.registrationNumber'),
      )
      expect(await page.locator('.error-summary li').count()).toBe(3)
      // everything typed or chosen is still there, but the password
      expect(await page.locator('#email').inputValue()).toBe('marie@')
      expect(await page.locator('#password').inputValue()).toBe('')
      expect(await page.locator('#consent').isChecked()).toBe(true)
      expect(await page.locator('#mode-new').isChecked()).toBe(true)
      expect(await page.locator('#organisationName').inputValue()).toBe(
        `Spolek Romano Jilo kept-${width}`,
      )
      expect(await page.locator('#organisationKind').inputValue()).toBe('ngo')
      expect(await page.locator('#country').inputValue()).toBe('CZ')
      expect(await page.locator('#region').inputValue()).toBe('CZ042')
      expect(await page.locator('#service-cz-108-62').isChecked()).toBe(true)
      expect(await page.locator('#latitude').inputValue()).toBe('50.46')
      expect(await page.locator('#existingOrganisation').isVisible()).toBe(false)
      // axe runs as a script in the page
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])
    },
  )

  it('registers, verifies by e-mail, is approved by an editor and appears in the directory in two locales', async () => {
    const suffix = Date.now().toString(36)
    const page = await newPage()
    await page.goto('/cs/register')
    await fillRegistration(page, suffix)
    await page.getByRole('button', { name: getT('cs', 'register')('submit') }).click()
    await page.getByRole('heading', { name: getT('cs', 'register')('success.title') }).waitFor()

    const mail = await waitForMail(inbox, (m) => m.to.includes(`marie.${suffix}@spolek.example`))
    expect(mail.subject).toBe(getT('cs', 'emails')('verify.subject'))
    const link = /href="([^"]+\/cs\/register\/verify\?token=[^"]+)"/.exec(String(mail.html))![1]
    await page.goto(link.replace(/&amp;/g, '&'))
    expect(await page.locator('[role="status"]').textContent()).toBe(
      getT('cs', 'register')('verify.ok'),
    )

    // nothing public before approval
    const before = await fetch(`${baseURL}/api/open-data/centres.json`).then((r) => r.json())
    expect(JSON.stringify(before)).not.toContain(`Klub Romano Jilo ${suffix}`)

    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: inject('adminPassword') }),
    }).then((r) => r.json())
    const auth = { 'content-type': 'application/json', authorization: `JWT ${login.token}` }
    const pending = await fetch(
      `${baseURL}/api/centres?where[status][equals]=pending&sort=createdAt&depth=0`,
      { headers: auth },
    ).then((r) => r.json())
    const centre = pending.docs.find(
      (doc: { name: string }) => doc.name === `Klub Romano Jilo ${suffix}`,
    )
    expect(centre).toBeTruthy()
    for (const [collection, id] of [
      ['organisations', centre.organisation],
      ['centres', centre.id],
    ]) {
      const response = await fetch(`${baseURL}/api/${collection}/${id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ status: 'published' }),
      })
      expect(response.status).toBe(200)
    }
    await waitForMail(
      inbox,
      (m) =>
        m.to.includes(`marie.${suffix}`) &&
        m.subject === getT('cs', 'emails')('moderation.approvedSubject'),
    )

    for (const locale of ['cs', 'en'] as const) {
      await page.goto(`/${locale}/centres?q=${encodeURIComponent(`Romano Jilo ${suffix}`)}`)
      await page.getByRole('link', { name: `Klub Romano Jilo ${suffix}` }).click()
      await page.waitForURL(`**/${locale}/centres/klub-romano-jilo-${suffix}`)
      expect(await page.locator('h1').textContent()).toBe(`Klub Romano Jilo ${suffix}`)
    }
  })
})
