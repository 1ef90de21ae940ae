import type { CollectionSlug, Payload } from 'payload'

import { defaultLocale, type Locale, locales } from '@/i18n/locales'

import { type StrategySeed, strategies } from './data/strategies'

type ID = number | string

async function idsBySlug(payload: Payload, collection: CollectionSlug, slugs: string[] = []) {
  if (slugs.length === 0) return []
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    pagination: false,
    depth: 0,
    select: {},
  })
  return docs.map((doc) => doc.id)
}

type Existing = {
  themes?:
    | {
        id?: string | null
        goals?:
          | {
              id?: string | null
              measures?:
                { id?: string | null; indicators?: { id?: string | null }[] | null }[] | null
            }[]
          | null
      }[]
    | null
}

/** The localized text of the tree, keeping the row ids of the first save so that rows match. */
function tree(
  seed: StrategySeed,
  locale: Locale,
  links: Map<string, Record<string, ID[]>>,
  ids: { organisations: Map<string, ID>; terms: Map<string, ID> },
  existing?: Existing,
) {
  return seed.themes.map((theme, i) => ({
    id: existing?.themes?.[i]?.id,
    code: theme.code,
    title: theme.title[locale],
    theme: theme.themeCode ? (ids.terms.get(`themes:${theme.themeCode}`) as number) : undefined,
    goals: theme.goals.map((goal, j) => ({
      id: existing?.themes?.[i]?.goals?.[j]?.id,
      code: goal.code,
      title: goal.title[locale],
      description: goal.description?.[locale],
      measures: goal.measures.map((measure, k) => ({
        id: existing?.themes?.[i]?.goals?.[j]?.measures?.[k]?.id,
        code: measure.code,
        title: measure.title[locale],
        description: measure.description?.[locale],
        status: measure.status,
        responsibleOrganisations: measure.responsibleOrganisationSlugs
          .map((slug) => ids.organisations.get(slug))
          .filter(Boolean) as number[],
        partners: measure.partners?.[locale],
        indicators: measure.indicators.map((indicator, l) => ({
          id: existing?.themes?.[i]?.goals?.[j]?.measures?.[k]?.indicators?.[l]?.id,
          name: indicator.name[locale],
          unit: indicator.unit[locale],
          baseline: indicator.baseline,
          target: indicator.target,
          actual: indicator.actual,
        })),
        ...(links.get(measure.code) as Record<string, number[]>),
      })),
    })),
  }))
}

/** The Liberec Region's strategy and the Košice Region's community plan. */
export async function seedStrategies(
  payload: Payload,
  ids: { regions: Map<string, ID>; terms: Map<string, ID>; organisations: Map<string, ID> },
): Promise<number> {
  let created = 0
  for (const seed of strategies) {
    const exists = await payload.count({
      collection: 'strategies',
      where: { slug: { equals: seed.slug } },
    })
    if (exists.totalDocs > 0) continue
    const links = new Map<string, Record<string, ID[]>>()
    for (const measure of seed.themes.flatMap((theme) =>
      theme.goals.flatMap((goal) => goal.measures),
    )) {
      links.set(measure.code, {
        centres: await idsBySlug(payload, 'centres', measure.centreSlugs),
        caseStudies: await idsBySlug(payload, 'case-studies', measure.caseStudySlugs),
        events: await idsBySlug(payload, 'events', measure.eventSlugs),
      })
    }
    const doc = await payload.create({
      collection: 'strategies',
      locale: defaultLocale,
      depth: 0,
      data: {
        title: seed.title[defaultLocale],
        slug: seed.slug,
        kind: seed.kind,
        summary: seed.summary[defaultLocale],
        region: ids.regions.get(seed.regionCode) as number,
        organisation: ids.organisations.get(seed.ownerOrganisationSlug) as number,
        period: seed.period,
        status: seed.status,
        themes: tree(seed, defaultLocale, links, ids),
      },
    })
    for (const locale of locales) {
      if (locale === defaultLocale) continue
      await payload.update({
        collection: 'strategies',
        id: doc.id,
        locale,
        depth: 0,
        data: {
          title: seed.title[locale],
          summary: seed.summary[locale],
          themes: tree(seed, locale, links, ids, doc as Existing),
        },
      })
    }
    created += 1
  }
  return created
}
