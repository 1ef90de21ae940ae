import type { CollectionSlug, Payload } from 'payload'

import { type Locale, defaultLocale, locales } from '@/i18n/locales'

import { centres, municipalities } from './data/centres'
import { organisations } from './data/organisations'
import { regionBounds } from './data/regionBounds'
import { regions } from './data/regions'
import { serviceTypes, targetGroups, themes } from './data/taxonomies'
import { seedCaseStudies } from './caseStudies'
import { seedEvents } from './events'
import { seedStrategies } from './strategies'
import { reindexSearch } from '@/search/reindex'

import { seedWorkingGroups } from './workingGroups'
import { paragraphs } from './richText'

export const demoAccounts = [
  { email: 'admin@example.org', name: 'Platform Admin', roles: ['admin'] as const },
  { email: 'editor@example.org', name: 'Katarína Horváthová', roles: ['editor'] as const },
]

export type SeedReport = Record<string, number>

type Localized<T> = { [K in keyof T]: T[K] extends Record<Locale, string> ? string : T[K] }

/**
 * Creates whatever demo record is missing, matched by its stable key; existing records are
 * left untouched, so running the seed again changes nothing and never overwrites edits.
 */
async function ensure<T extends Record<string, unknown>>(
  payload: Payload,
  collection: CollectionSlug,
  key: { field: string; value: string },
  data: T,
  translations: Partial<Record<Locale, Partial<Localized<T>>>> = {},
): Promise<{ id: number | string; created: boolean }> {
  const existing = await payload.find({
    collection,
    where: { [key.field]: { equals: key.value } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: {},
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
  const created = await payload.create({
    collection,
    data: data as never,
    locale: defaultLocale,
    depth: 0,
    // demo accounts are created verified; no confirmation mail
    disableVerificationEmail: true,
  })
  for (const locale of locales) {
    const translated = translations[locale]
    if (locale === defaultLocale || !translated || Object.keys(translated).length === 0) continue
    await payload.update({
      collection,
      id: created.id,
      data: translated as never,
      locale,
      depth: 0,
    })
  }
  return { id: created.id, created: true }
}

function byLocale(names: Record<Locale, string>) {
  return Object.fromEntries(locales.map((locale) => [locale, { name: names[locale] }])) as Record<
    Locale,
    { name: string }
  >
}

function boundsOf(code: string) {
  const [south, west, north, east] = regionBounds[code]
  return { south, west, north, east }
}

export async function seed(payload: Payload, { adminPassword }: { adminPassword: string }) {
  const report: SeedReport = {}
  const count = (collection: string, created: boolean) => {
    report[collection] = (report[collection] ?? 0) + (created ? 1 : 0)
  }

  const regionIds = new Map<string, number | string>()
  for (const region of regions) {
    const result = await ensure(
      payload,
      'regions',
      { field: 'code', value: region.code },
      {
        code: region.code,
        country: region.country,
        name: region.name[defaultLocale],
        bounds: boundsOf(region.code),
      },
      byLocale(region.name),
    )
    regionIds.set(region.code, result.id)
    count('regions', result.created)
  }

  const termIds = new Map<string, number | string>()
  for (const type of serviceTypes) {
    const { name, ...rest } = type
    const result = await ensure(
      payload,
      'service-types',
      { field: 'code', value: type.code },
      { ...rest, name: name[defaultLocale] },
      byLocale(name),
    )
    termIds.set(`service-types:${type.code}`, result.id)
    count('service-types', result.created)
  }

  for (const [collection, terms] of [
    ['target-groups', targetGroups],
    ['themes', themes],
  ] as const) {
    for (const term of terms) {
      const result = await ensure(
        payload,
        collection,
        { field: 'code', value: term.code },
        { code: term.code, name: term.name[defaultLocale] },
        byLocale(term.name),
      )
      termIds.set(`${collection}:${term.code}`, result.id)
      count(collection, result.created)
    }
  }

  for (const organisation of organisations) {
    const { regionCode, activeRegionCodes, description, ...fields } = organisation
    const descriptions = Object.fromEntries(
      Object.entries(description).map(([locale, texts]) => [
        locale,
        { description: paragraphs(texts) },
      ]),
    )
    const result = await ensure(
      payload,
      'organisations',
      { field: 'slug', value: organisation.slug! },
      {
        ...fields,
        region: regionIds.get(regionCode),
        activeRegions: activeRegionCodes.map((code) => regionIds.get(code)),
        description: description[defaultLocale]
          ? paragraphs(description[defaultLocale])
          : undefined,
        status: 'published',
      },
      descriptions,
    )
    count('organisations', result.created)
  }

  const organisationIds = new Map<string, number | string>()
  for (const organisation of organisations) {
    const found = await payload.find({
      collection: 'organisations',
      where: { slug: { equals: organisation.slug } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: {},
    })
    if (found.docs[0]) organisationIds.set(organisation.slug!, found.docs[0].id)
  }
  for (const municipality of municipalities) {
    const result = await ensure(
      payload,
      'organisations',
      { field: 'slug', value: municipality.slug },
      {
        name: municipality.name,
        slug: municipality.slug,
        kind: 'municipality',
        country: municipality.country,
        address: { municipality: municipality.municipality },
        region: regionIds.get(municipality.regionCode),
        activeRegions: [regionIds.get(municipality.regionCode)],
        status: 'published',
      },
    )
    organisationIds.set(municipality.slug, result.id)
    count('organisations', result.created)
  }

  for (const centre of centres) {
    const {
      summary,
      services,
      targetGroups: groups,
      regionCode,
      organisationSlug,
      ...fields
    } = centre
    const translations = Object.fromEntries(
      locales.map((locale) => [locale, { summary: summary[locale] }]),
    )
    const result = await ensure(
      payload,
      'centres',
      { field: 'slug', value: centre.slug },
      {
        ...fields,
        summary: summary[defaultLocale],
        organisation: organisationIds.get(organisationSlug),
        region: regionIds.get(regionCode),
        services: services.map((code) => termIds.get(`service-types:${code}`)),
        targetGroups: groups.map(({ code, ageFrom, ageTo }) => ({
          targetGroup: termIds.get(`target-groups:${code}`),
          ageFrom,
          ageTo,
        })),
        status: 'published',
      },
      translations,
    )
    count('centres', result.created)
  }

  report.events = await seedEvents(payload, {
    regions: regionIds,
    terms: termIds,
    organisations: organisationIds,
  })
  const goodPractice = await seedCaseStudies(payload, {
    regions: regionIds,
    terms: termIds,
    organisations: organisationIds,
  })
  report['indicator-types'] = goodPractice.indicatorTypes
  report['case-studies'] = goodPractice.caseStudies
  report.strategies = await seedStrategies(payload, {
    regions: regionIds,
    terms: termIds,
    organisations: organisationIds,
  })

  for (const account of demoAccounts) {
    const result = await ensure(
      payload,
      'users',
      { field: 'email', value: account.email },
      {
        email: account.email,
        name: account.name,
        roles: [...account.roles],
        preferredLanguage: defaultLocale,
        password: adminPassword,
        _verified: true,
      },
    )
    count('users', result.created)
  }

  const groups = await seedWorkingGroups(payload, { regions: regionIds, password: adminPassword })
  for (const [collection, created] of Object.entries(groups))
    report[collection] = (report[collection] ?? 0) + created
  // documents without search text yet (the migrations rebuild the rest once)
  const indexed = await reindexSearch(payload)
  if (indexed > 0) report['search-index'] = indexed

  return report
}
