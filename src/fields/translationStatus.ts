import type { Field } from 'payload'

/** The sidebar note of which languages a document still lacks (src/translations/coverage.ts). */
export const translationStatusField: Field = {
  name: 'translationStatus',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/TranslationStatus#TranslationStatus' },
  },
}
