import type { Field } from 'payload'

import { isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'
import { serverOnly } from '@/access/privateField'
import { labelsFor } from '@/i18n/labels'

/**
 * Who saved this state of the record (none for the system's own saves). Each version keeps it,
 * so editors see which changes representatives made to published records (`liveEdits`).
 */
export const editedByField = (): Field => ({
  name: 'editedBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: labelsFor('admin', 'liveEdits.field'),
  // set by the server on every save, never by the writer; read by staff
  access: { read: isEditorOrAboveFieldLevel, create: serverOnly, update: serverOnly },
  admin: { readOnly: true, position: 'sidebar' },
  hooks: { beforeChange: [({ req }) => req.user?.id ?? null] },
})
