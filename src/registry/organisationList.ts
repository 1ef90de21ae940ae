import type { Payload, Where } from 'payload'

import { publicWhere } from '@/access/publicWhere'
import { countries } from '@/fields/country'
import type { Locale } from '@/i18n/locales'
import { organisationKinds } from '@/registry/organisationKinds'
import { fold } from '@/search/text'
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
  if (filters.q) {
    const { docs } = await payload.find({
      collection: 'organisations',
      where: { and: [{ searchText: { like: fold(filters.q) } }, publicWhere.organisations] },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: {},
    })
    and.push({ id: { in: docs.map((doc) => doc.id) } })
  }
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
