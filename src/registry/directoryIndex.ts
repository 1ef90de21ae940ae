import type { Payload } from 'payload'

import { cached } from '@/lib/derivedCache'
import type { Centre } from '@/payload-types'
import { fold } from '@/search/text'

/**
 * What the directory filters, counts and maps, for every centre a visitor may see, held in
 * memory. Counting six facets and drawing the map from the database meant reading every
 * matching centre seven times per page view: 1.3 s per page at 1,000 centres. From memory
 * the same page needs one database read (its 20 results). The index is rebuilt when a centre changes (see derivedCache).
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

/** The index, loaded once and shared by concurrent requests; reloaded after a centre changes. */
export const directoryIndex = (payload: Payload): Promise<IndexedCentre[]> =>
  cached(payload, 'directory-index', { dependsOn: ['centres'], ttlMs: INDEX_TTL_MS }, () => load(payload))
