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
