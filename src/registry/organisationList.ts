import type { Payload, Where } from 'payload'

import { publicWhere } from '@/access/publicWhere'
import { countries } from '@/fields/country'
import type { Locale } from '@/i18n/locales'
import { organisationKinds } from '@/registry/organisationKinds'
import { fold } from '@/search/text'
import type { Organisation } from '@/payload-types'
import { readablePages } from '@/utilities/bulkRead'
import { cached } from '@/utilities/derivedCache'
import { type ID, idFrom } from '@/utilities/ids'
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

/** The ids of the published organisations whose words match. */
async function matchingIds(payload: Payload, q: string): Promise<ID[]> {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ searchText: { like: fold(q) } }, publicWhere.organisations] },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: {},
  })
  return docs.map((doc) => doc.id)
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
  if (filters.q) and.push({ id: { in: await matchingIds(payload, filters.q) } })
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

/** What the counts read of one public organisation. */
type FacetRow = { id: ID; country: string; kind: string; regions: ID[] }
const FACET_PAGE = 1_000

/**
 * The facets of every organisation a visitor may read, kept in memory until an organisation
 * changes: read through Payload per request, they cost half a second at 10,000 organisations.
 * Read as a visitor, so the public rule alone decides which are counted; in pages by id, so no
 * single read holds every document Payload builds.
 */
function facetRows(payload: Payload): Promise<FacetRow[]> {
  return cached(
    payload,
    'organisation-facets',
    { dependsOn: ['organisations'], ttlMs: 10 * 60_000 },
    async () => {
      const rows: FacetRow[] = []
      const pages = readablePages<Organisation>(
        payload,
        'organisations',
        { country: true, kind: true, region: true, activeRegions: true },
        FACET_PAGE,
      )
      for await (const docs of pages)
        for (const doc of docs)
          rows.push({
            id: doc.id,
            country: doc.country,
            kind: doc.kind,
            regions: [doc.region, ...(doc.activeRegions ?? [])]
              .map((region) => idFrom(region))
              .filter((id) => id !== undefined),
          })
      return rows
    },
  )
}

/**
 * How many organisations each filter option would list, the other filters and the words kept
 * (so a count is what choosing that option shows), counted in memory over the public
 * organisations' facets (`facetRows`); the words are still matched in the database.
 */
export async function organisationFacetCounts(
  payload: Payload,
  filters: OrganisationFilters,
  regions: { id: number | string; code: string }[],
): Promise<OrganisationFacetCounts> {
  const rows = await facetRows(payload)
  const matching = filters.q ? new Set((await matchingIds(payload, filters.q)).map(String)) : null
  const codeOf = new Map(regions.map((region) => [String(region.id), region.code]))
  const regionsOf = (row: FacetRow) =>
    new Set(
      row.regions
        .map((region) => codeOf.get(String(region)))
        .filter((code): code is string => Boolean(code)),
    )
  const counts: OrganisationFacetCounts = { country: {}, region: {}, kind: {} }
  const add = (facet: keyof OrganisationFacetCounts, value: string) => {
    counts[facet][value] = (counts[facet][value] ?? 0) + 1
  }
  for (const row of rows) {
    if (matching && !matching.has(String(row.id))) continue
    const inRegions = regionsOf(row)
    const country = !filters.country || row.country === filters.country
    const kind = !filters.kind || row.kind === filters.kind
    const region = !filters.region || inRegions.has(filters.region)
    if (kind && region) add('country', row.country)
    if (country && region) add('kind', row.kind)
    if (country && kind) for (const code of inRegions) add('region', code)
  }
  return counts
}
