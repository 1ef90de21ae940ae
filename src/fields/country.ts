import type { SelectField } from 'payload'

import { countryLabels } from './labels'

export const countries = ['SK', 'CZ', 'HU'] as const
export type Country = (typeof countries)[number]

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
