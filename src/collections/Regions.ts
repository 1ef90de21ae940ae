import type { CollectionConfig, NumberField } from 'payload'
import { number } from 'payload/shared'

import { codeField } from '@/fields/code'
import { countryField } from '@/fields/country'
import { localizedName } from '@/fields/localizedName'
import { labelsFor } from '@/i18n/labels'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

const edge = (
  name: 'south' | 'west' | 'north' | 'east',
  min: number,
  max: number,
): NumberField => ({
  name,
  type: 'number',
  min,
  max,
  label: labelsFor('admin', `regions.bounds.${name}`),
  // one box: the south edge below the north, the west before the east
  validate: async (value, args) => {
    // the field's own range check first: a custom validate replaces Payload's
    const inRange = await number(value, args)
    if (inRange !== true) return inRange
    const { siblingData, req } = args
    const box = siblingData as Partial<Record<'south' | 'west' | 'north' | 'east', number | null>>
    const pair =
      name === 'south' || name === 'north' ? [box.south, box.north] : [box.west, box.east]
    if (typeof value !== 'number' || typeof pair[0] !== 'number' || typeof pair[1] !== 'number')
      return true
    return pair[0] < pair[1] ? true : getT(requestLocale(req), 'admin')('regions.bounds.order')
  },
})

/** NUTS 3 regions of Slovakia, Czechia and Hungary, each with the box its centres must lie in. */
export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: {
    singular: labelsFor('admin', 'collections.regions.singular'),
    plural: labelsFor('admin', 'collections.regions.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'country'],
    group: adminGroups.taxonomies,
  },
  defaultSort: 'code',
  access: taxonomyAccess,
  // the directory and the open-data files name these terms
  fields: [
    codeField(/^(SK0[1-4]\d|CZ0[1-8]\d|HU[1-3]\d\d)$/, 'SK042, CZ063, HU222', 'nutsHint'),
    countryField(),
    localizedName(),
    {
      name: 'bounds',
      type: 'group',
      label: labelsFor('admin', 'regions.bounds.legend'),
      admin: { description: labelsFor('admin', 'regions.bounds.description') },
      fields: [
        {
          type: 'row',
          fields: [
            edge('south', -90, 90),
            edge('west', -180, 180),
            edge('north', -90, 90),
            edge('east', -180, 180),
          ],
        },
      ],
    },
  ],
}
