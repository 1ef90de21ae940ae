import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  contentChanged,
  type InvalidationMessage,
  PUBLIC_PAGES_UNCHANGED,
  watchForChanges,
} from '@/cache/invalidation'
import { compressAnswers } from '@/cache/compression'
import {
  beginRender,
  getPage,
  invalidatePages,
  keepCompressed,
  mayKeep,
  pageCacheState,
  putPage,
  setPageCacheLimit,
  vetoRender,
  type PageEntry,
} from '@/cache/pageCache'
import { withoutFramework } from '@/cache/readOnlyPages'
import { cacheKey, mayLoseFramework, withPageCache } from '@/cache/responseCache'
import { cached } from '@/utilities/derivedCache'

import { bootPayload, type TestPayload } from '../helpers/payload'

const page = (bytes: number): PageEntry => ({
  status: 200,
  headers: [],
  nonce: 'n',
  parts: [Buffer.alloc(bytes)],
  bytes,
  generation: pageCacheState().generation,
  keptAt: Date.now(),
})

describe('the page cache', () => {
  it('keeps pages up to its size, dropping the least recently used first', () => {
    invalidatePages()
    setPageCacheLimit(300)
    putPage('/sk', page(100))
    putPage('/sk/centres', page(100))
    putPage('/sk/events', page(100))
    // read: now the most recently used
    expect(getPage('/sk')).toBeDefined()
    putPage('/sk/impact', page(100))
    expect(getPage('/sk/centres')).toBeUndefined()
    expect([...pageCacheState().entries.keys()]).toEqual(['/sk/events', '/sk', '/sk/impact'])
    expect(pageCacheState().bytes).toBe(300)
    // a page larger than the whole cache is not kept, and drops nothing
    putPage('/sk/search?q=x', page(301))
    expect(pageCacheState().entries.size).toBe(3)
    setPageCacheLimit(64 * 2 ** 20)
  })

  it("counts a page's compressed copy toward its size, and drops it with the page", () => {
    invalidatePages()
    setPageCacheLimit(300)
    const home = page(100)
    putPage('/sk', home)
    putPage('/sk/centres', page(100))
    // as an answer does: the page is read (now the most recent), then compressed
    expect(getPage('/sk')).toBe(home)
    keepCompressed('/sk', home, [Buffer.alloc(40)])
    expect(pageCacheState().bytes).toBe(240)
    // made twice (two answers at once): counted once
    keepCompressed('/sk', home, [Buffer.alloc(40)])
    expect(pageCacheState().bytes).toBe(240)
    // over the limit with its copy: the least recently used page goes
    putPage('/sk/events', page(100))
    expect([...pageCacheState().entries.keys()]).toEqual(['/sk', '/sk/events'])
    expect(pageCacheState().bytes).toBe(240)
    // a copy of a page no longer kept is not counted
    keepCompressed('/sk/centres', page(100), [Buffer.alloc(40)])
    expect(pageCacheState().bytes).toBe(240)
    invalidatePages()
    expect(pageCacheState().bytes).toBe(0)
    setPageCacheLimit(64 * 2 ** 20)
  })

  it('forgets every page when content changes, and keeps no render that began before', () => {
    putPage('/sk', page(10))
    const ticket = beginRender()
    invalidatePages()
    expect(getPage('/sk')).toBeUndefined()
    expect(pageCacheState().bytes).toBe(0)
    expect(mayKeep(ticket)).toBe(false)
    expect(mayKeep(beginRender())).toBe(true)
  })

  it('keeps no render the app vetoed (a signed-in reader, the database notice), and only that one', () => {
    const vetoed = beginRender()
    const other = beginRender()
    vetoRender(vetoed.id)
    expect(mayKeep(vetoed)).toBe(false)
    expect(mayKeep(other)).toBe(true)
    expect(pageCacheState().vetoed.size).toBe(0)
  })
})

describe('which requests the page cache may answer', () => {
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({ url, method, headers }) as unknown as IncomingMessage

  it('answers anonymous reads of public pages, keyed by path and query', () => {
    for (const url of [
      '/sk',
      '/cs/centres?country=CZ&page=2',
      '/hu/centres/some-centre',
      '/en/good-practice/a-study',
      '/sk/impact',
      '/sk/events/an-event',
      '/sk/strategies/x',
      '/sk/working-groups',
      '/sk/organisations/o',
      '/sk/search?q=prunerov',
    ]) {
      expect(cacheKey(request(url))).toBe(url)
    }
    expect(cacheKey(request('/sk', {}, 'HEAD'))).toBe('/sk')
  })

  it('leaves out signed-in readers, Next’s own data requests, writes, secrets and personal pages', () => {
    expect(cacheKey(request('/sk', { cookie: 'locale=sk; payload-token=abc' }))).toBeNull()
    expect(cacheKey(request('/sk', { authorization: 'JWT abc' }))).toBeNull()
    expect(cacheKey(request('/sk', { rsc: '1' }))).toBeNull()
    expect(cacheKey(request('/sk/events/e', { 'next-action': 'x' }))).toBeNull()
    expect(cacheKey(request('/sk/centres?_rsc=1'))).toBeNull()
    expect(cacheKey(request('/sk/events/e', {}, 'POST'))).toBeNull()
    for (const url of [
      '/sk/account',
      '/sk/login',
      '/sk/register',
      '/sk/register/verify?token=x',
      '/sk/events/registration/secret',
      '/sk/events/e/registrations',
      '/sk/working-groups/g/meetings/1',
      '/sk/centres/map.json',
      '/api/centres',
      '/admin',
      '/robots.txt',
      '/',
    ]) {
      expect(cacheKey(request(url)), url).toBeNull()
    }
    // another cookie (the language) is no one's
    expect(cacheKey(request('/sk', { cookie: 'locale=cs' }))).toBe('/sk')
  })
})

describe('pages without islands, sent without the framework', () => {
  const FRAMEWORK = ['/_next/static/chunks/react.js', '/_next/static/chunks/router.js']
  const scripts = new Set(FRAMEWORK)
  const NONCE = 'bm9uY2Vub25jZW5vbmNlMQ=='
  // the parts of an App Router page as Next writes them (scripts, payload, React's own)
  const page = (island?: string) =>
    [
      '<!DOCTYPE html><html lang="sk"><head><meta charSet="utf-8"/>',
      `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="${FRAMEWORK[1]}"/>`,
      ...[...FRAMEWORK, ...(island ? [island] : [])].map(
        (src) => `<script src="${src}" async="" nonce="${NONCE}"></script>`,
      ),
      '<title>Centrá</title></head><body><main><h1>Centrá</h1><a href="/sk/centres/a">A</a></main>',
      `<script nonce="${NONCE}" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>`,
      `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script nonce="${NONCE}">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>`,
      `<script nonce="${NONCE}">$RC("B:0","S:0")</script>`,
      '</body></html>',
    ].join('')

  it('takes out the scripts, their preloads and the payload, and keeps the content and React’s own script', () => {
    const html = withoutFramework(page(), scripts)
    expect(html).not.toBeNull()
    expect(html).not.toMatch(/<script[^>]*\ssrc=|rel="preload"|__next_f|TURBOPACK/)
    expect(html).toContain('<main><h1>Centrá</h1><a href="/sk/centres/a">A</a></main>')
    expect(html).toContain(`<script nonce="${NONCE}">$RC("B:0","S:0")</script>`)
    expect(html).toContain('<title>Centrá</title>')
  })

  it('keeps a script of the page’s own, outside the build (the centres’ map)', () => {
    const own = `<script src="/map/centre-map.js" nonce="${NONCE}" async=""></script>`
    const html = withoutFramework(page().replace('</main>', `</main>${own}`), scripts)
    expect(html).toContain(own)
    expect(html).not.toMatch(/__next_f|_next\/static/)
  })

  it('keeps every script of a page with an island, or with a part only the client can draw', () => {
    expect(withoutFramework(page('/_next/static/chunks/map.js'), scripts)).toBeNull()
    const preloaded = page().replace(FRAMEWORK[1], '/_next/static/chunks/form.js')
    expect(withoutFramework(preloaded, new Set([FRAMEWORK[0], FRAMEWORK[1]]))).toBeNull()
    expect(withoutFramework(page().replace('<main>', '<main><!--$!-->'), scripts)).toBeNull()
  })

  describe('in front of a renderer', () => {
    let server: http.Server
    let base = ''
    /** renders of the slow page (`/sk/impact`), which takes a while before its first byte */
    let slowRenders = 0
    /** the map's points as a route handler answers them */
    const POINTS = JSON.stringify({
      points: Array.from({ length: 500 }, (_, i) => [48, 17, `c-${i}`]),
    })
    // Next's part, played by a handler that streams a page in pieces as Next does
    const render = async (req: IncomingMessage, res: ServerResponse) => {
      if (req.url?.startsWith('/api/open-data/kept-gzip')) {
        // a kept file's gzip copy, as src/utilities/keptFiles.ts answers with it through Next
        res.setHeader('content-type', ['text/csv'])
        res.setHeader('cache-control', ['public, max-age=300, no-transform'])
        res.setHeader('x-gzip-file', ['gzip'])
        return void res.end(zlib.gzipSync(POINTS))
      }
      if (req.url?.startsWith('/sk/centres/map.json') || req.url?.startsWith('/api/open-data/')) {
        // a route handler's type as Next copies it: a list of one (vercel/next.js#98007)
        res.setHeader('content-type', ['application/json'])
        return void res.end(POINTS)
      }
      if (req.url === '/sk/impact') {
        slowRenders += 1
        await new Promise((resolve) => setTimeout(resolve, 300))
        // Next stops writing to a reader who left
        if (res.destroyed) return
      }
      const island = req.url?.includes('centres') ? '/_next/static/chunks/map.js' : undefined
      const html = page(island)
      res.statusCode = 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-security-policy', `script-src 'nonce-${NONCE}' 'strict-dynamic'`)
      const third = Math.floor(html.length / 3)
      // Next sends the headers before its first chunk
      res.flushHeaders()
      res.write(html.slice(0, third))
      await new Promise((resolve) => setTimeout(resolve, 5))
      res.write(Buffer.from(html.slice(third, 2 * third)))
      res.end(html.slice(2 * third))
    }

    beforeAll(async () => {
      invalidatePages()
      const handle = withPageCache(render, { maxBytes: 2 ** 20, readOnlyScripts: scripts })
      const compress = compressAnswers()
      // as scripts/server.mjs has it
      server = http.createServer((req, res) => compress(req, res, () => void handle(req, res)))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise((resolve) => server.close(resolve)))

    it('sends the first reader what it keeps for the next: the page without the framework', async () => {
      const first = await fetch(`${base}/sk/about`, { headers: { 'accept-encoding': 'br' } })
      const kept = await fetch(`${base}/sk/about`, { headers: { 'accept-encoding': 'gzip' } })
      expect(first.headers.get('x-page-cache')).toBe('miss')
      expect(kept.headers.get('x-page-cache')).toBe('hit')
      // held, then compressed on the way out: Next was asked for the plain page
      expect(first.headers.get('content-encoding')).toBe('br')
      const [firstHtml, keptHtml] = await Promise.all([first.text(), kept.text()])
      expect(firstHtml).toBe(withoutFramework(page(), scripts))
      // React's own script left carries each answer's fresh nonce
      const nonce = /'nonce-([^']+)'/.exec(kept.headers.get('content-security-policy') ?? '')?.[1]
      expect(nonce).not.toBe(NONCE)
      expect(keptHtml).toBe(firstHtml.replaceAll(NONCE, nonce!))
    })

    it('compresses what Next leaves as it is: a route handler’s answer, a page for a reader who accepts only gzip', async () => {
      const raw = (path: string, accept?: string, range?: string) =>
        new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          const headers = {
            ...(accept === undefined ? {} : { 'accept-encoding': accept }),
            ...(range === undefined ? {} : { range }),
          }
          http
            .get(`${base}${path}`, { headers }, (answer) => {
              const chunks: Buffer[] = []
              answer.on('data', (chunk: Buffer) => chunks.push(chunk))
              answer.on('end', () =>
                resolve({ headers: answer.headers, body: Buffer.concat(chunks) }),
              )
            })
            .on('error', reject)
        })
      const points = await raw('/sk/centres/map.json?country=SK', 'gzip, deflate, br')
      expect(points.headers['content-encoding']).toBe('br')
      expect(points.headers['content-type']).toBe('application/json')
      expect(points.headers.vary).toMatch(/accept-encoding/i)
      expect(zlib.brotliDecompressSync(points.body).toString('utf8')).toBe(POINTS)
      const gzipOnly = await raw('/sk/centres/map.json?region=BA', 'gzip')
      expect(gzipOnly.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(gzipOnly.body).toString('utf8')).toBe(POINTS)
      // a reader who asks for nothing, a part of a file, and the open-data downloads: as they are
      const plain = await raw('/sk/centres/map.json?region=KE')
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString('utf8')).toBe(POINTS)
      const part = await raw('/sk/centres/map.json?region=PO', 'gzip, br', 'bytes=0-99')
      expect(part.headers['content-encoding']).toBeUndefined()
      const download = await raw('/api/open-data/centres.json', 'gzip, br')
      expect(download.headers['content-encoding']).toBeUndefined()
      expect(download.body.toString('utf8')).toBe(POINTS)
      // a download's gzip copy made once: labelled, not compressed again
      const copy = await raw('/api/open-data/kept-gzip', 'gzip, br')
      expect(copy.headers['content-encoding']).toBe('gzip')
      expect(copy.headers['x-gzip-file']).toBeUndefined()
      expect(copy.headers.vary).toMatch(/accept-encoding/i)
      expect(zlib.gunzipSync(copy.body).toString('utf8')).toBe(POINTS)
      // a page not kept before, for a reader who takes gzip only
      const contact = await raw('/sk/contact', 'gzip')
      expect(contact.headers['content-encoding']).toBe('gzip')
      expect(contact.headers['x-page-cache']).toBe('miss')
      expect(zlib.gunzipSync(contact.body).toString('utf8')).toBe(withoutFramework(page(), scripts))
    })

    it('sends an anonymous page it does not keep (the login) without the framework too, a signed-in reader’s as rendered', async () => {
      const anonymous = await fetch(`${base}/sk/login?next=%2Fsk%2Faccount`)
      expect(anonymous.headers.get('x-page-cache')).toBeNull()
      expect(await anonymous.text()).toBe(withoutFramework(page(), scripts))
      const signedIn = await fetch(`${base}/sk/login`, {
        headers: { cookie: 'payload-token=abc' },
      })
      expect(await signedIn.text()).toBe(page())
    })

    it('leaves Next’s own requests, writes but a plain form’s and files alone', () => {
      const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
        ({ url, method, headers }) as unknown as IncomingMessage
      expect(mayLoseFramework(request('/sk/login?error=x'))).toBe(true)
      expect(mayLoseFramework(request('/hu/register/verify?token=t'))).toBe(true)
      // a form posted without JavaScript: the page Next draws from the server action's answer
      const form = { 'content-type': 'multipart/form-data; boundary=x' }
      expect(mayLoseFramework(request('/sk/register', form, 'POST'))).toBe(true)
      expect(
        mayLoseFramework(
          request('/sk/register', { 'content-type': 'application/x-www-form-urlencoded' }, 'POST'),
        ),
      ).toBe(true)
      // the same from a hydrated page, JSON, other writes, a signed-in reader's form
      expect(
        mayLoseFramework(request('/sk/register', { ...form, 'next-action': 'a' }, 'POST')),
      ).toBe(false)
      expect(
        mayLoseFramework(request('/sk/login', { 'content-type': 'application/json' }, 'POST')),
      ).toBe(false)
      expect(mayLoseFramework(request('/sk/login', {}, 'POST'))).toBe(false)
      expect(mayLoseFramework(request('/sk/login', form, 'PUT'))).toBe(false)
      expect(mayLoseFramework(request('/api/centres', form, 'POST'))).toBe(false)
      expect(
        mayLoseFramework(request('/sk/account', { ...form, cookie: 'payload-token=a' }, 'POST')),
      ).toBe(false)
      expect(mayLoseFramework(request('/sk/login', { rsc: '1' }))).toBe(false)
      expect(mayLoseFramework(request('/sk/login?_rsc=1'))).toBe(false)
      expect(mayLoseFramework(request('/sk/centres/map.json'))).toBe(false)
      expect(mayLoseFramework(request('/api/users/me'))).toBe(false)
      expect(mayLoseFramework(request('/admin'))).toBe(false)
      expect(mayLoseFramework(request('/sk/account', { cookie: 'payload-token=a' }))).toBe(false)
    })

    it('has one waiting reader render again when the first one leaves before the end, not every one', async () => {
      const left = new AbortController()
      const first = fetch(`${base}/sk/impact`, { signal: left.signal }).catch(() => 'left')
      await new Promise((resolve) => setTimeout(resolve, 50))
      const waiting = Array.from({ length: 8 }, () => fetch(`${base}/sk/impact`))
      await new Promise((resolve) => setTimeout(resolve, 50))
      left.abort()
      expect(await first).toBe('left')
      const answers = await Promise.all(waiting)
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200))
      expect(await answers[0].text()).toBe(withoutFramework(page(), scripts))
      // the abandoned render and one more, whose page the seven others were given
      expect(slowRenders).toBe(2)
      expect(
        answers.filter((answer) => answer.headers.get('x-page-cache') === 'miss'),
      ).toHaveLength(1)
    })

    it('sends a page with an island as it was rendered, its nonce fresh for every reader', async () => {
      const first = await (await fetch(`${base}/sk/centres`)).text()
      const kept = await fetch(`${base}/sk/centres`)
      const keptHtml = await kept.text()
      expect(first).toBe(page('/_next/static/chunks/map.js'))
      const nonce = /'nonce-([^']+)'/.exec(kept.headers.get('content-security-policy') ?? '')?.[1]
      expect(nonce).not.toBe(NONCE)
      expect(keptHtml).toBe(first.replaceAll(NONCE, nonce!))
    })
  })
})

describe('invalidation by Payload', () => {
  let ctx: TestPayload
  let payload: Payload
  const published: InvalidationMessage[] = []
  let fromOthers: ((message: InvalidationMessage) => void) | undefined

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    // the interface several instances will share: what this one tells, and hears
    watchForChanges(payload, {
      publish: (message) => void published.push(message),
      subscribe: (listener) => {
        fromOthers = listener
        return () => (fromOthers = undefined)
      },
    })
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('drops the pages before a save answers and tells the other instances', async () => {
    const region = await payload.create({
      collection: 'regions',
      data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
    })
    published.length = 0
    putPage('/sk', page(10))
    const before = beginRender()
    await payload.update({ collection: 'regions', id: region.id, data: { name: 'Košice Region' } })
    expect(getPage('/sk')).toBeUndefined()
    expect(mayKeep(before)).toBe(false)
    expect(pageCacheState().held.size).toBe(0)
    // naming the region, so what follows single documents updates that one
    expect(published).toContainEqual({ collection: 'regions', id: region.id })
    expect(mayKeep(beginRender())).toBe(true)
  })

  // Payload's hooks run before the commit (SQLite runs here without transactions, MongoDB with
  // them): a transaction is named on the request the way Payload's operations name theirs
  const inTransaction = async (id: string) => {
    const req = await createLocalReq({}, payload)
    req.transactionID = id
    return req
  }

  it('holds the pages while the change’s transaction is open, and tells the others only after the commit', async () => {
    published.length = 0
    const req = await inTransaction('transaction-1')
    const before = beginRender()
    await contentChanged(req, 'centres')
    expect(mayKeep(before)).toBe(false)
    // until the commit a render reads the old data: none is kept, nobody else is told yet
    const during = beginRender()
    expect(pageCacheState().held.size).toBe(1)
    expect(published).toEqual([])
    await payload.db.commitTransaction('transaction-1')
    expect(pageCacheState().held.size).toBe(0)
    expect(mayKeep(during)).toBe(false)
    expect(mayKeep(beginRender())).toBe(true)
    expect(published).toEqual([{ collection: 'centres' }])
  })

  it('names each document a transaction changed once, after the commit; past 1,000 of them, the collection', async () => {
    published.length = 0
    const req = await inTransaction('transaction-ids')
    await contentChanged(req, 'centres', 7)
    await contentChanged(req, 'centres', 8)
    await contentChanged(req, 'centres', 7)
    expect(published).toEqual([])
    await payload.db.commitTransaction('transaction-ids')
    expect(published).toEqual([
      { collection: 'centres', id: 7 },
      { collection: 'centres', id: 8 },
    ])
    published.length = 0
    const bulk = await inTransaction('transaction-bulk')
    for (let id = 1; id <= 1_001; id += 1) await contentChanged(bulk, 'centres', id)
    await payload.db.commitTransaction('transaction-bulk')
    expect(published).toEqual([{ collection: 'centres' }])
  })

  it('reloads a derived value read while a change was not yet committed', async () => {
    let loads = 0
    const read = () =>
      cached(
        payload,
        'test-centres',
        { dependsOn: ['centres'], ttlMs: 60_000 },
        async () => (loads += 1),
      )
    await read()
    await contentChanged(await inTransaction('transaction-2'), 'centres')
    // read between the hook and the commit: the old data, under the new stamp
    expect(await read()).toBe(2)
    await payload.db.commitTransaction('transaction-2')
    expect(await read()).toBe(3)
    expect(await read()).toBe(3)
  })

  it('tells the others at once of a save that populated relationships, without a transaction to wait for', async () => {
    // SQLite runs without transactions; populating the regions (depth 1) goes through Payload's
    // dataloader, which leaves `{}` on the request where the promise of no transaction was
    const region = await payload.create({
      collection: 'regions',
      data: { code: 'SK041', country: 'SK', name: 'Prešovský kraj' },
    })
    const group = await payload.create({
      collection: 'working-groups',
      data: { name: 'Skupina na skúšku', regions: [region.id] } as never,
    })
    published.length = 0
    const saved = await payload.update({
      collection: 'working-groups',
      id: group.id,
      data: { name: 'Skupina premenovaná' } as never,
      depth: 1,
    })
    expect((saved.regions as { name?: string }[])[0].name).toBe('Prešovský kraj')
    expect(pageCacheState().held.size).toBe(0)
    expect(published).toEqual([{ collection: 'working-groups', id: group.id }])
    expect(mayKeep(beginRender())).toBe(true)
  })

  it('releases the hold when the transaction is rolled back', async () => {
    await contentChanged(await inTransaction('transaction-3'), 'centres')
    expect(pageCacheState().held.size).toBe(1)
    await payload.db.rollbackTransaction('transaction-3')
    expect(pageCacheState().held.size).toBe(0)
    expect(mayKeep(beginRender())).toBe(true)
  })

  it('forgets the pages when another instance says its content changed', () => {
    putPage('/sk', page(10))
    fromOthers?.({ collection: 'centres' })
    expect(getPage('/sk')).toBeUndefined()
  })

  it('keeps the pages when an operation says it changes nothing public (a mail job marking a registration sent)', async () => {
    const region = await payload.create({
      collection: 'regions',
      data: { code: 'SK031', country: 'SK', name: 'Nitriansky kraj' },
    })
    putPage('/sk', page(10))
    await payload.update({
      collection: 'regions',
      id: region.id,
      data: { name: 'Nitra Region' },
      context: { [PUBLIC_PAGES_UNCHANGED]: true },
    })
    expect(getPage('/sk')).toBeDefined()
  })

  it('drops the pages on a change of any collection, the taxonomies too', async () => {
    putPage('/sk', page(10))
    const generation = pageCacheState().generation
    await payload.create({
      collection: 'themes',
      data: { code: 'housing-test', name: 'Bývanie' } as never,
    })
    expect(pageCacheState().generation).toBeGreaterThan(generation)
    expect(getPage('/sk')).toBeUndefined()
  })
})
