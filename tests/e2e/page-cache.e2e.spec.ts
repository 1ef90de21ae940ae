import { beforeAll, describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { apiToken } from '../helpers/apiToken'
import { setUpBrowser } from '../helpers/browser'
import { openEventId } from '../helpers/openEvent'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)

let token: string
let visitor = 0
// each anonymous reader its own address, as far as the rate limits are concerned
const asVisitor = () => ({ 'X-Forwarded-For': `198.51.100.${(visitor += 1)}` })

/** An anonymous GET, as a browser without cookies makes it. */
const read = async (path: string) => {
  const response = await fetch(`${baseURL}${path}`, { headers: asVisitor() })
  return { response, html: await response.text(), cache: response.headers.get('x-page-cache') }
}
/** Reads the page until it is served from the cache (the first read renders and keeps it). */
const cachedRead = async (path: string) => {
  // right after a save nothing is kept until its transaction has ended (at most 1.5 s)
  let again = await read(path)
  for (let attempt = 0; attempt < 20 && again.cache !== 'hit'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    again = await read(path)
  }
  expect(again.cache, `${path} from the cache`).toBe('hit')
  return again
}
const rest = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${baseURL}/api/${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status, `${method} /api/${path}`).toBeLessThan(300)
  return (await response.json()) as Record<string, unknown> & { doc?: Record<string, unknown> }
}
const unique = () => `Zmena${Date.now().toString(36)}`

beforeAll(async () => {
  token = await apiToken(baseURL, 'editor@example.org', password)
})

describe('page cache: a change shows at once on every page that shows it', () => {
  // the cache is dropped inside the save, before it answers: the first read after the answer
  // is fresh, so the two-second promise is asserted on that very read, no polling
  it('a centre renamed by an editor: its page and the directory', async () => {
    const { docs } = (await rest(
      'GET',
      'centres?where[status][equals]=published&limit=1&depth=0&sort=createdAt',
    )) as unknown as { docs: { id: number; slug: string; name: string }[] }
    const centre = docs[0]
    const name = `${centre.name} ${unique()}`
    const before = await cachedRead(`/sk/centres/${centre.slug}`)
    expect(before.html).not.toContain(name)
    const directory = `/sk/centres?q=${encodeURIComponent(name.split(' ').pop()!)}`
    expect((await cachedRead(directory)).html).not.toContain(name)

    const saved = Date.now()
    await rest('PATCH', `centres/${centre.id}?locale=sk`, { name })
    const page = await read(`/sk/centres/${centre.slug}`)
    const list = await read(directory)
    expect(Date.now() - saved).toBeLessThan(2_000)
    expect(page.cache).toBe('miss')
    expect(page.html).toContain(name)
    expect(list.html).toContain(name)
    // and from then on, served from the cache with the change
    expect((await cachedRead(`/sk/centres/${centre.slug}`)).html).toContain(name)
    // the demo centre keeps its name for the specs that run after this one
    await rest('PATCH', `centres/${centre.id}?locale=sk`, { name: centre.name })
  })

  it('a case study published anew: its page and the good-practice list', async () => {
    const { docs } = (await rest(
      'GET',
      'case-studies?where[_status][equals]=published&limit=1&depth=0&locale=en',
    )) as unknown as { docs: { id: number; slug: string; title: string }[] }
    const study = docs[0]
    const title = `${study.title} ${unique()}`
    expect((await cachedRead(`/en/good-practice/${study.slug}`)).html).not.toContain(title)
    expect((await cachedRead('/en/good-practice')).html).not.toContain(title)

    const saved = Date.now()
    await rest('PATCH', `case-studies/${study.id}?locale=en`, { title, _status: 'published' })
    const page = await read(`/en/good-practice/${study.slug}`)
    const list = await read('/en/good-practice')
    expect(Date.now() - saved).toBeLessThan(2_000)
    expect(page.html).toContain(title)
    expect(list.html).toContain(title)
  })

  it('a new event registration: the seats left on the event page', async () => {
    const id = await openEventId(baseURL, token, 10)
    const event = await rest('PATCH', `events/${id}`, { capacity: 300 })
    const slug = (event.doc as { slug: string }).slug
    const t = getT('en', 'events')
    const seatsLeft = (html: string) => {
      for (let count = 300; count >= 0; count -= 1)
        if (html.includes(t('detail.seatsLeft', { count }))) return count
      return null
    }
    const before = seatsLeft((await cachedRead(`/en/events/${slug}`)).html)
    expect(before).not.toBeNull()

    const saved = Date.now()
    const registered = await fetch(`${baseURL}/api/events/${id}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asVisitor() },
      body: JSON.stringify({
        name: 'Cache Reader',
        email: `cache.${unique()}@example.org`,
        consent: true,
      }),
    })
    expect(registered.status).toBe(201)
    const after = await read(`/en/events/${slug}`)
    expect(Date.now() - saved).toBeLessThan(2_000)
    expect(seatsLeft(after.html)).toBe(before! - 1)
  })
})

describe('page cache: the Content-Security-Policy stays strict on cached pages', () => {
  it('stamps a fresh nonce into each answer, the same in the header and on every script', async () => {
    // a page whose own script (the map's) stays when the framework's go, with the nonce
    const centre = '/sk/centres/centrum-socialnich-sluzeb-prunerov'
    const first = await cachedRead(centre)
    const second = await read(centre)
    expect(second.cache).toBe('hit')
    const nonces = [first, second].map(({ response, html }) => {
      const policy = response.headers.get('content-security-policy') ?? ''
      const scriptSrc =
        policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
      expect(scriptSrc).not.toContain('unsafe-inline')
      expect(scriptSrc).not.toContain('unsafe-eval')
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1]
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
      expect(scripts.length).toBeGreaterThan(0)
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
      expect([...html.matchAll(/nonce="([^"]*)"/g)].every((match) => match[1] === nonce)).toBe(true)
      return nonce!
    })
    expect(nonces[0]).not.toBe(nonces[1])
    expect(second.html).not.toContain(nonces[0])
    // a cached answer carries no one's cookie but the language the reader is on
    expect(second.response.headers.get('set-cookie')).toMatch(
      /^locale=sk; Path=\/; Max-Age=\d+; SameSite=lax$/,
    )
    expect(second.response.headers.get('cache-control')).toMatch(/private|no-store/)
  })

  it('runs the page’s own scripts and blocks a script injected without the nonce', async () => {
    await cachedRead('/en/centres')
    const page = await newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
    })
    const response = await page.goto('/en/centres')
    expect(response?.headers()['x-page-cache']).toBe('hit')
    await page.waitForLoadState('networkidle')
    // the map, drawn by the page's own script once it comes into view, is there
    await page.locator('.centre-map__canvas').first().scrollIntoViewIfNeeded()
    await page.locator('.centre-map__canvas[data-ready]').first().waitFor()
    expect(violations).toEqual([])

    const blocked = await page.evaluate(
      () =>
        new Promise<{ directive: string; ran: boolean }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => {
            setTimeout(
              () =>
                resolve({
                  directive: event.effectiveDirective,
                  ran: Boolean((window as unknown as { injected?: boolean }).injected),
                }),
              50,
            )
          })
          // what an injected attribute would run; a script element added by script is allowed
          // by 'strict-dynamic' when a trusted script adds it, so that is no test of a stranger's
          setTimeout(() => resolve({ directive: 'none', ran: false }), 5_000)
          const button = document.createElement('button')
          button.setAttribute('onclick', 'window.injected = true')
          document.body.append(button)
          button.click()
        }),
    )
    expect(blocked.directive).toMatch(/^script-src/)
    expect(blocked.ran).toBe(false)
  })
})

describe('page cache: personal parts stay out of shared pages', () => {
  it('signs in, reads pages with their name and organiser links, then a visitor sees none of it', async () => {
    const id = await openEventId(baseURL, token, 0)
    const event = await rest('GET', `events/${id}?depth=0`)
    const { docs } = (await rest(
      'GET',
      'case-studies?where[_status][equals]=published&where[contactPerson.name][exists]=true&limit=1&depth=0&locale=en',
    )) as unknown as { docs: { slug: string; contactPerson: { name: string } }[] }
    const study = docs[0]
    const pages = [
      '/en',
      `/en/events/${event.slug as string}`,
      `/en/good-practice/${study.slug}`,
      '/en/centres',
      '/en/events',
    ]
    const common = getT('en', 'common')
    const name = 'Katarína Horváthová'

    const member = await newPage()
    await member.goto('/en/login')
    await member.fill('#login-email', 'editor@example.org')
    await member.fill('#login-password', password)
    await Promise.all([
      member.waitForURL((url) => !url.pathname.endsWith('/login')),
      member.click('form button[type="submit"]'),
    ])
    for (const path of pages) {
      const response = await member.goto(path)
      expect(response?.headers()['x-page-cache'], path).toBeUndefined()
      const header = member.locator('header.site-header')
      expect(await header.textContent(), path).toContain(common('nav.signedInAs', { name }))
      expect(await header.getByRole('link', { name: common('nav.account') }).count()).toBe(1)
      expect(await header.getByRole('button', { name: common('nav.logout') }).count()).toBe(1)
      expect(await header.getByRole('link', { name: common('nav.login') }).count()).toBe(0)
    }
    await member.goto(`/en/events/${event.slug as string}`)
    expect(
      await member.getByRole('link', { name: getT('en', 'events')('detail.manage') }).count(),
    ).toBe(1)
    await member.goto(`/en/good-practice/${study.slug}`)
    expect(await member.locator('main').textContent()).toContain(study.contactPerson.name)

    // the same pages anonymously: rendered for everyone, then served from the cache
    for (const path of pages) {
      for (const { html } of [await read(path), await cachedRead(path)]) {
        expect(html, path).not.toContain(name)
        expect(html, path).not.toContain(common('nav.account'))
        expect(html, path).not.toContain(common('nav.logout'))
        expect(html, path).not.toContain(`/registrations"`)
        expect(html, path).not.toContain(study.contactPerson.name)
        expect(html, path).toContain(`>${common('nav.login')}<`)
      }
    }
    const visitorPage = await newPage()
    await visitorPage.goto(`/en/events/${event.slug as string}`)
    expect(await visitorPage.locator('header.site-header').textContent()).not.toContain(name)

    // and logging out from the header leaves a visitor's page
    await Promise.all([
      member.waitForURL(/\/en$/),
      member
        .locator('header')
        .getByRole('button', { name: common('nav.logout') })
        .click(),
    ])
    expect(await member.locator('header.site-header').textContent()).not.toContain(name)
  })
})

describe('answers go out compressed', () => {
  /** A GET asking for one encoding; fetch decodes the body and keeps the header. */
  const get = (path: string, encoding: string) =>
    fetch(`${baseURL}${path}`, { headers: { ...asVisitor(), 'accept-encoding': encoding } })

  it('compresses what Next sends as it is (route handlers), a page rendered for the first reader and the open data', async () => {
    // Next compresses no route handler's answer (vercel/next.js#98007): the map's points, the
    // calendar feed, the API
    const points = await get('/sk/centres/map.json?country=SK', 'br')
    expect(points.headers.get('content-encoding')).toBe('br')
    expect(points.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(((await points.json()) as { points: unknown[] }).points.length).toBeGreaterThan(0)
    const feed = await get('/sk/events/calendar.ics', 'gzip')
    expect(feed.headers.get('content-encoding')).toBe('gzip')
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/)
    const api = await get('/api/centres?limit=5&depth=0', 'gzip, br')
    expect(api.headers.get('content-encoding')).toBe('br')
    expect(((await api.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)

    // a page nobody asked before: Next renders it plain for the cache, it goes out compressed
    const path = `/sk/about?compressed=${Date.now()}`
    const first = await get(path, 'gzip')
    expect(first.headers.get('x-page-cache')).toBe('miss')
    expect(first.headers.get('content-encoding')).toBe('gzip')
    const html = await first.text()
    expect(html).toContain('<h1>')
    expect(html).not.toContain('__next_f')
    const kept = await cachedRead(path)
    expect(kept.html.length).toBeGreaterThan(0)

    // a reader who asks for no encoding gets none
    const plain = await get('/sk/centres/map.json?country=CZ', 'identity')
    expect(plain.headers.get('content-encoding')).toBeNull()
    // the open-data files: their gzip copy, made once with the file, the same data
    const download = await get('/api/open-data/centres.csv?locale=sk', 'gzip, br')
    expect(download.status).toBe(200)
    expect(download.headers.get('content-encoding')).toBe('gzip')
    expect(download.headers.get('cache-control')).toMatch(/no-transform/)
    const asIs = await get('/api/open-data/centres.csv?locale=sk', 'identity')
    expect(asIs.headers.get('content-encoding')).toBeNull()
    expect(await download.text()).toBe(await asIs.text())
    const sheet = await get('/api/open-data/centres.xlsx?locale=sk', 'gzip, br')
    expect(sheet.headers.get('content-encoding')).toBeNull()
    await sheet.arrayBuffer()
  })
})
