import type { TextField } from 'payload'

/**
 * A stable, language-independent key (e.g. `SK042`, `cz-108-37`): the seed and imports match
 * records by it, so it is unique and indexed.
 */
export const codeField = (pattern: RegExp, example: string): TextField => ({
  name: 'code',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { sk: 'Kód', cs: 'Kód', hu: 'Kód', en: 'Code' },
  admin: { description: example },
  validate: (value: null | string | undefined) =>
    (typeof value === 'string' && pattern.test(value)) || `Expected a code like ${example}`,
})
