import { type Locale, localeTags } from '@/i18n/locales'
import { formatNumber } from '@/i18n/server'

/** The CLDR plural categories our languages use (sk and cs: all four; hu and en: one, other). */
export const pluralForms = ['one', 'few', 'many', 'other'] as const

type UnitForms = Partial<Record<(typeof pluralForms)[number], string | null>> | null | undefined

/**
 * A count with its unit in the form the language wants after that number (sk "1 osoba",
 * "3 osoby", "550 osôb"), chosen by Intl.PluralRules; the plain unit when a form is missing.
 */
export function countWithUnit(
  locale: Locale,
  value: number,
  unit: { unit?: string | null; unitForms?: UnitForms },
) {
  const category = new Intl.PluralRules(localeTags[locale]).select(
    value,
  ) as (typeof pluralForms)[number]
  const word = unit.unitForms?.[category]?.trim() || unit.unit || ''
  return `${formatNumber(locale, value)} ${word}`.trim()
}
