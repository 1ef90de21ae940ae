import type { TextField } from 'payload'

/** A record's title, written per content locale; `label` in the admin's language. */
export const title = (label: TextField['label'], overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
    label,
    ...overrides,
  }) as TextField
