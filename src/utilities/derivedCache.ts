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
}
const generations = (store.__derivedGenerations ??= new Map<string, number>())
function state(payload: Payload): State {
  const states = (store.__derivedCache ??= new WeakMap())
  let current = states.get(payload)
  if (!current) states.set(payload, (current = { generations, entries: new Map() }))
  return current
}

const stampOf = (current: State, dependsOn: CollectionSlug[]) =>
  dependsOn.map((slug) => current.generations.get(slug) ?? 0).join('.')

export async function cached<T>(
  payload: Payload,
  key: string,
  options: { dependsOn: CollectionSlug[]; ttlMs: number },
  load: () => Promise<T>,
): Promise<T> {
  const current = state(payload)
  const stamp = stampOf(current, options.dependsOn)
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

export function invalidate(_payload: Payload, collection: CollectionSlug): void {
  generations.set(collection, (generations.get(collection) ?? 0) + 1)
}
