import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import type { Centre } from '@/payload-types'
import { fold } from '@/search/text'

/**
 * What the directory filters, counts and maps, for every centre a visitor may see, held in
 * memory. Counting six facets and drawing the map from the database meant reading every
 * matching centre seven times per page view: 1.3 s per page at 1,000 centres. From memory
 * the same page needs one database read (its 20 results).
 *
 * The index is rebuilt when a centre changes on this server (hooks below) and at the latest
 * after INDEX_TTL_MS, so a second server instance sharing the database catches up too.
 */
export type IndexedCentre = {
  id: number | string
  name: string
  slug: string
  country: string
  region: number | string | null
  services: (number | string)[]
  groups: (number | string)[]
  languages: string[]
  forms: string[]
  latitude: number | null
  longitude: number | null
  /** the centre's words in all four languages, lower case, without accents */
  text: string
}

const INDEX_TTL_MS = 5 * 60_000

type State = {
  generation: number
  loaded?: { at: number; generation: number; centres: IndexedCentre[] }
  loading?: { generation: number; promise: Promise<IndexedCentre[]> }
}

// on globalThis: Next bundles pages and the API route separately, and the hooks of one must
// reach the index read by the other within one server process; per Payload instance, as tests
// run several databases in one process
const store = globalThis as typeof globalThis & { __directoryIndex?: WeakMap<Payload, State> }
const state = (payload: Payload): State => {
  const states = (store.__directoryIndex ??= new WeakMap())
  let current = states.get(payload)
  if (!current) states.set(payload, (current = { generation: 0 }))
  return current
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

async function load(payload: Payload): Promise<IndexedCentre[]> {
  const { docs } = await payload.find({
    collection: 'centres',
    // the visitor's rules decide what is listed
    overrideAccess: false,
    user: null,
    depth: 0,
    pagination: false,
    select: {
      name: true,
      slug: true,
      country: true,
      region: true,
      services: true,
      targetGroups: true,
      languages: true,
      forms: true,
      latitude: true,
      longitude: true,
      searchText: true,
    },
  })
  return (docs as Centre[]).map((doc) => ({
    id: doc.id,
    name: doc.name,
    slug: doc.slug ?? String(doc.id),
    country: doc.country ?? '',
    region: doc.region == null ? null : idOf(doc.region),
    services: (doc.services ?? []).map(idOf),
    groups: (doc.targetGroups ?? []).map((row) => idOf(row.targetGroup)),
    languages: doc.languages ?? [],
    forms: doc.forms ?? [],
    latitude: typeof doc.latitude === 'number' ? doc.latitude : null,
    longitude: typeof doc.longitude === 'number' ? doc.longitude : null,
    text: doc.searchText ?? fold(doc.name),
  }))
}

/** The index, loaded once and shared by concurrent requests; reloaded after a change. */
export async function directoryIndex(payload: Payload): Promise<IndexedCentre[]> {
  const current = state(payload)
  const { loaded } = current
  if (loaded && loaded.generation === current.generation && Date.now() - loaded.at < INDEX_TTL_MS) return loaded.centres
  // a load started before the latest change would miss it: only a current one is shared
  if (current.loading?.generation === current.generation) return current.loading.promise
  const generation = current.generation
  const loading = {
    generation,
    promise: load(payload).then((centres) => {
      if (!current.loaded || current.loaded.generation <= generation) current.loaded = { at: Date.now(), generation, centres }
      return centres
    }),
  }
  current.loading = loading
  void loading.promise
    .catch(() => undefined)
    .finally(() => {
      if (current.loading === loading) current.loading = undefined
    })
  return loading.promise
}

export function invalidateDirectoryIndex(payload: Payload): void {
  state(payload).generation += 1
}

export const invalidateDirectoryAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateDirectoryIndex(req.payload)
  return doc
}

export const invalidateDirectoryAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateDirectoryIndex(req.payload)
  return doc
}
