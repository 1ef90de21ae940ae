import type { TFunction } from 'i18next'

import { countries } from '@/fields/country'

export type FilterOption = { value: string; label: string }

/** The platform's countries as filter options, named in the reader's language. */
export const countryOptions = (common: TFunction): FilterOption[] =>
  countries.map((value) => ({ value, label: common(`countries.${value}`) }))

/** Regions by code, each with its country: lists of all three countries read unambiguously. */
export const regionOptions = (
  regions: { code: string; name: string; country: string }[],
  common: TFunction,
): FilterOption[] =>
  regions.map((region) => ({
    value: region.code,
    label: `${region.name} (${common(`countries.${region.country}`)})`,
  }))

/**
 * Options with how many results each would give ("Slovensko · 25"); options that would give
 * none are left out, except the one chosen (so the form still shows what is applied).
 */
export const withCounts = (
  options: FilterOption[],
  counts: Record<string, number>,
  chosen: string,
  format: (count: number) => string,
): FilterOption[] =>
  options
    .filter((option) => (counts[option.value] ?? 0) > 0 || option.value === chosen)
    .map((option) => ({
      ...option,
      label: `${option.label} · ${format(counts[option.value] ?? 0)}`,
    }))
