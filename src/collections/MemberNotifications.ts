import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { notificationKinds, notificationModes } from '@/workingGroups/constants'

const label = (key: string) => labelsFor('workingGroups', `fields.${key}`)

/**
 * What each member was told or is yet to be told: immediate notifications are marked sent by
 * their mail job; digest ones wait for the weekly digest.
 */
export const MemberNotifications: CollectionConfig<'member-notifications'> = {
  slug: 'member-notifications',
  labels: { singular: label('notification'), plural: label('notifications') },
  // the invitation and reminder jobs look up what a meeting's members were already sent
  indexes: [{ fields: ['meeting', 'kind'] }],
  admin: {
    group: label('group'),
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    defaultColumns: ['user', 'kind', 'mode', 'sentAt'],
  },
  access: {
    // recorded only by the notification service; members see their own
    read: ({ req }) => {
      if (!req.user) return false
      if (req.user.roles?.includes('admin')) return true
      return { user: { equals: req.user.id } }
    },
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('member'),
    },
    {
      name: 'workingGroup',
      type: 'relationship',
      relationTo: 'working-groups',
      required: true,
      label: label('workingGroup'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsFrom('workingGroups', 'notificationKinds', notificationKinds),
      label: label('kind'),
    },
    { name: 'meeting', type: 'relationship', relationTo: 'meetings', label: label('meeting') },
    { name: 'material', type: 'relationship', relationTo: 'materials', label: label('material') },
    {
      name: 'mode',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom('workingGroups', 'notificationModes', notificationModes),
      label: label('notificationMode'),
    },
    { name: 'sentAt', type: 'date', index: true, label: label('sentAt') },
  ],
  timestamps: true,
}
