import type { GroupField } from 'payload'

import { labelsFor } from '@/i18n/labels'

/**
 * An address as the registry writes it: street, postcode and municipality. A centre must name
 * its municipality (the directory searches and places centres by it); an organisation's seat
 * may be left out.
 */
export function addressField({
  label,
  municipalityRequired = false,
}: {
  label: GroupField['label']
  municipalityRequired?: boolean
}): GroupField {
  return {
    name: 'address',
    type: 'group',
    label,
    fields: [
      { name: 'street', type: 'text', maxLength: 200, label: labelsFor('admin', 'fields.street') },
      {
        name: 'postcode',
        type: 'text',
        maxLength: 12,
        label: labelsFor('admin', 'fields.postcode'),
      },
      {
        name: 'municipality',
        type: 'text',
        maxLength: 120,
        label: labelsFor('admin', 'fields.municipality'),
        ...(municipalityRequired ? { required: true, index: true } : {}),
      },
    ],
  }
}
