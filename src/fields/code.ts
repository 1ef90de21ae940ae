import type { TextField } from 'payload'

import type { AdminLabel } from '@/fields/labels'
import { locales } from '@/i18n/locales'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import { labelsFor } from '@/i18n/labels'

/** The field's hint in every admin language, with its example code. */
const hint = (key: 'codeHint' | 'nutsHint', example: string) =>
  Object.fromEntries(
    locales.map((locale) => [locale, getT(locale, 'admin')(`fields.${key}`, { example })]),
  ) as AdminLabel

/**
 * A stable, language-independent key (e.g. `SK042`, `cz-108-37`): the seed and imports match
 * records by it, so it is unique and indexed. `kind` says how the hint describes it.
 */
export const codeField = (
  pattern: RegExp,
  example: string,
  kind: 'codeHint' | 'nutsHint' = 'codeHint',
): TextField => ({
  name: 'code',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: labelsFor('admin', 'fields.code'),
  admin: { description: hint(kind, example) },
  validate: (
    value: null | string | undefined,
    { req }: { req: Parameters<typeof requestLocale>[0] },
  ) =>
    (typeof value === 'string' && pattern.test(value)) ||
    getT(requestLocale(req), 'admin')('fields.codeInvalid', { example }),
})
