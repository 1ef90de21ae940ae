import type { CollectionConfig } from 'payload'

import { canReadEmail } from '@/access/canReadEmail'
import { canUseAdmin } from '@/access/canUseAdmin'
import { isAdmin, isAdminFieldLevel } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { roles } from '@/access/roles'
import { readableUsers, selfOrStaff } from '@/access/userAccess'
import { verificationEmail } from '@/email/templates'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import type { User } from '@/payload-types'
import { notificationModes } from '@/workingGroups/constants'

import { adminGroups } from '../groups'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { holdEmailChange } from './hooks/holdEmailChange'
import { mailEmailChange } from './hooks/mailEmailChange'
import { openInPreferredLanguage } from './hooks/openInPreferredLanguage'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: labelsFor('admin', 'collections.users.singular'),
    plural: labelsFor('admin', 'collections.users.plural'),
  },
  auth: {
    // repeated wrong passwords lock the account for a quarter of an hour
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // self-registered representatives confirm their address before anything of theirs goes public
    verify: {
      generateEmailSubject: ({ user }) => verificationEmail(user as User, '').subject,
      generateEmailHTML: ({ token, user }) => verificationEmail(user as User, token ?? '').html,
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'preferredLanguage'],
    group: adminGroups.accounts,
  },
  access: {
    admin: canUseAdmin,
    create: isAdmin,
    read: readableUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    // a locked account (too many wrong passwords) is unlocked by waiting or by an admin, not by
    // any logged-in user (Payload's default)
    unlock: isAdmin,
  },
  // the e-mail's read access decides from the opt-in, so every selection carries it
  forceSelect: { showEmailToGroups: true },
  hooks: {
    beforeChange: [holdEmailChange],
    afterChange: [mailEmailChange],
    afterLogin: [openInPreferredLanguage],
  },
  fields: [
    {
      // merged with Payload's own e-mail field: people who share a working group read the
      // address only when its holder opted in; a `where` or `sort` on it only staff
      name: 'email',
      type: 'email',
      access: { read: canReadEmail },
    },
    {
      // merged with Payload's flag, which any logged-in reader could otherwise read and set
      name: '_verified',
      type: 'checkbox',
      access: { read: selfOrStaff, create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      index: true,
      label: labelsFor('admin', 'fields.personName'),
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      access: { read: selfOrStaff },
      required: true,
      defaultValue: defaultLocale,
      options: locales.map((value) => ({ value, label: localeNames[value] })),
      label: labelsFor('admin', 'users.preferredLanguage'),
      admin: {
        description: labelsFor('admin', 'users.preferredLanguageDescription'),
      },
    },
    {
      name: 'notificationMode',
      type: 'select',
      access: { read: selfOrStaff },
      defaultValue: 'immediate',
      options: optionsFrom('workingGroups', 'notificationModes', notificationModes),
      label: labelsFor('workingGroups', 'fields.notificationMode'),
    },
    {
      name: 'mutedGroups',
      type: 'relationship',
      access: { read: selfOrStaff },
      relationTo: 'working-groups',
      hasMany: true,
      label: labelsFor('workingGroups', 'fields.mutedGroups'),
    },
    {
      // a changed address waits here until its owner confirms it from the new mailbox
      name: 'pendingEmail',
      type: 'email',
      access: { read: selfOrStaff, create: () => false, update: () => false },
      label: labelsFor('admin', 'users.pendingEmail'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.pendingEmail),
      },
    },
    {
      // members of a shared working group see each other's names; the address only with consent
      name: 'showEmailToGroups',
      type: 'checkbox',
      defaultValue: false,
      access: { read: selfOrStaff },
      label: labelsFor('admin', 'users.showEmailToGroups'),
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      saveToJWT: true,
      index: true,
      options: optionsFrom('admin', 'options.roles', roles),
      label: labelsFor('admin', 'users.roles'),
      // only admins grant or withdraw roles, so nobody can promote themselves; fellow members
      // of a group do not learn them
      access: { read: selfOrStaff, create: isAdminFieldLevel, update: isAdminFieldLevel },
      hooks: { beforeChange: [ensureFirstUserIsAdmin] },
    },
    {
      // an editor of a regional office works on their regions first: the live edits open on them
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      label: labelsFor('admin', 'users.regions'),
      access: { read: selfOrStaff, create: isAdminFieldLevel, update: isAdminFieldLevel },
      admin: {
        description: labelsFor('admin', 'users.regionsDescription'),
        condition: (data) => Boolean((data?.roles as string[] | undefined)?.includes('editor')),
      },
    },
  ],
  timestamps: true,
}
