import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

/** The managed list of indicator types (code, name in four languages, default unit). */
export type IndicatorTypeSeed = { code: string; name: Localized; unit: Localized }

export type CaseStudySeed = {
  slug: string
  title: Localized
  summary: Localized
  /** paragraphs */
  problem: Localized[]
  goals: Localized[]
  activities: { title: Localized; description: Localized }[]
  targetGroups: string[] // target-group codes from taxonomies.ts
  country: 'SK' | 'CZ' | 'HU'
  regionCodes: string[] // NUTS 3 codes from regions.ts
  municipality?: string
  leadOrganisationSlug: string // from organisations.ts
  partnerOrganisationSlugs: string[]
  centreSlugs: string[] // from centres.ts
  period: { from: string; to?: string } // 'YYYY-MM-DD'
  status: 'ongoing' | 'finished'
  projectNumber?: string
  funding: { source: Localized; sharePercent?: number; amount?: number; currency?: 'EUR' | 'CZK' | 'HUF' }[]
  resources: { staff?: Localized; budget?: Localized; premises?: Localized }
  results: Localized[]
  indicators: { type: string; value: number; from?: string; to?: string; note?: Localized }[]
  evidenceTier: 'promising' | 'demonstrated' | 'replicated'
  lessons: Localized[]
  transferability: Localized[]
  themes: string[] // theme codes
  contactPerson?: { name: string; email?: string; phone?: string }
}

export const indicatorTypes: IndicatorTypeSeed[] = []

export const caseStudies: CaseStudySeed[] = []
