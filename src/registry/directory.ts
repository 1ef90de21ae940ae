import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
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

export type FacetCounts = Record<FacetKey, Record<string, number>>
