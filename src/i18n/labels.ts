import type { AdminLabel } from '@/fields/labels'

import { locales } from './locales'
import { type Namespace, resources } from './resources'

/**
 * One UI string in all four languages, straight from locales/<lang>/<ns>.json: lets the admin's
 * option labels and the public site share one set of translations.
 */
export function labelsFor(ns: Namespace, key: string): AdminLabel {
  return Object.fromEntries(
    locales.map((locale) => {
      const value = key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown> | undefined)?.[part],
          resources[locale][ns],
        )
      if (typeof value !== 'string') throw new Error(`locales/${locale}/${ns}.json has no "${key}"`)
      return [locale, value]
    }),
  ) as AdminLabel
}

export const optionsFrom = (ns: Namespace, prefix: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: labelsFor(ns, `${prefix}.${value}`) }))
