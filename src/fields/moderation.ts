import type { Field } from 'payload'

import { isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'
import { labelsFor, optionsFrom } from '@/i18n/labels'

export const moderationStatuses = optionsFrom('admin', 'options.moderationStatus', [
  'pending',
  'published',
  'rejected',
  'archived',
])

export const statusLabel = labelsFor('admin', 'fields.status')

/**
 * The moderation workflow's fields: a status only editors set (new records start pending,
 * the public sees published ones) and the editor's note, which a rejection e-mail quotes.
 */
export const moderationFields = (): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'pending',
    index: true,
    options: moderationStatuses,
    label: statusLabel,
    access: { create: isEditorOrAboveFieldLevel, update: isEditorOrAboveFieldLevel },
    admin: { position: 'sidebar' },
  },
  {
    name: 'moderationNote',
    type: 'textarea',
    maxLength: 1000,
    label: labelsFor('admin', 'fields.moderationNote'),
    access: { create: isEditorOrAboveFieldLevel, update: isEditorOrAboveFieldLevel },
    admin: { position: 'sidebar' },
  },
]
