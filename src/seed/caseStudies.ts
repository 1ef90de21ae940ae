import type { Payload } from 'payload'

import { defaultLocale, type Locale, locales } from '@/i18n/locales'

import { type CaseStudySeed, caseStudies, indicatorTypes } from './data/caseStudies'
import { fillIndicatorUnitForms } from './indicatorUnitForms'

type ID = number | string
const join = (paragraphs: Record<Locale, string>[], locale: Locale) =>
  paragraphs.map((paragraph) => paragraph[locale]).join('\n\n') || undefined

function localized(
  seed: CaseStudySeed,
  locale: Locale,
  existing?: {
    activities?: { id?: string | null }[] | null
    funding?: { id?: string | null }[] | null
    indicators?: { id?: string | null }[] | null
  },
) {
  return {
    title: seed.title[locale],
    summary: seed.summary[locale],
    problem: join(seed.problem, locale),
    goals: join(seed.goals, locale),
    results: join(seed.results, locale),
    lessons: join(seed.lessons, locale),
    transferability: join(seed.transferability, locale),
    activities: seed.activities.map((activity, index) => ({
      id: existing?.activities?.[index]?.id,
      title: activity.title[locale],
      description: activity.description[locale],
    })),
    funding: seed.funding.map((row, index) => ({
      id: existing?.funding?.[index]?.id,
      source: row.source[locale],
      sharePercent: row.sharePercent,
      amount: row.amount,
      currency: row.currency,
    })),
    resources: {
      staff: seed.resources.staff?.[locale],
      budget: seed.resources.budget?.[locale],
      premises: seed.resources.premises?.[locale],
    },
  }
}

/** Indicator types and the good-practice case studies from the seed documents, published. */
export async function seedCaseStudies(
  payload: Payload,
  ids: { regions: Map<string, ID>; terms: Map<string, ID>; organisations: Map<string, ID> },
): Promise<{ indicatorTypes: number; caseStudies: number }> {
  const typeIds = new Map<string, ID>()
  let createdTypes = 0
  for (const type of indicatorTypes) {
    const found = await payload.find({
      collection: 'indicator-types',
      where: { code: { equals: type.code } },
      limit: 1,
      depth: 0,
      select: {},
    })
    let id = found.docs[0]?.id
    if (!id) {
      const created = await payload.create({
        collection: 'indicator-types',
        locale: defaultLocale,
        data: { code: type.code, name: type.name[defaultLocale], unit: type.unit[defaultLocale] },
      })
      for (const locale of locales) {
        if (locale !== defaultLocale)
          await payload.update({
            collection: 'indicator-types',
            id: created.id,
            locale,
            data: { name: type.name[locale], unit: type.unit[locale] },
          })
      }
      id = created.id
      createdTypes += 1
    }
    typeIds.set(type.code, id)
  }
  await fillIndicatorUnitForms(payload)

  let created = 0
  for (const seed of caseStudies) {
    const exists = await payload.count({
      collection: 'case-studies',
      where: { slug: { equals: seed.slug } },
    })
    if (exists.totalDocs > 0) continue
    const centreIds: ID[] = []
    for (const slug of seed.centreSlugs) {
      const centre = await payload.find({
        collection: 'centres',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        select: {},
      })
      if (centre.docs[0]) centreIds.push(centre.docs[0].id)
    }
    const doc = await payload.create({
      collection: 'case-studies',
      locale: defaultLocale,
      depth: 0,
      data: {
        ...localized(seed, defaultLocale),
        slug: seed.slug,
        originalLanguage: defaultLocale,
        targetGroups: seed.targetGroups
          .map((code) => ids.terms.get(`target-groups:${code}`))
          .filter(Boolean) as number[],
        country: seed.country,
        regions: seed.regionCodes.map((code) => ids.regions.get(code)).filter(Boolean) as number[],
        municipality: seed.municipality,
        organisation: ids.organisations.get(seed.leadOrganisationSlug) as number,
        partners: seed.partnerOrganisationSlugs
          .map((slug) => ids.organisations.get(slug))
          .filter(Boolean) as number[],
        centres: centreIds as number[],
        period: { from: seed.period.from, to: seed.period.to },
        status: seed.status,
        projectNumber: seed.projectNumber,
        indicators: seed.indicators
          .filter((indicator) => typeIds.has(indicator.type))
          .map((indicator) => ({
            type: typeIds.get(indicator.type) as number,
            value: indicator.value,
            from: indicator.from,
            to: indicator.to,
            note: indicator.note?.[defaultLocale],
          })),
        evidenceTier: seed.evidenceTier,
        themes: seed.themes
          .map((code) => ids.terms.get(`themes:${code}`))
          .filter(Boolean) as number[],
        contactPerson: seed.contactPerson,
        review: { state: 'writing' },
        _status: 'published',
      },
    })
    for (const locale of locales) {
      if (locale === defaultLocale) continue
      await payload.update({
        collection: 'case-studies',
        id: doc.id,
        locale,
        depth: 0,
        data: {
          ...localized(seed, locale, doc),
          indicators: (doc.indicators ?? []).map((indicator, index) => ({
            ...indicator,
            note: seed.indicators.filter((i) => typeIds.has(i.type))[index]?.note?.[locale],
          })),
          _status: 'published',
        },
      })
    }
    created += 1
  }
  return { indicatorTypes: createdTypes, caseStudies: created }
}
