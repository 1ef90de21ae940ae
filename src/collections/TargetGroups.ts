import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { localizedName } from '@/fields/localizedName'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

export const TargetGroups: CollectionConfig<'target-groups'> = {
  slug: 'target-groups',
  labels: {
    singular: { sk: 'Cieľová skupina', cs: 'Cílová skupina', hu: 'Célcsoport', en: 'Target group' },
    plural: {
      sk: 'Cieľové skupiny',
      cs: 'Cílové skupiny',
      hu: 'Célcsoportok',
      en: 'Target groups',
    },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: adminGroups.taxonomies },
  defaultSort: 'code',
  access: taxonomyAccess,
  // the directory and the open-data files name these terms
  fields: [
    codeField(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'children-youth'),
    localizedName(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { sk: 'Popis', cs: 'Popis', hu: 'Leírás', en: 'Description' },
    },
  ],
}
