import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { countryField } from '@/fields/country'
import { localizedName } from '@/fields/localizedName'
import { invalidateAfterChange, invalidateAfterDelete } from '@/lib/derivedCache'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

/** NUTS 3 regions of Slovakia, Czechia and Hungary. */
export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: {
    singular: { sk: 'Kraj', cs: 'Kraj', hu: 'Megye', en: 'Region' },
    plural: { sk: 'Kraje', cs: 'Kraje', hu: 'Megyék', en: 'Regions' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'country'],
    group: adminGroups.taxonomies,
  },
  defaultSort: 'code',
  access: taxonomyAccess,
  // the directory and the open-data files name these terms
  hooks: { afterChange: [invalidateAfterChange], afterDelete: [invalidateAfterDelete] },
  fields: [
    codeField(/^(SK0[1-4]\d|CZ0[1-8]\d|HU[1-3]\d\d)$/, 'SK042, CZ063, HU222', 'nutsHint'),
    countryField(),
    localizedName(),
  ],
}
