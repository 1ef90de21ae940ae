import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { IndexedCentre } from '@/registry/directoryIndex'
import { fold } from '@/search/text'
import { countries } from '@/fields/country'
import { codes, pageNumber, type SearchParams, searchText } from '@/utilities/searchParams'
import { taxonomy } from '@/utilities/taxonomies'

/** Directory filters as they appear in the URL: codes, not database IDs, so links are stable. */
export type DirectoryFilters = {
  q: string
  country: string[]
  region: string[]
  service: string[]
  group: string[]
  language: string[]
  form: string[]
  page: number
}

export const facetKeys = ['country', 'region', 'service', 'group', 'language', 'form'] as const
export type FacetKey = (typeof facetKeys)[number]

export const PAGE_SIZE = 20
const MAX_QUERY_LENGTH = 100
const MAX_VALUES = 50

export function parseFilters(params: SearchParams): DirectoryFilters {
  const list = (key: string, allowed?: readonly string[]) => codes(params[key], allowed, MAX_VALUES)
  return {
    q: searchText(params.q, MAX_QUERY_LENGTH),
    country: list('country', countries),
    region: list('region'),
    service: list('service'),
    group: list('group'),
    language: list('language'),
    form: list('form'),
    page: pageNumber(params.page),
  }
}

/** The filters as a query string (without page unless asked), for links and pagination. */
export function filtersToQuery(
  filters: DirectoryFilters,
  overrides: Partial<DirectoryFilters> = {},
) {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  if (merged.q) params.set('q', merged.q)
  for (const key of facetKeys) for (const value of merged[key]) params.append(key, value)
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

export type Taxonomies = {
  regions: { id: number | string; code: string; name: string; country: string }[]
  services: {
    id: number | string
    code: string
    name: string
    country: string
    legalBasis?: string | null
  }[]
  groups: { id: number | string; code: string; name: string }[]
}

/** Regions, service types and target groups in the reader's language (public reads, cached until one changes). */
export async function loadTaxonomies(payload: Payload, locale: Locale): Promise<Taxonomies> {
  const [regions, services, groups] = await Promise.all([
    taxonomy(payload, 'regions', locale),
    taxonomy(payload, 'service-types', locale),
    taxonomy(payload, 'target-groups', locale),
  ])
  return { regions, services, groups }
}

/**
 * The centres matching the filters (all of them, in name order for the reader's language).
 * Within a facet any selected value matches; an unknown code matches nothing. Words of `q`
 * must all occur, in any of the four languages, accents ignored ("prunerov" finds "Prunéřov").
 */
export function matchCentres(
  index: IndexedCentre[],
  filters: DirectoryFilters,
  locale: Locale,
): IndexedCentre[] {
  return filterCentres(inNameOrder(index, locale), filters)
}

// sorting 10,000 names by the language's rules takes longer than filtering them: once per index
const sortedIndexes = new WeakMap<IndexedCentre[], Partial<Record<Locale, IndexedCentre[]>>>()
function inNameOrder(index: IndexedCentre[], locale: Locale): IndexedCentre[] {
  let perLocale = sortedIndexes.get(index)
  if (!perLocale) sortedIndexes.set(index, (perLocale = {}))
  const { compare } = new Intl.Collator(locale)
  return (perLocale[locale] ??= [...index].sort((a, b) => compare(a.name, b.name)))
}

function filterCentres(index: IndexedCentre[], filters: DirectoryFilters): IndexedCentre[] {
  const test = matcher(filters)
  return index.filter((centre) => test(centre) === 0)
}

/**
 * For one centre: 0 when it matches every filter, 1 + the position of the one facet it fails
 * (it counts for that facet's own values), -1 when it fails the words or two facets.
 */
function matcher(filters: DirectoryFilters) {
  const words = fold(filters.q).split(/\s+/).filter(Boolean)
  const active = facetKeys.filter((key) => filters[key].length > 0)
  const selected = active.map((key) => [key, new Set(filters[key])] as const)
  return (centre: IndexedCentre): number => {
    if (!words.every((word) => centre.text.includes(word))) return -1
    let failed = 0
    for (const [key, values] of selected) {
      if (centre.facets[key].some((value) => values.has(value))) continue
      if (failed) return -1
      failed = 1 + facetKeys.indexOf(key)
    }
    return failed
  }
}

export type FacetCounts = Record<FacetKey, Record<string, number>>

/**
 * Result counts per facet value, each facet counted with the other facets' filters applied
 * (the usual faceted-search behaviour), in one pass over the index.
 */
export function facetCounts(index: IndexedCentre[], filters: DirectoryFilters): FacetCounts {
  // the same filters give the same counts until the index is rebuilt: remembered per index
  let remembered = countsByIndex.get(index)
  if (!remembered) countsByIndex.set(index, (remembered = new Map()))
  const key = JSON.stringify([filters.q, ...facetKeys.map((facet) => [...filters[facet]].sort())])
  const known = remembered.get(key)
  if (known) return known
  const counts = countFacets(index, filters)
  if (remembered.size >= 500) remembered.delete(remembered.keys().next().value!)
  remembered.set(key, counts)
  return counts
}

const countsByIndex = new WeakMap<IndexedCentre[], Map<string, FacetCounts>>()

function countFacets(index: IndexedCentre[], filters: DirectoryFilters): FacetCounts {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
  const test = matcher(filters)
  for (const centre of index) {
    const result = test(centre)
    if (result < 0) continue
    for (const [position, key] of facetKeys.entries()) {
      // a centre failing one facet still counts toward that facet's other values
      if (result !== 0 && result !== position + 1) continue
      const bucket = counts[key]
      for (const value of centre.facets[key]) bucket[value] = (bucket[value] ?? 0) + 1
    }
  }
  return counts
}
