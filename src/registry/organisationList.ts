import type { Payload, Where } from 'payload'

import { publicWhere } from '@/access/publicWhere'
import { countries } from '@/fields/country'
import type { Locale } from '@/i18n/locales'
import { organisationKinds } from '@/registry/organisationKinds'
import { fold } from '@/search/text'
import { idFrom } from '@/utilities/ids'
import { code, first, pageNumber, type SearchParams, searchText } from '@/utilities/searchParams'

/** The organisations list's filters as they appear in the URL (codes, not database IDs). */
export type OrganisationFilters = {
  q: string
  country: string
  region: string
  kind: string
  page: number
}

export const ORGANISATIONS_PAGE_SIZE = 20
const filterKeys = ['q', 'country', 'region', 'kind'] as const

export function parseOrganisationFilters(params: SearchParams): OrganisationFilters {
  return {
    q: searchText(params.q),
    country: code(first(params.country), countries),
    region: code(first(params.region)),
    kind: code(first(params.kind), organisationKinds),
    page: pageNumber(params.page),
  }
}

/** The filters as a query string (page only past the first), for links and pagination. */
export function organisationFiltersToQuery(
  filters: OrganisationFilters,
  overrides: Partial<OrganisationFilters> = {},
) {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  for (const key of filterKeys) if (merged[key]) params.set(key, merged[key])
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The published organisations whose words match, as a condition on their ids. */
async function matchingWords(payload: Payload, q: string): Promise<Where> {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ searchText: { like: fold(q) } }, publicWhere.organisations] },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: {},
  })
  return { id: { in: docs.map((doc) => doc.id) } }
}

/**
 * One page of the public organisations for the filters, read as a visitor. The words are
 * matched in the hidden search index (every language, accents folded), which only the server
 * reads: it answers which published organisations match, and the visitor's query takes those.
 */
export async function findOrganisations(
  payload: Payload,
  locale: Locale,
  filters: OrganisationFilters,
  regions: { id: number | string; code: string }[],
) {
  const and: Where[] = []
  if (filters.q) and.push(await matchingWords(payload, filters.q))
  if (filters.country) and.push({ country: { equals: filters.country } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.region) {
    const region = regions.find((r) => r.code === filters.region)?.id ?? -1
    and.push({ or: [{ region: { equals: region } }, { activeRegions: { in: [region] } }] })
  }
  return payload.find({
    collection: 'organisations',
    overrideAccess: false,
    user: null,
    locale,
    where: and.length > 0 ? { and } : {},
    depth: 1,
    limit: ORGANISATIONS_PAGE_SIZE,
    page: filters.page,
    sort: 'name',
    select: {
      name: true,
      slug: true,
      kind: true,
      country: true,
      website: true,
      address: { municipality: true },
      region: true,
      updatedAt: true,
    },
    populate: { regions: { name: true } },
  })
}

export type OrganisationFacetCounts = Record<'country' | 'region' | 'kind', Record<string, number>>

/**
 * How many organisations each filter option would list, the other filters and the words kept
 * (so a count is what choosing that option shows). One query over the public organisations,
 * reading only the three facets: a few kilobytes even for thousands of them.
 */
export async function organisationFacetCounts(
  payload: Payload,
  filters: OrganisationFilters,
  regions: { id: number | string; code: string }[],
): Promise<OrganisationFacetCounts> {
  const { docs } = await payload.find({
    collection: 'organisations',
    overrideAccess: false,
    user: null,
    where: filters.q ? await matchingWords(payload, filters.q) : {},
    depth: 0,
    pagination: false,
    select: { country: true, kind: true, region: true, activeRegions: true },
  })
  const codeOf = new Map(regions.map((region) => [String(region.id), region.code]))
  const regionsOf = (doc: (typeof docs)[number]) =>
    new Set(
      [doc.region, ...(doc.activeRegions ?? [])]
        .map((region) => codeOf.get(String(idFrom(region))))
        .filter((code): code is string => Boolean(code)),
    )
  const counts: OrganisationFacetCounts = { country: {}, region: {}, kind: {} }
  const add = (facet: keyof OrganisationFacetCounts, value: string) => {
    counts[facet][value] = (counts[facet][value] ?? 0) + 1
  }
  for (const doc of docs) {
    const inRegions = regionsOf(doc)
    const country = !filters.country || doc.country === filters.country
    const kind = !filters.kind || doc.kind === filters.kind
    const region = !filters.region || inRegions.has(filters.region)
    if (kind && region) add('country', doc.country)
    if (country && region) add('kind', doc.kind)
    if (country && kind) for (const code of inRegions) add('region', code)
  }
  return counts
}
