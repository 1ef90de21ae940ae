// The HTTP server of `npm start` and `npm run dev` (`--dev`): Next.js's documented custom
// server, so that the address each connection came from reaches the app in X-Forwarded-For —
// `next start` copies it there only when the client sent no X-Forwarded-For of its own, and
// rate limits keyed on a header the client writes limit nothing.
import http from 'node:http'
import v8 from 'node:v8'
import vm from 'node:vm'
import next from 'next'

import { compressAnswers } from '../src/cache/compression.js'
import { readOnlyScripts } from '../src/cache/readOnlyPages.js'
import { withPageCache } from '../src/cache/responseCache.js'
import { appendSocketAddress } from '../src/security/forwardedFor.js'

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback
}
const dev = process.argv.includes('--dev')
const port = Number(option('port', process.env.PORT || '3000'))
// like `next start`: every interface unless told otherwise
const hostname = option('hostname', undefined)
/**
 * How far the heap may grow past what the last collection left before the server collects
 * (`GC_HEADROOM_MB`; 0 leaves it to V8, for a machine with memory to spare)
 */
const HEADROOM = Number(process.env.GC_HEADROOM_MB ?? 160) * 2 ** 20

// V8's collector, for the bulk reads between their pages (src/utilities/bulkRead.ts): their
// garbage otherwise grows the heap to its next limit first (+120–230 MB at 10,000 centres)
if (!dev) {
  v8.setFlagsFromString('--expose-gc')
  globalThis.gc ??= vm.runInNewContext('gc')
  if (HEADROOM > 0) collectBeyond(HEADROOM)
}

/**
 * Under a burst of renders V8 lets the old generation fill with garbage to several times what is
 * live before it collects: a 10,000-centre server held 62 MB live in a 330 MB heap after 50
 * readers at once, and peaked at 700 MB resident. Collecting once what outlived the renders
 * has grown by `headroom` since the last collection bounds that (464 MB in the same run), for
 * a pause of a few tens of ms now and then under load, and never when idle.
 * (`--optimize-for-size` bounded it too, but cost a third of the throughput and slowed the
 * directory's searches by half; a larger young generation made it worse.)
 */
function collectBeyond(headroom) {
  // the spaces that hold what outlived a render; the young generation is V8's own business
  const promoted = () =>
    v8
      .getHeapSpaceStatistics()
      .filter(({ space_name }) => space_name === 'old_space' || space_name === 'large_object_space')
      .reduce((sum, space) => sum + space.space_used_size, 0)
  let after = promoted()
  setInterval(() => {
    if (promoted() - after < headroom) return
    globalThis.gc()
    after = promoted()
  }, 250).unref()
}

const server = http.createServer()
// dev: Turbopack, as `next dev` uses by default; the server is passed for hot reload's websocket
const app = next({
  dev,
  hostname: hostname ?? 'localhost',
  port,
  httpServer: server,
  ...(dev ? { turbopack: true } : {}),
})
const nextHandle = app.getRequestHandler()
await app.prepare()

// anonymous public pages rendered once per change (src/cache/responseCache.js), those without
// islands sent without the framework's scripts (src/cache/readOnlyPages.js); off in
// development, where every save of a source file changes the pages
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64)
const handle =
  !dev && cacheMb > 0
    ? withPageCache(nextHandle, { maxBytes: cacheMb * 2 ** 20, readOnlyScripts: readOnlyScripts() })
    : nextHandle

// what Next leaves uncompressed: its route handlers' answers (src/cache/compression.js)
const compress = compressAnswers()

server.on('request', (req, res) => {
  appendSocketAddress(req)
  compress(req, res, () =>
    handle(req, res).catch((error) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    }),
  )
})
server.listen(port, hostname, () => {
  console.info(`Ready on http://${hostname ?? 'localhost'}:${port}${dev ? ' (development)' : ''}`)
  // the directory's index of every public centre is built on first use (about 40 s at 50,000
  // centres here): ask for the directory once now, so that the first visitors after a start or
  // a deploy do not wait for it. WARM_UP=off skips it.
  if (!dev && process.env.WARM_UP !== 'off') {
    const own = !hostname || hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
    const host = own.includes(':') ? `[${own}]` : own
    fetch(`http://${host}:${port}/sk/centres`)
      .then((response) => response.arrayBuffer())
      .catch((error) => console.warn(`warm-up of the directory failed: ${error.message}`))
  }
})

// open keep-alive and hot-reload connections must not hold the process for long
const close = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGTERM', close)
process.on('SIGINT', close)
