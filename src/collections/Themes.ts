import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { localizedName } from '@/fields/localizedName'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

/** The themes of regional strategies (seed 003): safety and health, housing, debts, … */
export const Themes: CollectionConfig<'themes'> = {
  slug: 'themes',
  labels: {
    singular: { sk: 'Téma', cs: 'Téma', hu: 'Téma', en: 'Theme' },
    plural: { sk: 'Témy', cs: 'Témata', hu: 'Témák', en: 'Themes' },
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
      label: { sk: 'Popis', cs: 'Popis', hu: 'Leírás', en: 'Description' },
    },
  ],
}
