// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.
//
// Public pages rendered once and served to every anonymous reader from memory. Next.js renders
// them per request (their Content-Security-Policy carries a fresh nonce), so this layer, in
// front of Next's handler, keeps the HTML of the first anonymous render and answers later
// requests with it, the old nonce replaced by a fresh one in the body and in the header. What
// is kept is dropped by Payload's hooks as soon as content changes (src/cache/invalidation.ts).
import zlib from 'node:zlib'

import { localeCookieHeader, LOCALE_COOKIE } from '../i18n/localeCookie.js'
import { acceptsGzip, askPlain, compressNow, encodingFor } from './compression.js'
import { newNonce, nonceOf } from '../security/nonce.js'
import { withoutFramework } from './readOnlyPages.js'
import {
  beginRender,
  getPage,
  keepCompressed,
  mayKeep,
  pageCacheState,
  putPage,
  RENDER_HEADER,
  setPageCacheLimit,
} from './pageCache.js'

/** The pages that read nothing personal when nobody is signed in. Never forms, accounts or links with tokens. */
const PUBLIC_PAGE =
  /^\/[a-z]{2}(?:\/(?:centres|organisations|good-practice|events|strategies|working-groups)(?:\/[^/.]+)?|\/(?:impact|search|about|accessibility|contact|privacy))?\/?$/
/** Payload's session (`payload-token`, the default cookie prefix). */
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/
/** Requests Next.js answers with something else than the page's HTML, or for someone. */
const BYPASS_HEADERS = [
  'authorization',
  'rsc',
  'next-action',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'range',
]
/** Headers of the first answer that are not the page's: recomputed, or belonging to one reader. */
const NOT_KEPT = new Set([
  'set-cookie',
  'date',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'content-encoding',
  'x-page-cache',
])
const PER_ENTRY_LIMIT = 4 * 2 ** 20
/**
 * Pages also change with the clock ("open now", upcoming events, registration windows): a kept
 * page older than this is rendered again, while the other readers still get the kept one.
 */
const MAX_AGE_MS = 60_000

/** What a render whose reader left before the end leaves to the readers waiting for it. */
const ABANDONED = 'abandoned'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./pageCache.js').PageEntry} PageEntry */

/**
 * The cache key of a request when its answer may come from the cache, else null.
 * @param {Request} req
 * @returns {string | null}
 */
export function cacheKey(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const url = req.url ?? '/'
  const question = url.indexOf('?')
  const pathname = question < 0 ? url : url.slice(0, question)
  if (!PUBLIC_PAGE.test(pathname)) return null
  const query = question < 0 ? '' : url.slice(question + 1)
  // Next's own data requests, and any link that carries a secret
  if (/(?:^|&)(?:_rsc|token)=/.test(query)) return null
  if (BYPASS_HEADERS.some((name) => req.headers[name] !== undefined)) return null
  // a signed-in reader sees their name, their links and member-only parts: rendered for them
  if (SESSION_COOKIE.test(req.headers.cookie ?? '')) return null
  return url
}

// a form the browser posted itself, no script involved: a hydrated page's server action is a
// fetch with a `Next-Action` header (left out below), and an API's body is JSON
const FORM_BODY = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/

/**
 * Whether an answer that is not kept may still go out without the framework: an anonymous
 * reader's page (the login, a confirmation), and the page Next draws when such a page's form
 * is posted without JavaScript (a registration refused, with its errors) — so a page that
 * went out without the framework does not come back with it after its form was sent. Not
 * Next's own requests; a signed-in reader's pages are left as Next renders them.
 * @param {Request} req
 */
export function mayLoseFramework(req) {
  const formPost =
    req.method === 'POST' && FORM_BODY.test(String(req.headers['content-type'] ?? ''))
  if (req.method !== 'GET' && !formPost) return false
  const url = req.url ?? '/'
  if (!/^\/[a-z]{2}(?:\/[^.?]*)?(?:\?|$)/.test(url) || /[?&]_rsc=/.test(url)) return false
  if (BYPASS_HEADERS.some((name) => req.headers[name] !== undefined)) return false
  return !SESSION_COOKIE.test(req.headers.cookie ?? '')
}

/**
 * @param {Request} req
 * @param {string} name
 */
function cookieValue(req, name) {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(req.headers.cookie ?? '')
  return match ? decodeURIComponent(match[1]) : undefined
}

// a gzip member spliced from deflate blocks compressed once per page: only the nonce, as a
// stored block, and the checksum are computed per answer
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff])
const LAST_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])
/** @param {Buffer} data a stored (uncompressed) deflate block, not the last one */
function storedBlock(data) {
  const header = Buffer.from([
    0x00,
    data.length & 0xff,
    data.length >> 8,
    ~data.length & 0xff,
    (~data.length >> 8) & 0xff,
  ])
  return [header, data]
}

/**
 * @param {string} key
 * @param {PageEntry} entry
 * @param {Buffer} nonce
 * @param {boolean} gzip
 */
function bodyOf(key, entry, nonce, gzip) {
  /** @type {Buffer[]} */
  const plain = []
  entry.parts.forEach((part, index) => plain.push(...(index ? [nonce, part] : [part])))
  if (!gzip) return Buffer.concat(plain)
  const compressed =
    entry.gzip ??
    keepCompressed(
      key,
      entry,
      entry.parts.map((part) =>
        zlib.deflateRawSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      ),
    )
  /** @type {Buffer[]} */
  const blocks = [GZIP_HEADER]
  compressed.forEach((block, index) =>
    blocks.push(...(index ? [...storedBlock(nonce), block] : [block])),
  )
  let crc = 0
  for (const piece of plain) crc = zlib.crc32(piece, crc)
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(entry.bytes % 2 ** 32, 4)
  blocks.push(LAST_BLOCK, trailer)
  return Buffer.concat(blocks)
}

/**
 * Answers from a kept page, with a fresh nonce.
 * @param {Request} req
 * @param {Response} res
 * @param {string} key
 * @param {PageEntry} entry
 */
function serve(req, res, key, entry) {
  const nonce = newNonce()
  const gzip = acceptsGzip(req.headers['accept-encoding'])
  const body = bodyOf(key, entry, Buffer.from(nonce), gzip)
  res.statusCode = entry.status
  for (const [name, value] of entry.headers) {
    res.setHeader(
      name,
      name === 'content-security-policy' ? value.replaceAll(entry.nonce, nonce) : value,
    )
  }
  // what the proxy would have done: remember the language read last
  const locale = (req.url ?? '').split(/[/?]/)[1]
  if (cookieValue(req, LOCALE_COOKIE) !== locale)
    res.setHeader('set-cookie', localeCookieHeader(locale))
  if (gzip) res.setHeader('content-encoding', 'gzip')
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary))
    res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  res.setHeader('content-length', body.length)
  res.setHeader('x-page-cache', 'hit')
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Collects what Next.js sends. With the build's list of read-only scripts (else it only copies),
 * the answer is held until the render ends and sent without the framework when the page has
 * no island (src/cache/readOnlyPages.js); a page too large to keep goes out as it comes.
 * Next was asked for the plain page (`askPlain`): a held page is compressed here when it ends,
 * anything else by the middleware of scripts/server.mjs as it goes out.
 * @param {Response} res
 * @param {Set<string> | null} readOnlyScripts
 * @param {'br' | 'gzip' | null} compressAs what the reader accepts (`encodingFor`)
 * @returns {{ body: () => Buffer, bytes: () => number }} the page as sent, uncompressed
 */
function captureAnswer(res, readOnlyScripts, compressAs) {
  /** @type {Buffer[]} */
  let chunks = []
  let bytes = 0
  /** @param {unknown} chunk @param {unknown} encoding @returns {Buffer | null} */
  const collect = (chunk, encoding) => {
    if (chunk == null || typeof chunk === 'function') return null
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(
            chunk,
            typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
          )
        : Buffer.from(/** @type {Uint8Array} */ (chunk))
    bytes += buffer.length
    if (bytes <= PER_ENTRY_LIMIT) chunks.push(buffer)
    return buffer
  }
  /** @param {unknown[]} args @returns {(() => void) | undefined} */
  const callbackOf = (args) =>
    /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === 'function'))
  let holding = Boolean(readOnlyScripts)
  const { write, end, flushHeaders } = res
  // Next sends the headers before its first chunk; a held page's go out with it, at the end,
  // when its length and encoding are known
  if (holding) res.flushHeaders = () => {}
  const release = () => {
    holding = false
    res.flushHeaders = flushHeaders
    if (chunks.length > 0) write.call(res, Buffer.concat(chunks))
  }
  res.write = /** @type {Response['write']} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      const buffer = collect(chunk, encoding)
      if (!holding) return write.call(res, chunk, encoding, callback)
      if (bytes > PER_ENTRY_LIMIT) {
        release()
        return write.call(res, buffer ?? chunk, callbackOf([encoding, callback]))
      }
      const done = callbackOf([encoding, callback])
      if (done) process.nextTick(done)
      return true
    }
  )
  res.end = /** @type {Response['end']} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      collect(chunk, encoding)
      if (!holding) return end.call(res, chunk, encoding, callback)
      holding = false
      res.flushHeaders = flushHeaders
      const done = callbackOf([chunk, encoding, callback])
      let body = Buffer.concat(chunks)
      const html =
        res.statusCode === 200 && /^text\/html\b/.test(String(res.getHeader('content-type') ?? ''))
      // a length already sent cannot change
      const resizable = !res.headersSent || res.getHeader('content-length') === undefined
      const stripped =
        html && resizable && readOnlyScripts
          ? withoutFramework(body.toString('utf8'), readOnlyScripts)
          : null
      if (stripped !== null) {
        body = Buffer.from(stripped)
        chunks = [body]
        bytes = body.length
      }
      if (!html || res.headersSent) return end.call(res, body, done)
      res.removeHeader('content-length')
      if (!compressAs) return end.call(res, body, done)
      res.setHeader('content-encoding', compressAs)
      const vary = String(res.getHeader('vary') ?? '')
      if (!/accept-encoding/i.test(vary))
        res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      return end.call(res, compressNow(body, compressAs), done)
    }
  )
  return { body: () => Buffer.concat(chunks), bytes: () => bytes }
}

/**
 * A page that is not kept (a form, a signed-in reader's) still goes out without the framework
 * when it has no island: held until its render ends, then stripped.
 * @param {Request} req
 * @param {Response} res
 * @param {Set<string>} readOnlyScripts
 */
function renderWithoutFramework(req, res, readOnlyScripts) {
  const encoding = encodingFor(req)
  askPlain(req)
  captureAnswer(res, readOnlyScripts, encoding)
}

/**
 * Lets Next.js render and keeps a copy of what it sends, if that may be served to others.
 * @param {Request} req
 * @param {Response} res
 * @param {Set<string> | null} readOnlyScripts
 * @returns {Promise<PageEntry | null | typeof ABANDONED>} the kept page once the answer is
 *   complete; null when it may not be kept, ABANDONED when its reader left before the end
 */
function renderAndKeep(req, res, readOnlyScripts) {
  const key = /** @type {string} */ (req.url)
  const ticket = beginRender()
  req.headers[RENDER_HEADER] = ticket.id
  // the copy is kept uncompressed
  const encoding = encodingFor(req)
  askPlain(req)
  res.setHeader('x-page-cache', 'miss')
  const answer = captureAnswer(res, readOnlyScripts, encoding)
  return new Promise((resolve) => {
    res.on('close', () => {
      const allowed = mayKeep(ticket)
      if (!res.writableFinished) return resolve(ABANDONED)
      const headers = res.getHeaders()
      const policy = String(headers['content-security-policy'] ?? '')
      const nonce = nonceOf(policy)
      const cookies = [headers['set-cookie'] ?? []].flat().map(String)
      const keep =
        res.statusCode === 200 &&
        /^text\/html\b/.test(String(headers['content-type'] ?? '')) &&
        Boolean(nonce) &&
        // the proxy's language cookie is written per answer; any other cookie is someone's
        cookies.every((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`)) &&
        answer.bytes() <= PER_ENTRY_LIMIT &&
        allowed
      if (!keep || !nonce) return resolve(null)
      const body = answer.body()
      /** @type {Buffer[]} */
      const parts = []
      const marker = Buffer.from(nonce)
      let from = 0
      for (let at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, from)) {
        parts.push(body.subarray(from, at))
        from = at + marker.length
      }
      parts.push(body.subarray(from))
      /** @type {PageEntry} */
      const entry = {
        status: 200,
        headers: Object.entries(headers)
          .filter(([name]) => !NOT_KEPT.has(name))
          .flatMap(([name, value]) =>
            [value ?? []]
              .flat()
              .map((one) => /** @type {[string, string]} */ ([name, String(one)])),
          ),
        nonce,
        parts,
        bytes: body.length,
        generation: ticket.generation,
        keptAt: Date.now(),
      }
      putPage(key, entry)
      resolve(entry)
    })
  })
}

/**
 * The request handler of scripts/server.mjs with the page cache in front of Next's.
 * @param {(req: Request, res: Response) => Promise<void>} handle Next's request handler
 * @param {{ maxBytes: number, readOnlyScripts?: Set<string> | null }} options
 *   `readOnlyScripts`: the scripts of a page without islands, from the build
 *   (src/cache/readOnlyPages.js); such pages are sent without them
 * @returns {(req: Request, res: Response) => Promise<void>}
 */
export function withPageCache(handle, { maxBytes, readOnlyScripts = null }) {
  setPageCacheLimit(maxBytes)
  /** renders under way, so a burst of readers after a change waits for one render, not many */
  /** @type {Map<string, { generation: number, done: Promise<PageEntry | null> }>} */
  const rendering = new Map()
  /** @type {(req: Request, res: Response) => Promise<void>} */
  const cachedHandle = async (req, res) => {
    // only this layer names renders (a client's own value could veto one, nothing more)
    delete req.headers[RENDER_HEADER]
    const key = cacheKey(req)
    if (!key) {
      if (readOnlyScripts && mayLoseFramework(req))
        renderWithoutFramework(req, res, readOnlyScripts)
      return handle(req, res)
    }
    const kept = getPage(key)
    const { generation } = pageCacheState()
    const under = rendering.get(key)
    const rendered = under && under.generation === generation
    if (kept && (Date.now() - kept.keptAt < MAX_AGE_MS || rendered || req.method === 'HEAD'))
      return serve(req, res, key, kept)
    if (req.method === 'HEAD') return handle(req, res)
    if (rendered) {
      const outcome = await under.done
      // its reader gave up (a slow render under load): one of those waiting renders it again and
      // the others wait for that one. Each rendering alone was the herd that took a server to
      // 1.9 GB and no answers at all, each render slower for the others until every reader left.
      if (outcome === ABANDONED) return res.destroyed ? undefined : cachedHandle(req, res)
      return outcome ? serve(req, res, key, outcome) : handle(req, res)
    }
    const done = renderAndKeep(req, res, readOnlyScripts)
    const mine = { generation, done }
    rendering.set(key, mine)
    done.finally(() => rendering.get(key) === mine && rendering.delete(key))
    await handle(req, res)
  }
  return cachedHandle
}
