import type { FieldAccess, RelationshipField } from 'payload'

import { labelsFor } from '@/i18n/labels'

/**
 * Who uploaded a file: whoever is signed in when it is created, whatever the request says, and
 * never changed afterwards. The libraries show each person their own uploads by it.
 */
export function uploadedByField({
  label = labelsFor('admin', 'fields.uploadedBy'),
  read,
}: { label?: RelationshipField['label']; read?: FieldAccess } = {}): RelationshipField {
  return {
    name: 'uploadedBy',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label,
    admin: { readOnly: true, position: 'sidebar' },
    access: { ...(read ? { read } : {}), update: () => false },
    hooks: {
      beforeChange: [
        ({ operation, req, value }) => (operation === 'create' && req.user ? req.user.id : value),
      ],
    },
  }
}
