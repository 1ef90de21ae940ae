import { type CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/roles'
import {
  coordinatedWorkingGroups,
  groupMembersOnly,
  readableWorkingGroups,
} from '@/access/workingGroupAccess'
import { labelsFor } from '@/i18n/labels'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { slug } from '@/fields/slug'
import { eventTimeZones } from '@/events/constants'
import { translationStatusField } from '@/fields/translationStatus'
import { indexForSearch, searchTextField } from '@/search/searchText'

const label = (key: string) => labelsFor('workingGroups', `fields.${key}`)
const membersOnly = groupMembersOnly((doc) => doc.id)

/**
 * A working group: its public face (name, purpose, public description) for everyone when it is
 * listed, its membership for its members and staff only.
 */
export const WorkingGroups: CollectionConfig<'working-groups'> = {
  slug: 'working-groups',
  labels: { singular: label('workingGroup'), plural: label('workingGroups') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'listedPublicly', 'updatedAt'],
    group: label('group'),
  },
  access: {
    read: readableWorkingGroups,
    create: isEditorOrAbove,
    update: coordinatedWorkingGroups,
    delete: isAdmin,
  },
  hooks: { afterChange: [indexForSearch('working-groups')] },
  fields: [
    translationStatusField,
    searchTextField,
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      index: true,
      label: label('name'),
    },
    slug('name'),
    {
      name: 'purpose',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: label('purpose'),
    },
    {
      name: 'publicDescription',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: label('publicDescription'),
    },
    {
      name: 'listedPublicly',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('listedPublicly'),
      // listing a group is a decision for staff, not for its coordinators
      access: { update: ({ req }) => isStaff(req), create: ({ req }) => isStaff(req) },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: defaultLocale,
      options: locales.map((value) => ({ value, label: localeNames[value] })),
      label: label('language'),
      admin: { description: label('languageHint') },
    },
    {
      name: 'timeZone',
      type: 'select',
      required: true,
      defaultValue: 'Europe/Bratislava',
      options: eventTimeZones.map((zone) => ({ value: zone, label: zone })),
      label: label('timeZone'),
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      label: label('regions'),
    },
    {
      // whom a visitor asks about joining: public on a listed group, so never a member's own address unasked
      name: 'contactEmail',
      type: 'email',
      label: label('contactEmail'),
      admin: { description: label('contactEmailHint') },
    },
    {
      name: 'coordinators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      label: label('coordinators'),
      access: {
        read: membersOnly,
        create: ({ req }) => isStaff(req),
        update: ({ req }) => isStaff(req),
      },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      label: label('members'),
      // adding someone shows them the group and the group them: staff decide, not coordinators
      access: {
        read: membersOnly,
        create: ({ req }) => isStaff(req),
        update: ({ req }) => isStaff(req),
      },
    },
  ],
  timestamps: true,
}
