import type { Page, Request } from 'playwright-core'
import { expect } from 'vitest'

type ID = number | string

/** Logging in, REST calls with the session and saves that wait for the form, for admin journeys. */
export function adminSession(baseURL: string, password: string, newPage: () => Promise<Page>) {
  /** The admin's form-state requests (Next.js server actions) each page has under way, and when
   * the last one started or ended. */
  const formState = new WeakMap<Page, { pending: Set<Request>; last: number }>()

  function trackFormState(page: Page) {
    const activity = { pending: new Set<Request>(), last: Date.now() }
    formState.set(page, activity)
    const done = (r: Request) => {
      if (!activity.pending.delete(r)) return
      activity.last = Date.now()
    }
    page.on('request', (r) => {
      if (!r.headers()['next-action']) return
      activity.pending.add(r)
      activity.last = Date.now()
    })
    page.on('requestfinished', done)
    page.on('requestfailed', done)
  }

  /** Logs in through the site's form, with the admin in `language` (Payload's language cookie). */
  async function logIn(email: string, language: 'sk' | 'cs' | 'hu', secret = password) {
    const page = await newPage()
    trackFormState(page)
    await page.context().addCookies([{ name: 'payload-lng', value: language, url: baseURL }])
    await page.goto(`/${language}/login`)
    await page.fill('#login-email', email)
    await page.fill('#login-password', secret)
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith('/login')),
      page.click('form button[type="submit"]'),
    ])
    return page
  }

  /**
   * A REST call with the page's session cookie. Payload only honours the cookie of a request that
   * shows where it comes from (Origin in its CSRF allowlist, or Sec-Fetch-Site); a browser's own
   * fetch sends that, Playwright's request context does not, so it says it like the browser would.
   */
  async function api<T>(page: Page, method: 'get' | 'post' | 'patch', url: string, data?: unknown) {
    const headers = { Origin: new URL(baseURL).origin }
    const response = await page.request[method](
      url,
      data === undefined ? { headers } : { data, headers },
    )
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300)
    return (await response.json()) as T
  }

  /**
   * Payload's edit view sends each change to the server a quarter of a second after the form stops
   * changing, and that request also takes the document's edit lock. A save that overtakes it (no
   * person saves that fast) has the lock taken again right after the save released it, and the next
   * person to open the record finds it locked. A row added while an answer is on its way stays a
   * placeholder for good (the answer is merged as if it covered the row), and a refused save's
   * field errors are wiped by an answer that arrives after them. So each step, and each save,
   * waits for the form to settle first, the way a person's pace does.
   */
  async function settle(page: Page) {
    // the request is sent a quarter of a second after the change: give it the time to start
    await page.waitForTimeout(400)
    await expect
      .poll(
        () => {
          const activity = formState.get(page)
          return !activity || (activity.pending.size === 0 && Date.now() - activity.last > 600)
        },
        { timeout: 20_000 },
      )
      .toBe(true)
  }

  /**
   * Runs `journey` while the editor signed in on `editor` has the regions `codes` (given by the
   * administrator through the API), and takes them away afterwards, so that the journeys after it
   * meet an editor of all regions again.
   */
  async function withEditorRegions(editor: Page, codes: string[], journey: () => Promise<void>) {
    const admin = await logIn('admin@example.org', 'sk')
    const me = await api<{ user: { id: ID } }>(editor, 'get', '/api/users/me')
    const regions = await api<{ docs: { id: ID }[] }>(
      admin,
      'get',
      `/api/regions?where[code][in]=${codes.join(',')}&limit=${codes.length}&depth=0`,
    )
    expect(regions.docs).toHaveLength(codes.length)
    const user = `/api/users/${me.user.id}`
    await api(admin, 'patch', user, { regions: regions.docs.map((region) => region.id) })
    try {
      await journey()
    } finally {
      await api(admin, 'patch', user, { regions: [] })
      await admin.close()
    }
  }

  async function save(page: Page, collection: string, id: ID) {
    await settle(page)
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes(`/api/${collection}/${id}`) && r.request().method() === 'PATCH',
      ),
      page.click('#action-save'),
    ])
    return response
  }

  /**
   * Opens a tab of the edit view by its label: Payload renders only the open tab's fields, and
   * reopening a document restores the tab last opened on it, a moment after the first paint —
   * so the first tab may look open and then close. With `shows` (a selector of a field on the
   * tab), it is open only once that field is visible; until then the tab is clicked again.
   */
  async function openTab(page: Page, label: string, shows?: string) {
    const tab = page.locator('.tabs-field__tab-button', { hasText: label }).first()
    await tab.waitFor()
    // a click before the page is hydrated goes nowhere: click until the tab is the open one
    await expect
      .poll(
        async () => {
          const active = (await tab.getAttribute('class'))?.includes(
            'tabs-field__tab-button--active',
          )
          if (active && (!shows || (await page.locator(shows).first().isVisible()))) return true
          if (!active) await tab.click()
          return false
        },
        { timeout: 30_000 },
      )
      .toBe(true)
  }

  async function chooseStatus(page: Page, label: string) {
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: label }).first().click()
  }

  return { logIn, api, settle, save, openTab, chooseStatus, withEditorRegions }
}
