import type { SelectField } from 'payload'

import type { Locale } from '@/i18n/locales'

import { countryLabels } from './labels'

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
    label: { sk: 'Krajina', cs: 'Země', hu: 'Ország', en: 'Country' },
    options: countries.map((value) => ({ value, label: countryLabels[value] })),
    ...overrides,
  }) as SelectField
