// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.
//
// Next.js compresses the pages it renders, but no route handler's answer: it copies their
// headers onto the response with `appendHeader`, so `Content-Type` becomes an array, which its
// compression does not recognise as a compressible type (vercel/next.js#98007, open). The map's
// points (1.9 MB for one country at 50,000 centres, 4.7 MB for all), the calendar feeds, the
// sitemap index and the admin's REST and GraphQL answers all went out as they were. Next drops
// a route handler's own `Content-Encoding` too (a sitemap part is a .gz file for that reason),
// so compressing has to happen here, in front of Next's handler.
import zlib from 'node:zlib'

import compression from 'compression'
import Negotiator from 'negotiator'

/**
 * Downloads kept on disk, never compressed per request: one open-data file is up to 70 MB at
 * 50,000 centres, and compressing it would take the server about half a second and one of
 * libuv's four threads (which Payload's password hashing also needs) per download. A reader who
 * accepts gzip gets the copy made once with the file (`GZIP_FILE_HEADER`).
 */
const SENT_AS_THEY_ARE = /^\/api\/open-data\//

/**
 * A route handler's answer that is a gzip file already (a kept open-data file's copy): Next drops
 * a handler's own `Content-Encoding`, so the handler says it with this header, which becomes
 * that one here (src/utilities/keptFiles.ts)
 */
export const GZIP_FILE_HEADER = 'x-gzip-file'

/** What a reader accepted, while Next is asked for the plain answer */
const ACCEPTED = Symbol('accept-encoding')

/** The fastest settings of each: the server compresses per request, on two cores */
const GZIP = { level: zlib.constants.Z_BEST_SPEED }
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }

/**
 * Has Next render the plain answer, which the page cache reads, keeps and strips: the reader's
 * `Accept-Encoding` is set aside, and what is sent is compressed here — by the page cache at
 * once when it held the whole page (`encodingFor`, `compressNow`), else by the middleware when
 * the answer's headers go out.
 * @param {import('node:http').IncomingMessage & { [ACCEPTED]?: string | undefined }} req
 */
export function askPlain(req) {
  if (!(ACCEPTED in req)) req[ACCEPTED] = req.headers['accept-encoding']
  delete req.headers['accept-encoding']
}

/**
 * The encoding the reader prefers of those used here, or null for none.
 * @param {import('node:http').IncomingMessage & { [ACCEPTED]?: string | undefined }} req
 * @returns {'br' | 'gzip' | null}
 */
export function encodingFor(req) {
  const accepted = ACCEPTED in req ? req[ACCEPTED] : req.headers['accept-encoding']
  const chosen = new Negotiator({ headers: { 'accept-encoding': accepted } }).encoding(
    ['br', 'gzip', 'identity'],
    { preferred: ['br', 'gzip'] },
  )
  return chosen === 'br' || chosen === 'gzip' ? chosen : null
}

/**
 * Whether an `Accept-Encoding` accepts gzip (`gzip;q=0` does not).
 * @param {string | null | undefined} accepted
 */
export const acceptsGzip = (accepted) =>
  new Negotiator({ headers: { 'accept-encoding': accepted ?? undefined } }).encoding([
    'gzip',
    'identity',
  ]) === 'gzip'

/**
 * A whole answer compressed at once, for a page held to its end: no compressing stream to set
 * up and no hops to libuv's threads (0.2–0.5 ms for a 19–44 kB page here).
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 */
export const compressNow = (body, encoding) =>
  encoding === 'br' ? zlib.brotliCompressSync(body, BROTLI) : zlib.gzipSync(body, GZIP)

/**
 * Whether an answer is compressed: a compressible type (mime-db's list, as Next uses), not a
 * part of a file (`Range`), not a download sent as it is, not already compressed (the page
 * cache compresses the pages it keeps itself, Next those it renders for a signed-in reader).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compressible(req, res) {
  if (res.getHeader(GZIP_FILE_HEADER) !== undefined) {
    res.removeHeader(GZIP_FILE_HEADER)
    res.setHeader('content-encoding', 'gzip')
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary))
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    return false
  }
  // Next decided on its own compression before this (it wraps the response later, so its
  // listener runs first): the reader's choice is back for the answer as sent
  const accepted = /** @type {typeof req & { [ACCEPTED]?: string }} */ (req)[ACCEPTED]
  if (accepted !== undefined) req.headers['accept-encoding'] = accepted
  if (req.headers.range !== undefined || res.statusCode === 206) return false
  if (SENT_AS_THEY_ARE.test(req.url ?? '')) return false
  const type = res.getHeader('content-type')
  // one type is what HTTP allows; Next's copy made it a list of one
  if (Array.isArray(type)) res.setHeader('content-type', type[0])
  return compression.filter(req, res)
}

/**
 * The middleware for scripts/server.mjs. At the fastest settings the map's 4.7 MB of points
 * take 18 ms as Brotli (895 kB) or 25 ms as gzip (927 kB), against 75 ms at the library's
 * defaults (840 kB).
 */
export const compressAnswers = () => compression({ filter: compressible, ...GZIP, brotli: BROTLI })
