import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

export type MeasureStatus = 'not-started' | 'in-progress' | 'done' | 'dropped'

export type MeasureSeed = {
  code: string // e.g. '1.1.2' — unique within the strategy
  title: Localized
  description?: Localized
  status: MeasureStatus
  responsibleOrganisationSlugs: string[] // from organisations.ts
  partners?: Localized // free text, e.g. "municipalities, Labour Office"
  indicators: { name: Localized; unit: Localized; baseline?: number; target: number; actual?: number }[]
  /** work that serves the measure, by slug */
  centreSlugs?: string[]
  caseStudySlugs?: string[]
  eventSlugs?: string[]
}

export type GoalSeed = { code: string; title: Localized; description?: Localized; measures: MeasureSeed[] }
export type StrategyThemeSeed = { code: string; title: Localized; themeCode?: string; goals: GoalSeed[] }

export type StrategySeed = {
  slug: string
  kind: 'regional-strategy' | 'community-plan'
  title: Localized
  summary: Localized
  regionCode: string
  ownerOrganisationSlug: string
  period: { from: string; to: string } // 'YYYY-MM-DD'
  status: 'draft' | 'in-force' | 'completed'
  themes: StrategyThemeSeed[]
}

export const strategies: StrategySeed[] = []
