import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { localizedName } from '@/fields/localizedName'
import { labelsFor } from '@/i18n/labels'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

/** The themes of regional strategies: safety and health, housing, debts, … */
export const Themes: CollectionConfig<'themes'> = {
  slug: 'themes',
  labels: {
    singular: labelsFor('admin', 'rows.theme'),
    plural: labelsFor('admin', 'rows.themes'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: adminGroups.taxonomies },
  defaultSort: 'code',
  access: taxonomyAccess,
  fields: [
    codeField(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'housing'),
    localizedName(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: labelsFor('admin', 'fields.description'),
    },
  ],
}
