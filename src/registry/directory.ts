import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Centre } from '@/payload-types'

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

type SearchParams = Record<string, string | string[] | undefined>

export function parseFilters(params: SearchParams): DirectoryFilters {
  const list = (key: string) => {
    const raw = params[key]
    const values = (Array.isArray(raw) ? raw : raw ? [raw] : [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => /^[\w-]{1,64}$/.test(value))
    return [...new Set(values)].slice(0, MAX_VALUES)
  }
  const rawQuery = Array.isArray(params.q) ? params.q[0] : params.q
  const page = Number.parseInt(String(Array.isArray(params.page) ? params.page[0] : params.page ?? '1'), 10)
  return {
    q: (rawQuery ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    country: list('country').filter((c) => ['SK', 'CZ', 'HU'].includes(c)),
    region: list('region'),
    service: list('service'),
    group: list('group'),
    language: list('language'),
    form: list('form'),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  }
}

/** The filters as a query string (without page unless asked), for links and pagination. */
export function filtersToQuery(filters: DirectoryFilters, overrides: Partial<DirectoryFilters> = {}) {
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
  services: { id: number | string; code: string; name: string; country: string; legalBasis?: string | null }[]
  groups: { id: number | string; code: string; name: string }[]
}

/** Regions, service types and target groups in the reader's language (public reads). */
export async function loadTaxonomies(payload: Payload, locale: Locale): Promise<Taxonomies> {
  const common = { overrideAccess: false, user: null, locale, depth: 0, pagination: false } as const
  const [regions, services, groups] = await Promise.all([
    payload.find({ collection: 'regions', ...common, sort: 'code', select: { code: true, name: true, country: true } }),
    payload.find({
      collection: 'service-types',
      ...common,
      sort: 'code',
      select: { code: true, name: true, country: true, legalBasis: true },
    }),
    payload.find({ collection: 'target-groups', ...common, sort: 'code', select: { code: true, name: true } }),
  ])
  return {
    regions: regions.docs.map(({ id, code, name, country }) => ({ id, code, name, country })),
    services: services.docs.map(({ id, code, name, country, legalBasis }) => ({ id, code, name, country, legalBasis })),
    groups: groups.docs.map(({ id, code, name }) => ({ id, code, name })),
  }
}

const idsFor = <T extends { id: number | string; code: string }>(terms: T[], codes: string[]) =>
  terms.filter((term) => codes.includes(term.code)).map((term) => term.id)

/** One facet's condition; an unknown code matches nothing rather than everything. */
function facetWhere(key: FacetKey, values: string[], taxonomies: Taxonomies): Where | null {
  if (values.length === 0) return null
  const impossible: Where = { id: { equals: -1 } }
  switch (key) {
    case 'country':
      return { country: { in: values } }
    case 'region': {
      const ids = idsFor(taxonomies.regions, values)
      return ids.length ? { region: { in: ids } } : impossible
    }
    case 'service': {
      const ids = idsFor(taxonomies.services, values)
      return ids.length ? { services: { in: ids } } : impossible
    }
    case 'group': {
      const ids = idsFor(taxonomies.groups, values)
      return ids.length ? { 'targetGroups.targetGroup': { in: ids } } : impossible
    }
    case 'language':
      return { languages: { in: values } }
    case 'form':
      return { forms: { in: values } }
  }
}

function textWhere(q: string): Where | null {
  if (!q) return null
  return {
    or: [
      { name: { like: q } },
      { summary: { like: q } },
      { 'address.municipality': { like: q } },
    ],
  }
}

/** The Payload query for the directory's results, always limited to published centres. */
export function buildWhere(filters: DirectoryFilters, taxonomies: Taxonomies, except?: FacetKey): Where {
  const conditions: Where[] = [{ status: { equals: 'published' } }]
  const text = textWhere(filters.q)
  if (text) conditions.push(text)
  for (const key of facetKeys) {
    if (key === except) continue
    const condition = facetWhere(key, filters[key], taxonomies)
    if (condition) conditions.push(condition)
  }
  return { and: conditions }
}

type FacetDoc = Pick<Centre, 'id' | 'country' | 'region' | 'services' | 'targetGroups' | 'languages' | 'forms'>

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : value

function valuesOf(doc: FacetDoc, key: FacetKey, taxonomies: Taxonomies): string[] {
  const codeById = (terms: { id: number | string; code: string }[], ids: unknown[]) =>
    ids.map((id) => terms.find((term) => String(term.id) === String(idOf(id)))?.code).filter(Boolean) as string[]
  switch (key) {
    case 'country':
      return doc.country ? [doc.country] : []
    case 'region':
      return codeById(taxonomies.regions, [doc.region])
    case 'service':
      return codeById(taxonomies.services, doc.services ?? [])
    case 'group':
      return codeById(taxonomies.groups, (doc.targetGroups ?? []).map((row) => row.targetGroup))
    case 'language':
      return doc.languages ?? []
    case 'form':
      return doc.forms ?? []
  }
}

export type FacetCounts = Record<FacetKey, Record<string, number>>

/**
 * Result counts per facet value, each facet counted with the other facets' filters applied
 * (the usual faceted-search behaviour). Computed from one light query per facet.
 */
export async function facetCounts(
  payload: Payload,
  filters: DirectoryFilters,
  taxonomies: Taxonomies,
  locale: Locale,
): Promise<FacetCounts> {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
  await Promise.all(
    facetKeys.map(async (key) => {
      const { docs } = await payload.find({
        collection: 'centres',
        overrideAccess: false,
        user: null,
        locale,
        where: buildWhere(filters, taxonomies, key),
        depth: 0,
        pagination: false,
        select: { country: true, region: true, services: true, targetGroups: true, languages: true, forms: true },
      })
      for (const doc of docs as FacetDoc[]) {
        for (const value of new Set(valuesOf(doc, key, taxonomies))) {
          counts[key][value] = (counts[key][value] ?? 0) + 1
        }
      }
    }),
  )
  return counts
}
