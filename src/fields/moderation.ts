import type { Field } from 'payload'

import { isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'

export const moderationStatuses = [
  {
    value: 'pending',
    label: {
      sk: 'Čaká na schválenie',
      cs: 'Čeká na schválení',
      hu: 'Jóváhagyásra vár',
      en: 'Pending',
    },
  },
  {
    value: 'published',
    label: { sk: 'Zverejnené', cs: 'Zveřejněno', hu: 'Közzétéve', en: 'Published' },
  },
  {
    value: 'rejected',
    label: { sk: 'Zamietnuté', cs: 'Zamítnuto', hu: 'Elutasítva', en: 'Rejected' },
  },
  {
    value: 'archived',
    label: { sk: 'Archivované', cs: 'Archivováno', hu: 'Archiválva', en: 'Archived' },
  },
]

export const statusLabel = { sk: 'Stav', cs: 'Stav', hu: 'Állapot', en: 'Status' }

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
    label: {
      sk: 'Poznámka moderátora',
      cs: 'Poznámka moderátora',
      hu: 'Moderátori megjegyzés',
      en: 'Moderation note',
    },
    access: { create: isEditorOrAboveFieldLevel, update: isEditorOrAboveFieldLevel },
    admin: { position: 'sidebar' },
  },
]
