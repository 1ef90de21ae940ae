// Plain ESM JavaScript (not TypeScript): scripts/server.mjs, which serves the cached pages, runs
// it as it is, and the app's Payload hooks, which invalidate them, import it through Next's
// bundle. Both copies of this module share one state on globalThis (one process).

/**
 * A public page as rendered once for every anonymous reader: the body split where the nonce it
 * was rendered with stood, so each answer can carry a fresh one.
 * @typedef {{
 *   status: number,
 *   headers: [string, string][],
 *   nonce: string,
 *   parts: Buffer[],
 *   bytes: number,
 *   generation: number,
 *   keptAt: number,
 *   gzip?: Buffer[],
 *   gzipBytes?: number,
 * }} PageEntry
 */

/**
 * A render the cache may keep: only if nothing changed until it ended and the app did not veto it.
 * @typedef {{ generation: number, id: string }} RenderTicket
 */

/**
 * The request header that names a render the cache may keep, for the app to veto it
 * (`vetoRender`). The cache sets it, and removes it from every request it did not set it on.
 */
export const RENDER_HEADER = 'x-page-cache-render'

const KEY = Symbol.for('platform.pageCache')
// A save's transaction commits within moments of its hooks. The hold ends when this process
// sees the commit, and at the latest after this time (a safety net: a commit never seen must not
// leave pages uncached for long, and dropping the pages again then keeps them fresh within 2 s).
const HOLD_TIMEOUT_MS = 1_500

/**
 * @returns {{
 *   generation: number,
 *   held: Map<string, NodeJS.Timeout>,
 *   renders: number,
 *   vetoed: Set<string>,
 *   entries: Map<string, PageEntry>,
 *   bytes: number,
 *   maxBytes: number,
 * }}
 */
export function pageCacheState() {
  const shared = /** @type {Record<symbol, ReturnType<typeof pageCacheState>>} */ (
    /** @type {unknown} */ (globalThis)
  )
  shared[KEY] ??= {
    generation: 0,
    held: new Map(),
    renders: 0,
    vetoed: new Set(),
    entries: new Map(),
    bytes: 0,
    maxBytes: 64 * 2 ** 20,
  }
  return shared[KEY]
}

/** Public content changed: every kept page is dropped, and renders under way are not kept. */
export function invalidatePages() {
  const state = pageCacheState()
  state.generation += 1
  state.entries.clear()
  state.bytes = 0
}

/**
 * A change not yet committed (its transaction `id` is open): until it ends, renders read the
 * old data, so none is kept. Ended by `releasePages(id)`, which invalidates again.
 * @param {string} id
 */
export function holdPages(id) {
  const state = pageCacheState()
  if (state.held.has(id)) return
  state.held.set(id, setTimeout(() => releasePages(id), HOLD_TIMEOUT_MS).unref())
}

/** @param {string} id */
export function releasePages(id) {
  const state = pageCacheState()
  const timer = state.held.get(id)
  if (!timer) return
  clearTimeout(timer)
  state.held.delete(id)
  invalidatePages()
}

/**
 * The render `id` (the request's RENDER_HEADER) shows what must not be served to others: a
 * signed-in reader's parts, or the database-problem notice.
 * @param {string | null | undefined} id
 */
export function vetoRender(id) {
  if (id) pageCacheState().vetoed.add(id)
}

/** @returns {RenderTicket} */
export function beginRender() {
  const state = pageCacheState()
  state.renders += 1
  return { generation: state.generation, id: String(state.renders) }
}

/**
 * Whether the render may be kept; called once, when it has ended.
 * @param {RenderTicket} ticket
 */
export function mayKeep(ticket) {
  const state = pageCacheState()
  const vetoed = state.vetoed.delete(ticket.id)
  return !vetoed && state.generation === ticket.generation && state.held.size === 0
}

/**
 * The page kept under `key`, now the most recently used one.
 * @param {string} key
 * @returns {PageEntry | undefined}
 */
export function getPage(key) {
  const state = pageCacheState()
  const entry = state.entries.get(key)
  if (!entry) return undefined
  if (entry.generation !== state.generation) {
    dropPage(key)
    return undefined
  }
  state.entries.delete(key)
  state.entries.set(key, entry)
  return entry
}

/**
 * Keeps a page, dropping the least recently used ones beyond the size limit.
 * @param {string} key
 * @param {PageEntry} entry
 */
export function putPage(key, entry) {
  const state = pageCacheState()
  if (entry.bytes > state.maxBytes) return
  dropPage(key)
  state.entries.set(key, entry)
  state.bytes += entry.bytes + (entry.gzipBytes ?? 0)
  dropOldestBeyondLimit()
}

/**
 * The compressed copy of a kept page, made on its first gzip answer, counts toward the limit
 * like the page itself (a fifth of its size again).
 * @param {string} key
 * @param {PageEntry} entry
 * @param {Buffer[]} gzip
 * @returns {Buffer[]} gzip
 */
export function keepCompressed(key, entry, gzip) {
  entry.gzip = gzip
  const state = pageCacheState()
  // a page dropped meanwhile answers this once and is gone
  if (state.entries.get(key) !== entry || entry.gzipBytes !== undefined) return gzip
  entry.gzipBytes = gzip.reduce((sum, part) => sum + part.length, 0)
  state.bytes += entry.gzipBytes
  dropOldestBeyondLimit()
  return gzip
}

function dropOldestBeyondLimit() {
  const state = pageCacheState()
  for (const [oldest] of state.entries) {
    if (state.bytes <= state.maxBytes) break
    dropPage(oldest)
  }
}

/** @param {string} key */
function dropPage(key) {
  const state = pageCacheState()
  const entry = state.entries.get(key)
  if (!entry) return
  state.entries.delete(key)
  state.bytes -= entry.bytes + (entry.gzipBytes ?? 0)
}

/** @param {number} bytes */
export function setPageCacheLimit(bytes) {
  const state = pageCacheState()
  state.maxBytes = bytes
  dropOldestBeyondLimit()
}
