import type { Payload, PayloadRequest } from 'payload'

import { locales } from '@/i18n/locales'

import { indicatorTypes } from './data/caseStudies'

/**
 * Gives the demo indicator types their units' plural forms in every language, where none are
 * set yet (an editor's own forms are kept): run by the seed and, for databases seeded before
 * the forms existed, by a migration.
 */
export async function fillIndicatorUnitForms(payload: Payload, req?: Partial<PayloadRequest>) {
  for (const type of indicatorTypes) {
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'indicator-types',
        where: { code: { equals: type.code } },
        locale,
        fallbackLocale: false,
        limit: 1,
        pagination: false,
        depth: 0,
        select: { unitForms: true },
        req,
      })
      const stored = docs[0]
      if (!stored || Object.values(stored.unitForms ?? {}).some(Boolean)) continue
      await payload.update({
        collection: 'indicator-types',
        id: stored.id,
        locale,
        data: { unitForms: type.unitForms[locale] },
        depth: 0,
        req,
      })
    }
  }
}
