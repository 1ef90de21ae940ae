import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, inject, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { caseStudies } from '@/seed/data/caseStudies'
import { centres, municipalities } from '@/seed/data/centres'
import { organisations } from '@/seed/data/organisations'

import { apiToken } from '../helpers/apiToken'
import { axeViolations, setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

/** The session cookie of a signed-in editor, whose pages go out as Next renders them. */
async function signedIn() {
  const token = await apiToken(baseURL, 'editor@example.org', password)
  return { name: 'payload-token', value: token, cookie: `payload-token=${token}` }
}

/** The scripts every page loads: those of Next's own prerendered 404 page (runtime, React, router). */
function frameworkScripts() {
  return scriptsOf(fs.readFileSync('.next/server/app/_not-found.html', 'utf8'))
}

function scriptsOf(html: string) {
  return new Set(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !/nomodule/i.test(tag))
      .map((tag) => /src="([^"?]+\.js)/.exec(tag)?.[1])
      .filter((src): src is string => Boolean(src)),
  )
}

describe('locale redirect from /', () => {
  it.each([
    ['hu-HU,hu;q=0.9,en;q=0.5', '/hu'],
    ['cs-CZ,cs;q=0.9', '/cs'],
    ['en-GB,en;q=0.9', '/en'],
    ['de-DE,de;q=0.9', '/sk'],
    ['', '/sk'],
  ])('sends Accept-Language "%s" to %s', async (acceptLanguage, target) => {
    const response = await fetch(`${baseURL}/`, {
      redirect: 'manual',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, baseURL).pathname).toBe(target)
  })

  it('lands a Hungarian browser on the Hungarian home page', async () => {
    const page = await newPage({ locale: 'hu-HU' })
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/hu')
    expect(await page.locator('html').getAttribute('lang')).toBe('hu')
  })
})

describe.each(locales)('home page in %s', (locale) => {
  it('renders in its language with hreflang alternates and no accessibility violations', async () => {
    const page = await newPage()
    const response = await page.goto(`/${locale}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect(await page.locator('h1').textContent()).toBe(getT(locale, 'home')('title'))
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
    expect(alternates.sort()).toEqual([...locales, 'x-default'].sort())
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${baseURL}/${locale}`,
    )
    // figures are counted from the published records and formatted in the page's language
    const home = getT(locale, 'home')
    const published = async (collection: string, where = '') =>
      (
        (await (await fetch(`${baseURL}/api/${collection}?limit=1&depth=0${where}`)).json()) as {
          totalDocs: number
        }
      ).totalDocs
    // other test files publish records too: compare with what is published now, at least the seed
    expect(await published('centres')).toBeGreaterThanOrEqual(centres.length)
    expect(await published('case-studies')).toBeGreaterThanOrEqual(caseStudies.length)
    expect(await published('organisations')).toBeGreaterThanOrEqual(
      organisations.length + municipalities.length,
    )
    expect(await page.locator('.figures li').allTextContents()).toEqual(
      expect.arrayContaining([
        home('figures.organisations', { count: await published('organisations') }),
        home('figures.centres', { count: await published('centres') }),
        home('figures.caseStudies', { count: await published('case-studies') }),
      ]),
    )
    // the latest good practice, linked, and the way to the map
    expect(
      await page
        .locator('#good-practice-heading + ul a[href^="/' + locale + '/good-practice/"]')
        .count(),
    ).toBe(3)
    const teaser = page.locator(`#map-heading ~ a[href="/${locale}/centres#results-heading"]`)
    expect(await teaser.count()).toBe(1)
    // the still picture of the centres, named for screen readers
    const picture = teaser.locator('img')
    expect(await picture.getAttribute('alt')).toBe(
      // a centre registered without a position (other test files make some) is not drawn
      home('map.picture', {
        count: await published('centres', '&where[latitude][exists]=true'),
      }),
    )
    const svg = await (await fetch(`${baseURL}${await picture.getAttribute('src')}`)).text()
    expect(svg.match(/<circle /g)?.length).toBeGreaterThan(10)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('other pages', () => {
  it.each(
    locales.flatMap((locale) =>
      [
        '/about',
        '/organisations',
        '/organisations/mesto-kadan',
        '/centres',
        '/centres?country=CZ&service=cz-108-62',
        '/centres/centrum-socialnich-sluzeb-prunerov',
      ].map((path) => [locale, path]),
    ),
  )('/%s%s has no accessibility violations', async (locale, path) => {
    const page = await newPage()
    const response = await page.goto(`/${locale}${path}`)
    expect(response?.status()).toBe(200)
    expect(await axeViolations(page)).toEqual([])
  })

  it('lists the published organisations with their names in their own language', async () => {
    const page = await newPage()
    await page.goto('/en/organisations')
    // twenty a page, every published one counted in the heading
    expect(await page.locator('.cards > li').count()).toBe(20)
    const published = (
      (await (await fetch(`${baseURL}/api/organisations?limit=1&depth=0`)).json()) as {
        totalDocs: number
      }
    ).totalDocs
    expect(published).toBeGreaterThanOrEqual(40)
    expect(await page.locator('main').innerText()).toContain(String(published))
    await page.goto('/en/organisations?q=Kadan')
    const kadan = page.locator('h2', { hasText: 'Město Kadaň' })
    expect(await kadan.getAttribute('lang')).toBe('cs')
  })

  it('answers an unknown page with 404', async () => {
    const response = await fetch(`${baseURL}/sk/no-such-page`)
    expect(response.status).toBe(404)
  })
})

describe('language switcher', () => {
  it('keeps the current page when switching language', async () => {
    const page = await newPage()
    await page.goto('/sk/about')
    await page
      .getByRole('navigation', { name: getT('sk')('language.label') })
      .getByRole('link', { name: 'English' })
      .click()
    await page.waitForURL('**/en/about')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe(getT('en', 'about')('title'))
  })

  it('works without JavaScript and remembers the choice for /', async () => {
    const page = await newPage({ javaScriptEnabled: false, locale: 'en-GB' })
    await page.goto('/en/organisations')
    await page.getByRole('link', { name: 'Čeština' }).click()
    await page.waitForURL('**/cs/organisations')
    expect(await page.locator('h1').textContent()).toBe(getT('cs', 'organisations')('title'))
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/cs')
  })
})

describe('the header, drawn on the server', () => {
  it.each([false, true])(
    'marks the current section and links the other languages with the query (JavaScript %s)',
    async (javaScriptEnabled) => {
      const page = await newPage({ javaScriptEnabled })
      await page.goto('/cs/events/liberec-kulaty-stul-dluhove-poradenstvi?from=home')
      const current = page.locator('.main-nav [aria-current="page"]')
      const hungarian = page.locator('.language-switcher a[hreflang="hu"]')
      expect(await current.count()).toBe(1)
      expect(await current.getAttribute('href')).toBe('/cs/events')
      expect(await hungarian.getAttribute('href')).toBe(
        '/hu/events/liberec-kulaty-stul-dluhove-poradenstvi?from=home',
      )
      // a plain link: the next page comes whole from the server, its header drawn for it
      await Promise.all([
        page.waitForURL('**/cs/centres'),
        page.click('.main-nav a[href="/cs/centres"]'),
      ])
      expect(await current.getAttribute('href')).toBe('/cs/centres')
      expect(await hungarian.getAttribute('href')).toBe('/hu/centres')
    },
  )

  it('takes the page from the proxy, never from a header the reader sends', async () => {
    const response = await fetch(`${baseURL}/sk/about?from=footer`, {
      headers: { 'x-page-path': '/sk/elsewhere?forged=1' },
    })
    const html = await response.text()
    expect(html).toContain('href="/en/about?from=footer"')
    expect(html).not.toContain('elsewhere')
  })

  it.each([
    '/sk',
    '/sk/centres',
    '/cs/centres/centrum-socialnich-sluzeb-prunerov',
    '/en/organisations',
    '/hu/impact',
    '/sk/events',
    '/en/events?view=calendar',
    '/sk/good-practice',
    '/cs/strategies',
    '/hu/working-groups',
    '/en/search?q=centrum',
    '/sk/about',
    // forms that post to a server action without JavaScript, and the map picker's own script
    '/sk/events/liberec-kulaty-stul-dluhove-poradenstvi',
    '/hu/register',
  ])(
    '%s has no island: it is sent without the framework, to its first reader too',
    async (route) => {
      // a query no one asked before: this answer is the render itself, not a kept copy
      const url = `${baseURL}${route}${route.includes('?') ? '&' : '?'}first=${Date.now()}`
      for (const answer of [await fetch(url), await fetch(url)]) {
        const html = await answer.text()
        expect(html).toContain('<main')
        expect(html).not.toMatch(/self\.__next_f|TURBOPACK|rel="preload"[^>]*as="script"/)
        // nothing of the build's; the centres' map is its own script, at most 5 kB gzip
        const scripts = [...scriptsOf(html)]
        expect(
          scripts.filter((script) => script.startsWith('/_next/')),
          route,
        ).toEqual([])
        let gzip = 0
        for (const script of scripts)
          gzip += zlib.gzipSync(
            Buffer.from(await (await fetch(`${baseURL}${script}`)).arrayBuffer()),
          ).byteLength
        expect(gzip, `${route}: ${scripts.join(', ')}`).toBeLessThanOrEqual(5 * 1024)
      }
    },
  )

  it.each(['/sk/events/liberec-kulaty-stul-dluhove-poradenstvi', '/sk/account'])(
    '%s signed in keeps the framework, and adds at most 5 kB gzip of JavaScript to the App Router’s own',
    async (route) => {
      // the floor: what Next's own prerendered 404 page loads (runtime, React, router)
      const floor = frameworkScripts()
      expect(floor.size).toBeGreaterThan(3)
      const { cookie } = await signedIn()
      const html = await (await fetch(`${baseURL}${route}`, { headers: { cookie } })).text()
      expect(html).toContain('self.__next_f')
      const scripts = scriptsOf(html)
      for (const script of floor) expect(scripts, `${route} loads ${script}`).toContain(script)
      const ours = [...scripts].filter((script) => !floor.has(script))
      const gzip = ours.reduce(
        (total, script) =>
          total +
          zlib.gzipSync(fs.readFileSync(path.join('.next', script.replace(/^\/_next\//, ''))))
            .byteLength,
        0,
      )
      expect(gzip, `${route}: ${ours.join(', ')}`).toBeLessThanOrEqual(5 * 1024)
    },
  )

  it('a page without the framework works in the browser: styled, its search and its language links', async () => {
    const page = await newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto('/hu/good-practice', { waitUntil: 'networkidle' })
    expect(scripts).toEqual([])
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(251, 250, 247)',
    )
    // a plain link to the same page in Czech
    await Promise.all([
      page.waitForURL('**/cs/good-practice'),
      page.click('.language-switcher a[hreflang="cs"]'),
    ])
    expect(await page.getAttribute('html', 'lang')).toBe('cs')
    // its search is a plain form
    await page.fill('#case-search', 'Zámeček')
    await Promise.all([
      page.waitForURL(/\/cs\/good-practice\?(?:.*&)?q=Z%C3%A1me%C4%8Dek/),
      page.press('#case-search', 'Enter'),
    ])
    expect(await page.inputValue('#case-search')).toBe('Zámeček')
    expect(scripts).toEqual([])
  })

  it('serves the framework’s scripts with V8’s compile hint, so Chrome compiles them off the main thread', async () => {
    const floor = frameworkScripts()
    expect(floor.size).toBeGreaterThan(3)
    for (const script of floor) {
      const code = await (await fetch(`${baseURL}${script}`)).text()
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), script).toBe(true)
    }
  })

  it('writes the public stylesheet into the page, so the first paint waits for no request', async () => {
    const html = await (await fetch(`${baseURL}/sk/centres`)).text()
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/)
    const inline =
      /<style[^>]*data-href="(\/_next\/static\/[^"]+\.css)"[^>]*>([^<]*)<\/style>/.exec(html)
    expect(inline?.[2]).toBe(await (await fetch(`${baseURL}${inline?.[1]}`)).text())

    // hydration keeps it (a signed-in reader's page is hydrated): the browser asks for no
    // stylesheet and the page is styled
    const page = await newPage()
    const { name, value } = await signedIn()
    await page.context().addCookies([{ name, value, url: baseURL }])
    const stylesheets: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url())
    })
    await page.goto('/sk/account', { waitUntil: 'networkidle' })
    expect(await page.locator('main h1').count()).toBe(1)
    expect(stylesheets).toEqual([])
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(251, 250, 247)',
    )

    // the admin's stylesheets (~1 MB) stay linked, not inlined into every admin page
    const admin = await (await fetch(`${baseURL}/admin/login`)).text()
    expect(admin).toMatch(/<link[^>]*rel="stylesheet"/)
    expect(admin).not.toContain(inline?.[2].slice(0, 200))
  })
})

describe('keyboard and privacy', () => {
  it('offers a skip link as the first stop of the keyboard', async () => {
    const page = await newPage()
    await page.goto('/hu')
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    expect(await focused.textContent()).toBe(getT('hu')('skipToContent'))
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('loads nothing from any other host', async () => {
    const page = await newPage()
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) {
        foreign.push(request.url())
      }
    })
    for (const path of ['/sk', '/en/organisations', '/cs/about']) {
      await page.goto(path, { waitUntil: 'networkidle' })
    }
    expect(foreign).toEqual([])
  })
})

describe('admin', () => {
  it('lets the seeded admin log in', async () => {
    const page = await newPage({ locale: 'en-GB' })
    await page.goto('/admin')
    await page.waitForURL('**/admin/login**')
    await page.locator('input[name="email"]').fill('admin@example.org')
    await page.locator('input[name="password"]').fill(inject('adminPassword'))
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    // the dashboard lists the registry's collections
    await page.locator('a[href="/admin/collections/organisations"]').first().waitFor()
    // the moderation queue greets staff on the dashboard, in the admin's language
    await page.getByRole('heading', { name: getT('en', 'admin')('moderation.heading') }).waitFor()
  })

  it.each([
    ['sk-SK', 'Prihlásiť sa'],
    ['cs-CZ', 'Přihlásit se'],
    ['hu-HU', 'Bejelentkezés'],
    ['en-GB', 'Login'],
  ])('shows the login screen in the browser’s language (%s)', async (locale, label) => {
    const page = await newPage({ locale })
    await page.goto('/admin/login')
    expect(await page.locator('button[type="submit"]').textContent()).toContain(label)
  })

  it('refuses a wrong password without logging in', async () => {
    const response = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: 'wrong' }),
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]+/)
  })
})

describe('for search engines', () => {
  it('describes every public template, and keeps only search results out of the index', async () => {
    const missing: string[] = []
    const noindex: string[] = []
    for (const route of [
      '/hu',
      '/hu/centres',
      '/hu/organisations',
      '/hu/good-practice',
      '/hu/impact',
      '/hu/events',
      '/hu/strategies',
      '/hu/working-groups',
      '/hu/register',
      '/hu/login',
      '/hu/about',
      '/hu/privacy',
      '/hu/accessibility',
      '/hu/search?q=centrum',
    ]) {
      const html = await (await fetch(`${baseURL}${route}`)).text()
      if (!/<meta name="description" content="[^"]{20,}"/.test(html)) missing.push(route)
      if (/<meta name="robots" content="[^"]*noindex/.test(html)) noindex.push(route)
    }
    expect(missing).toEqual([])
    expect(noindex).toEqual(['/hu/search?q=centrum'])
  })

  it('lists every public page in every language in the sitemap with hreflang, and each answers 200', async () => {
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    const response = await fetch(`${baseURL}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/xml')
    // an index of parts: one file of everything outgrows what search engines accept
    const index = await response.text()
    expect(index).toContain('<sitemapindex')
    const parts = locs(index)
    expect(parts[0]).toBe(`${baseURL}/sitemaps/pages.xml.gz`)
    let xml = ''
    for (const part of parts) {
      const answer = await fetch(part.replace(/^https?:\/\/[^/]+/, baseURL))
      expect(answer.status, part).toBe(200)
      // each part is a gzip file, as the sitemap protocol allows
      expect(answer.headers.get('content-type'), part).toBe('application/gzip')
      const text = zlib.gunzipSync(Buffer.from(await answer.arrayBuffer())).toString('utf8')
      expect(text, part).toContain('<urlset')
      expect(locs(text).length, part).toBeLessThanOrEqual(50_000)
      xml += text
    }
    const urls = locs(xml)
    expect(new Set(urls).size).toBe(urls.length)
    expect((await fetch(`${baseURL}/sitemaps/centres-999.xml.gz`)).status).toBe(404)
    expect((await fetch(`${baseURL}/sitemaps/users-1.xml.gz`)).status).toBe(404)
    expect(urls.length).toBeGreaterThan(400)
    for (const path of [
      '/sk/events/liberec-kulaty-stul-dluhove-poradenstvi',
      '/hu/good-practice/vysocina-socialni-integrace-romskych-lokalit',
      '/en/strategies',
      '/cs/centres',
    ]) {
      expect(urls).toContain(`${baseURL}${path}`)
    }
    expect(xml).toContain('hreflang="x-default"')
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="hu" href="[^"]+\/hu\/impact"/)
    const failures: string[] = []
    const queue = [...urls]
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const page = await fetch(url.replace(/^https?:\/\/[^/]+/, baseURL), {
            redirect: 'manual',
          })
          if (page.status !== 200) failures.push(`${page.status} ${url}`)
          await page.arrayBuffer()
        }
      }),
    )
    expect(failures).toEqual([])
  })

  it('keeps robots away from the admin, the API and personal links', async () => {
    const robots = await fetch(`${baseURL}/robots.txt`).then((r) => r.text())
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toContain('Disallow: /*/events/registration/')
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  })
})

describe('security headers', () => {
  it('sends a nonce-based Content-Security-Policy without inline scripts, HSTS and the other headers', async () => {
    // a signed-in reader's page, so with the framework's scripts and its inline payload
    const event = `${baseURL}/sk/events/liberec-kulaty-stul-dluhove-poradenstvi`
    const { cookie } = await signedIn()
    const response = await fetch(event, { headers: { cookie } })
    const policy = response.headers.get('content-security-policy') ?? ''
    const scriptSrc =
      policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1]
    expect(nonce).toBeTruthy()
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response.headers.get('strict-transport-security')).toContain('max-age=')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // every script Next.js rendered carries this response's nonce
    const html = await response.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
    expect(html).toContain('self.__next_f')
    // a second response, a new nonce
    const again = await fetch(event, { headers: { cookie } })
    expect(again.headers.get('content-security-policy')).not.toContain(nonce)
    const admin = await fetch(`${baseURL}/admin/login`)
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })

  it('asks for the colour scheme only on the admin, so a first visit fetches a public page once', async () => {
    // a critical client hint the browser did not send makes Chromium drop the answer and ask again
    for (const page of ['/sk', '/hu/register', '/cs/centres', '/en/events']) {
      const response = await fetch(`${baseURL}${page}`)
      expect(response.headers.get('critical-ch'), page).toBeNull()
      expect(response.headers.get('accept-ch'), page).toBeNull()
    }
    const admin = await fetch(`${baseURL}/admin/login`)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    const page = await newPage()
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto('/hu/register')
    expect(documents).toEqual([`${baseURL}/hu/register`])
  })

  it('runs the site’s scripts under that policy without a single violation', async () => {
    const page = await newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
    })
    for (const path of [
      '/en',
      '/en/centres',
      '/en/events/liberec-kulaty-stul-dluhove-poradenstvi',
      '/en/register',
      '/en/impact',
    ]) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    expect(violations).toEqual([])
  })
})

describe('privacy notice, accessibility statement and contact', () => {
  it.each(locales)('are linked from every page’s footer and accessible (%s)', async (locale) => {
    const legal = getT(locale, 'legal')
    const page = await newPage()
    await page.goto(`/${locale}/events`)
    for (const kind of ['privacy', 'accessibility', 'contact'] as const) {
      await page
        .locator('footer')
        .getByRole('link', { name: legal(`footer.${kind}`) })
        .click()
      await page.waitForURL(`**/${locale}/${kind}`)
      // after a client-side navigation Next.js sets the document title a moment later
      await expect.poll(() => page.title()).toContain(legal(`${kind}.title`))
      expect(await page.locator('h1').textContent()).toBe(legal(`${kind}.title`))
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(3)
      // the operator's address and the real retention period, not placeholders
      const text = (await page.locator('main').textContent()) ?? ''
      expect(text).not.toContain('{{')
      expect(await axeViolations(page)).toEqual([])
    }
    expect(await page.locator('main').textContent()).toContain('kontakt@example.org')
  })
})

describe('small screens', () => {
  it.each([
    '/sk',
    '/sk/centres?country=CZ',
    '/sk/centres/centrum-socialnich-sluzeb-prunerov',
    '/sk/events',
    '/sk/good-practice',
    '/sk/search?q=prunerov',
    '/sk/working-groups',
    '/sk/register',
    '/sk/privacy',
  ])('%s fits a 320 px wide screen without sideways scrolling', async (path) => {
    const page = await newPage({ viewport: { width: 320, height: 640 } })
    await page.goto(path)
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      // content inside a box that clips or scrolls by itself (the map, a wide table) is fine
      const contained = (element: Element) => {
        for (
          let node = element.parentElement;
          node && node !== document.body;
          node = node.parentElement
        ) {
          if (['hidden', 'auto', 'scroll', 'clip'].includes(getComputedStyle(node).overflowX))
            return true
        }
        return false
      }
      const wider = [...document.querySelectorAll('body *')]
        .filter(
          (element) => element.getBoundingClientRect().right > width + 1 && !contained(element),
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      return { scrollWidth: document.documentElement.scrollWidth, width, wider: wider.slice(0, 5) }
    })
    expect(overflow.wider).toEqual([])
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width)
  })
})
