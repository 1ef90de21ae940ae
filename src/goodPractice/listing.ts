import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { IndicatorType } from '@/payload-types'

import { evidenceTiers } from '@/goodPractice/evidence'
import { countries } from '@/fields/country'
import { code, first, pageNumber, type SearchParams, searchText } from '@/utilities/searchParams'
import { taxonomy } from '@/utilities/taxonomies'

export type CaseStudyFilters = {
  q: string
  country: string
  region: string
  theme: string
  group: string
  tier: string
  from: number | null
  to: number | null
  page: number
}

export const CASE_STUDIES_PAGE_SIZE = 12
export const caseStudyFilterKeys = [
  'q',
  'country',
  'region',
  'theme',
  'group',
  'tier',
  'from',
  'to',
] as const

const year = (value: string) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : null
}

export function parseCaseStudyFilters(params: SearchParams): CaseStudyFilters {
  return {
    q: searchText(params.q),
    country: code(first(params.country), countries),
    region: code(first(params.region)),
    theme: code(first(params.theme)),
    group: code(first(params.group)),
    tier: code(first(params.tier), evidenceTiers),
    from: year(first(params.from)),
    to: year(first(params.to)),
    page: pageNumber(params.page),
  }
}

export function caseStudyFiltersToQuery(
  filters: CaseStudyFilters,
  overrides: Partial<CaseStudyFilters> = {},
) {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  for (const key of caseStudyFilterKeys) {
    const value = merged[key]
    if (value !== '' && value !== null && value !== undefined) params.set(key, String(value))
  }
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Active at some point between the start of year `from` and the end of year `to`. */
export function periodOverlap(from: number | null, to: number | null, field = 'period'): Where[] {
  const clauses: Where[] = []
  if (to !== null)
    clauses.push({
      [`${field}.from`]: { less_than: new Date(Date.UTC(to + 1, 0, 1)).toISOString() },
    })
  if (from !== null) {
    clauses.push({
      or: [
        { [`${field}.to`]: { exists: false } },
        { [`${field}.to`]: { greater_than_equal: new Date(Date.UTC(from, 0, 1)).toISOString() } },
      ],
    })
  }
  return clauses
}

export type CaseStudyTaxonomies = {
  regions: { id: number | string; code: string; name: string; country: string }[]
  themes: { id: number | string; code: string; name: string }[]
  groups: { id: number | string; code: string; name: string }[]
  indicatorTypes: {
    id: number | string
    code: string
    name: string
    unit: string
    unitForms: IndicatorType['unitForms']
  }[]
}

export async function loadCaseStudyTaxonomies(
  payload: Payload,
  locale: Locale,
): Promise<CaseStudyTaxonomies> {
  const [regions, themes, groups, indicatorTypes] = await Promise.all([
    taxonomy(payload, 'regions', locale, 'name'),
    taxonomy(payload, 'themes', locale, 'name'),
    taxonomy(payload, 'target-groups', locale, 'name'),
    taxonomy(payload, 'indicator-types', locale, 'code'),
  ])
  return { regions, themes, groups, indicatorTypes }
}

/** The public query for the filters (access control adds "published" for visitors). */
export function caseStudyWhere(filters: CaseStudyFilters, taxonomies: CaseStudyTaxonomies): Where {
  const and: Where[] = []
  const idOf = (list: { id: number | string; code: string }[], value: string) =>
    list.find((item) => item.code === value)?.id ?? -1
  if (filters.q) {
    and.push({
      or: [
        { title: { like: filters.q } },
        { summary: { like: filters.q } },
        { municipality: { like: filters.q } },
      ],
    })
  }
  if (filters.country) and.push({ country: { equals: filters.country } })
  if (filters.region) and.push({ regions: { in: [idOf(taxonomies.regions, filters.region)] } })
  if (filters.theme) and.push({ themes: { in: [idOf(taxonomies.themes, filters.theme)] } })
  if (filters.group) and.push({ targetGroups: { in: [idOf(taxonomies.groups, filters.group)] } })
  if (filters.tier) and.push({ evidenceTier: { equals: filters.tier } })
  and.push(...periodOverlap(filters.from, filters.to))
  return and.length > 0 ? { and } : {}
}
