import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { IndicatorType } from '@/payload-types'

import { cached } from './derivedCache'

/*
 * The shared vocabularies (regions, service types, target groups, themes, indicator types) as the
 * public reads them, in one language: small, read by nearly every listing, and changed a few times
 * a year — so read once per language and kept until one of them changes.
 */

export type Term = { id: number | string; code: string; name: string }
type Terms = {
  regions: Term & { country: string }
  'service-types': Term & { country: string; legalBasis?: string | null }
  'target-groups': Term
  themes: Term
  'indicator-types': Term & { unit: string; unitForms: IndicatorType['unitForms'] }
}
export type TaxonomySlug = keyof Terms

const fields: { [slug in TaxonomySlug]: (keyof Terms[slug])[] } = {
  regions: ['code', 'name', 'country'],
  'service-types': ['code', 'name', 'country', 'legalBasis'],
  'target-groups': ['code', 'name'],
  themes: ['code', 'name'],
  'indicator-types': ['code', 'name', 'unit', 'unitForms'],
}

/** A vocabulary's terms in the reader's language, ordered by `sort` (code or name). */
export function taxonomy<S extends TaxonomySlug>(
  payload: Payload,
  collection: S,
  locale: Locale,
  sort: 'code' | 'name' = 'code',
): Promise<Terms[S][]> {
  return cached(
    payload,
    `taxonomy:${collection}:${locale}:${sort}`,
    { dependsOn: [collection], ttlMs: 5 * 60_000 },
    async () => {
      const select = Object.fromEntries(fields[collection].map((field) => [field, true]))
      const { docs } = await payload.find({
        collection,
        locale,
        sort,
        select,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: null,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return Object.fromEntries([
          ['id', record.id],
          ...fields[collection].map((field) => [field, record[field as string] ?? null]),
        ])
      }) as Terms[S][]
    },
  )
}
