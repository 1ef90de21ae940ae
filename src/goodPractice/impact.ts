import type { Payload } from 'payload'

import { readablePages } from '@/utilities/bulkRead'
import { cached } from '@/utilities/derivedCache'
import { type ID, idFrom } from '@/utilities/ids'

export type ImpactStudy = {
  id: ID
  country?: string | null
  regions?: unknown[] | null
  themes?: unknown[] | null
  period?: { from?: string | null; to?: string | null } | null
  indicators?: { type: unknown; value: number; from?: string | null; to?: string | null }[] | null
}

export type ImpactRow = { key: string; value: number; studies: number }
export type IndicatorImpact = {
  type: string
  total: number
  studies: number
  byCountry: ImpactRow[]
  byRegion: ImpactRow[]
  byTheme: ImpactRow[]
}

/** Whether [start, end] (end open when missing) overlaps the years from…to (open when null). */
export function overlapsYears(
  start: string | null | undefined,
  end: string | null | undefined,
  from: number | null,
  to: number | null,
) {
  if (!start) return from === null && to === null
  if (to !== null && new Date(start) >= new Date(Date.UTC(to + 1, 0, 1))) return false
  if (from !== null && end && new Date(end) < new Date(Date.UTC(from, 0, 1))) return false
  return true
}

/**
 * Sums indicator values per indicator type: in total, per country, per region and per theme.
 * An indicator counts when its own period (else its case study's) overlaps the years chosen.
 * A case study in several regions or themes counts fully in each, so those breakdowns may add
 * up to more than the total — the page says so.
 */
export function aggregateImpact(
  studies: ImpactStudy[],
  from: number | null = null,
  to: number | null = null,
): IndicatorImpact[] {
  type Acc = {
    total: number
    studies: Set<ID>
    parts: Record<'country' | 'region' | 'theme', Map<string, { value: number; studies: Set<ID> }>>
  }
  const byType = new Map<string, Acc>()
  const add = (
    map: Map<string, { value: number; studies: Set<ID> }>,
    key: string,
    value: number,
    study: ID,
  ) => {
    const entry = map.get(key) ?? { value: 0, studies: new Set<ID>() }
    entry.value += value
    entry.studies.add(study)
    map.set(key, entry)
  }
  for (const study of studies) {
    for (const indicator of study.indicators ?? []) {
      if (!(
        typeof indicator.value === 'number' &&
        Number.isFinite(indicator.value) &&
        indicator.value >= 0
      ))
        continue
      const start = indicator.from ?? study.period?.from
      const end = indicator.from ? indicator.to : (indicator.to ?? study.period?.to)
      if (!overlapsYears(start, end, from, to)) continue
      const type = String(idFrom(indicator.type))
      const acc =
        byType.get(type) ??
        ({
          total: 0,
          studies: new Set<ID>(),
          parts: { country: new Map(), region: new Map(), theme: new Map() },
        } as Acc)
      acc.total += indicator.value
      acc.studies.add(study.id)
      if (study.country) add(acc.parts.country, study.country, indicator.value, study.id)
      for (const region of new Set((study.regions ?? []).map((r) => String(idFrom(r)))))
        add(acc.parts.region, region, indicator.value, study.id)
      for (const theme of new Set((study.themes ?? []).map((t) => String(idFrom(t)))))
        add(acc.parts.theme, theme, indicator.value, study.id)
      byType.set(type, acc)
    }
  }
  const rows = (map: Map<string, { value: number; studies: Set<ID> }>) =>
    [...map.entries()]
      .map(([key, entry]) => ({ key, value: entry.value, studies: entry.studies.size }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key))
  return [...byType.entries()]
    .map(([type, acc]) => ({
      type,
      total: acc.total,
      studies: acc.studies.size,
      byCountry: rows(acc.parts.country),
      byRegion: rows(acc.parts.region),
      byTheme: rows(acc.parts.theme),
    }))
    .sort((a, b) => b.studies - a.studies || b.total - a.total)
}

const STUDIES_PAGE = 500

/**
 * What the impact page sums, of every case study a visitor may read, kept in memory until a
 * case study changes: read through Payload per render it took 1.5–4 s at 2,000 case studies, and
 * the page is drawn again after a change of any content. The years are applied when summing
 * (`aggregateImpact`), to each indicator's own period, so one read serves every choice of years.
 */
export function impactStudies(payload: Payload): Promise<ImpactStudy[]> {
  return cached(
    payload,
    'impact-studies',
    { dependsOn: ['case-studies'], ttlMs: 15 * 60_000 },
    async () => {
      const studies: ImpactStudy[] = []
      const pages = readablePages<ImpactStudy>(
        payload,
        'case-studies',
        { country: true, regions: true, themes: true, period: true, indicators: true },
        STUDIES_PAGE,
      )
      for await (const docs of pages) studies.push(...docs)
      return studies
    },
  )
}
