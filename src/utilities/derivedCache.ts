import type { CollectionSlug, Payload } from 'payload'

/**
 * Values computed from many documents (the directory's index, the open-data files), kept in
 * memory and shared by concurrent requests. A value is dropped as soon as a document of a
 * collection it depends on changes on this server (the hooks of src/plugins/invalidateCaches.ts)
 * or, with REDIS_URL, on another instance (its message bumps the same generations here,
 * src/cache/redisBus.ts), and at the latest after its time to live.
 */
type Entry = { stamp: string; at: number; value?: unknown; loading?: Promise<unknown> }
type State = { generations: Map<string, number>; entries: Map<string, Entry> }

// on globalThis: Next bundles pages and API routes separately, each with its own Payload
// instance, and a change saved through one must reach the values read by another in the same
// process — so the generations of the collections are one map for the process; the values are
// kept per Payload instance, as the tests run several databases in one process (a change in one
// then only costs the others a reload)
const store = globalThis as typeof globalThis & {
  __derivedCache?: WeakMap<Payload, State>
  __derivedGenerations?: Map<string, number>
  __derivedWholeGenerations?: Map<string, number>
  __derivedDocumentLogs?: Map<string, DocumentLog>
}
const generations = (store.__derivedGenerations ??= new Map<string, number>())
// changes not naming one document (a global, a whole collection): even values that follow
// single documents must be loaded again
const wholeGenerations = (store.__derivedWholeGenerations ??= new Map<string, number>())
/** The ids of single documents changed, in order; `base` is the position of `ids[0]`. */
type DocumentLog = { base: number; ids: (number | string)[] }
const documentLogs = (store.__derivedDocumentLogs ??= new Map<string, DocumentLog>())
// a follower further behind than this loads everything again (as after a lost message)
const DOCUMENT_LOG_LIMIT = 5_000
function state(payload: Payload): State {
  const states = (store.__derivedCache ??= new WeakMap())
  let current = states.get(payload)
  if (!current) states.set(payload, (current = { generations, entries: new Map() }))
  return current
}

const stampOf = (
  current: State,
  dependsOn: CollectionSlug[],
  followsDocuments: CollectionSlug[] = [],
) =>
  dependsOn
    .map((slug) =>
      followsDocuments.includes(slug)
        ? `w${wholeGenerations.get(slug) ?? 0}`
        : (current.generations.get(slug) ?? 0),
    )
    .join('.')

export async function cached<T>(
  payload: Payload,
  key: string,
  options: {
    dependsOn: CollectionSlug[]
    ttlMs: number
    /**
     * Collections whose single-document changes the value applies itself (reading
     * `documentsChangedSince`) rather than being loaded again: the directory index at 50,000
     * centres costs seconds to load and one centre's worth of work to update.
     */
    followsDocuments?: CollectionSlug[]
  },
  load: () => Promise<T>,
): Promise<T> {
  const current = state(payload)
  const stamp = stampOf(current, options.dependsOn, options.followsDocuments)
  const start = (entry: Entry) => {
    const loading = load().then(
      (value) => {
        // a change during the load leaves the stamp behind: the next reader loads again
        if (current.entries.get(key) === entry)
          Object.assign(entry, { value, at: Date.now(), loading: undefined })
        return value
      },
      (error: unknown) => {
        if (current.entries.get(key) === entry) entry.loading = undefined
        throw error
      },
    )
    entry.loading = loading
    return loading
  }
  const entry = current.entries.get(key)
  if (entry?.stamp === stamp && 'value' in entry) {
    // merely old (no change seen here): answer at once and refresh behind the scenes
    if (Date.now() - entry.at >= options.ttlMs && !entry.loading)
      start(entry).catch(() => undefined)
    return entry.value as T
  }
  // a load under way for the same state of the data is shared
  if (entry?.stamp === stamp && entry.loading) return entry.loading as Promise<T>
  const next: Entry = { stamp, at: Date.now() }
  current.entries.set(key, next)
  return start(next) as Promise<T>
}

/**
 * A document of `collection` changed: `id` names it when one document did (a collection's
 * hooks), none for a global or anything wider.
 */
export function invalidate(
  _payload: Payload,
  collection: CollectionSlug,
  id?: number | string,
): void {
  generations.set(collection, (generations.get(collection) ?? 0) + 1)
  if (id === undefined) {
    wholeGenerations.set(collection, (wholeGenerations.get(collection) ?? 0) + 1)
    return
  }
  let log = documentLogs.get(collection)
  if (!log) documentLogs.set(collection, (log = { base: 0, ids: [] }))
  log.ids.push(id)
  if (log.ids.length > DOCUMENT_LOG_LIMIT) {
    const dropped = log.ids.length - DOCUMENT_LOG_LIMIT
    log.ids.splice(0, dropped)
    log.base += dropped
  }
}

/** Where the log of `collection`'s single-document changes ends now: a follower's start. */
export function documentLogEnd(collection: CollectionSlug): number {
  const log = documentLogs.get(collection)
  return log ? log.base + log.ids.length : 0
}

/**
 * The documents of `collection` changed since `position` (each once) and the new position, or
 * null when the log no longer reaches back that far: the follower must load everything again.
 */
export function documentsChangedSince(
  collection: CollectionSlug,
  position: number,
): { ids: (number | string)[]; position: number } | null {
  const log = documentLogs.get(collection)
  if (!log) return { ids: [], position }
  if (position < log.base) return null
  const ids = new Map(log.ids.slice(position - log.base).map((id) => [String(id), id]))
  return { ids: [...ids.values()], position: log.base + log.ids.length }
}
