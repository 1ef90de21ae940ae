import type { SelectField } from 'payload'

import { labelsFor, optionsFrom } from '@/i18n/labels'
import type { Locale } from '@/i18n/locales'

export const countries = ['SK', 'CZ', 'HU'] as const
export type Country = (typeof countries)[number]

/** The main official language of each country, for `lang` on proper names. */
export const countryLanguage: Record<Country, Locale> = { SK: 'sk', CZ: 'cs', HU: 'hu' }

export const countryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    required: true,
    index: true,
    label: labelsFor('admin', 'fields.country'),
    options: optionsFrom('common', 'countries', countries),
    ...overrides,
  }) as SelectField
