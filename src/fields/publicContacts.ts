import type { RowField, TextFieldSingleValidation } from 'payload'

import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import { labelsFor } from '@/i18n/labels'

/** a telephone number as people write it: digits with spaces, dashes, slashes, brackets, a leading + */
export const phonePattern = /^\+?[0-9][0-9 ()/.-]{4,28}[0-9]$/
export const websitePattern = /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/

/**
 * The institution's own public phone, e-mail and website (an office line, not a person): shown
 * to every visitor and in the open data, unlike a centre's contact person. `checkPhone: false`
 * where numbers were stored before the check existed: a saved record must stay saveable.
 */
export const publicContactsField = ({ checkPhone = true } = {}): RowField => ({
  type: 'row',
  fields: [
    {
      name: 'phone',
      type: 'text',
      maxLength: 60,
      label: labelsFor('centres', 'detail.phone'),
      validate: ((value, { req }) =>
        !checkPhone ||
        !value ||
        phonePattern.test(value.trim()) ||
        getT(
          requestLocale(req),
          'admin',
        )('fields.phoneFormat')) satisfies TextFieldSingleValidation,
    },
    {
      name: 'email',
      type: 'email',
      label: labelsFor('centres', 'detail.email'),
    },
    {
      name: 'website',
      type: 'text',
      maxLength: 300,
      label: labelsFor('centres', 'detail.website'),
      validate: (value: null | string | undefined) =>
        !value || websitePattern.test(value) || 'https://…',
    },
  ],
})
