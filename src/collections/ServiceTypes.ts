import type { CollectionConfig } from 'payload'

import { codeField } from '@/fields/code'
import { countryField } from '@/fields/country'
import { localizedName } from '@/fields/localizedName'
import { labelsFor } from '@/i18n/labels'

import { adminGroups } from './groups'
import { taxonomyAccess } from './taxonomyAccess'

/** Kinds of social service, each defined by a country's law (e.g. CZ Act 108/2006 Sb., § 37). */
export const ServiceTypes: CollectionConfig<'service-types'> = {
  slug: 'service-types',
  labels: {
    singular: labelsFor('admin', 'collections.serviceTypes.singular'),
    plural: labelsFor('admin', 'collections.serviceTypes.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'legalBasis', 'needsVerification'],
    group: adminGroups.taxonomies,
  },
  defaultSort: 'code',
  access: taxonomyAccess,
  // the directory and the open-data files name these terms
  fields: [
    codeField(/^[a-z]{2}(-[a-z0-9]+)+$/, 'cz-108-37'),
    countryField(),
    localizedName(),
    {
      name: 'legalBasis',
      type: 'text',
      maxLength: 200,
      label: labelsFor('admin', 'serviceTypes.legalBasis'),
      admin: { description: labelsFor('admin', 'fields.legalBasisHint') },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: labelsFor('admin', 'fields.description'),
    },
    {
      // DOMAIN.md marks some legal references "(verify)": they stay flagged until checked
      name: 'needsVerification',
      type: 'checkbox',
      defaultValue: false,
      label: labelsFor('admin', 'serviceTypes.needsVerification'),
    },
  ],
}
