import type { TextField } from 'payload'

import { labelsFor } from '@/i18n/labels'

/** The displayed name of a taxonomy term, translated per content locale. */
export const localizedName = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'name',
    type: 'text',
    required: true,
    localized: true,
    // the filter lists and pickers sort by it
    index: true,
    label: labelsFor('admin', 'fields.name'),
    ...overrides,
  }) as TextField
