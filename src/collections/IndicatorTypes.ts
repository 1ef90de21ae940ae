import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { localizedName } from '@/fields/localizedName'
import { pluralForms } from '@/goodPractice/units'
import { labelsFor } from '@/i18n/labels'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

/** What case studies count (people supported, seminars held, …): one list, so results add up. */
export const IndicatorTypes: CollectionConfig<'indicator-types'> = {
  slug: 'indicator-types',
  labels: {
    singular: labelsFor('goodPractice', 'fields.indicatorType'),
    plural: labelsFor('goodPractice', 'fields.indicatorTypes'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'unit'],
    group: adminGroups.taxonomies,
  },
  defaultSort: 'code',
  access: taxonomyAccess,
  fields: [
    codeField(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'people-supported'),
    localizedName(),
    {
      name: 'unit',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 60,
      label: labelsFor('goodPractice', 'fields.unit'),
    },
    {
      // counts read "550 osôb", not "550 osoby": the unit in each CLDR plural form of the language
      name: 'unitForms',
      type: 'group',
      localized: true,
      label: labelsFor('goodPractice', 'fields.unitForms'),
      admin: { description: labelsFor('goodPractice', 'fields.unitFormsHint') },
      fields: [
        {
          type: 'row',
          fields: pluralForms.map((name) => ({
            name,
            type: 'text' as const,
            maxLength: 60,
            label: labelsFor('goodPractice', `fields.unitForm.${name}`),
          })),
        },
      ],
    },
  ],
}
