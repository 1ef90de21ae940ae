import type { Payload } from 'payload'

import { publicWhere } from '@/access/publicWhere'
import { cached } from '@/utilities/derivedCache'
import type { FacetKey } from '@/registry/directory'
import type { Centre } from '@/payload-types'
import { defaultLocale } from '@/i18n/locales'
import { fold } from '@/search/text'
import { idFrom } from '@/utilities/ids'
import { taxonomy } from '@/utilities/taxonomies'

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
  /** each facet's values as the URL names them (taxonomy codes, country and language codes) */
  facets: Record<FacetKey, string[]>
  latitude: number | null
  longitude: number | null
  /** the centre's words in all four languages, lower case, without accents */
  text: string
}

const INDEX_TTL_MS = 5 * 60_000

async function load(payload: Payload): Promise<IndexedCentre[]> {
  // codes do not depend on the language: any one will do
  const codes = async (collection: 'regions' | 'service-types' | 'target-groups') =>
    new Map(
      (await taxonomy(payload, collection, defaultLocale)).map((term) => [
        String(term.id),
        term.code,
      ]),
    )
  const [regions, services, groups] = await Promise.all([
    codes('regions'),
    codes('service-types'),
    codes('target-groups'),
  ])
  const coded = (map: Map<string, string>, ids: unknown[]) =>
    ids.map((id) => map.get(String(idFrom(id)))).filter((code): code is string => Boolean(code))
  const { docs } = await payload.find({
    collection: 'centres',
    // what the public may read, as a system query: the search text is readable by the server only
    where: publicWhere.centres,
    overrideAccess: true,
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
    // each value once: the counts add one per centre and value
    facets: {
      country: doc.country ? [doc.country] : [],
      region: coded(regions, doc.region == null ? [] : [doc.region]),
      service: [...new Set(coded(services, doc.services ?? []))],
      group: [
        ...new Set(
          coded(
            groups,
            (doc.targetGroups ?? []).map((row) => row.targetGroup),
          ),
        ),
      ],
      language: [...new Set(doc.languages ?? [])],
      form: [...new Set(doc.forms ?? [])],
    },
    latitude: typeof doc.latitude === 'number' ? doc.latitude : null,
    longitude: typeof doc.longitude === 'number' ? doc.longitude : null,
    text: doc.searchText ?? fold(doc.name),
  }))
}

/** The index, loaded once and shared by concurrent requests; reloaded after a centre changes. */
export const directoryIndex = (payload: Payload): Promise<IndexedCentre[]> =>
  cached(
    payload,
    'directory-index',
    { dependsOn: ['centres', 'regions', 'service-types', 'target-groups'], ttlMs: INDEX_TTL_MS },
    () => load(payload),
  )
