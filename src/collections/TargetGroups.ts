import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { localizedName } from '@/fields/localizedName'
import { labelsFor } from '@/i18n/labels'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

export const TargetGroups: CollectionConfig<'target-groups'> = {
  slug: 'target-groups',
  labels: {
    singular: labelsFor('admin', 'rows.targetGroup'),
    plural: labelsFor('admin', 'rows.targetGroups'),
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
      label: labelsFor('admin', 'fields.description'),
    },
  ],
}
