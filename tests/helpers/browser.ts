import fs from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Debian's Chromium, headless, with everything that would phone home switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** Runs axe-core's WCAG 2.1 A and AA rules (and 2.2 AA) on the page; returns the violations. */
export async function axeViolations(page: Page) {
  // after a client-side navigation Next.js sets <title> a moment after the URL changes; give it
  // that moment (a page that never gets a title is still reported by axe)
  await page
    .waitForFunction(() => document.title.trim() !== '', null, { timeout: 5_000 })
    .catch(() => undefined)
  await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string
              impact: string
              help: string
              nodes: { target: string[] }[]
            }[]
          }>
        }
      }
    ).axe
    return axe.run(document, {
      // 2.2's AA too: Lighthouse checks its target size (2.5.8), and a public page must score 100
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
  })
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }))
}

/**
 * One browser per test file, a fresh context (cookies, language, JavaScript on or off) per
 * page, all closed after the file; pages open relative to the server under test.
 */
export function setUpBrowser(baseURL: string) {
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    await browser?.close()
  })
  return async function newPage(options: Parameters<Browser['newContext']>[0] = {}) {
    const context = await browser.newContext({ baseURL, ...options })
    contexts.push(context)
    return context.newPage()
  }
}
