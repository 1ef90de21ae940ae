import type { TextField } from 'payload'

/** The displayed name of a taxonomy term, translated per content locale. */
export const localizedName = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'name',
    type: 'text',
    required: true,
    localized: true,
    label: { sk: 'Názov', cs: 'Název', hu: 'Név', en: 'Name' },
    ...overrides,
  }) as TextField
