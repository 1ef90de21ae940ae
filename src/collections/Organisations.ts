import { type CollectionConfig } from 'payload'

import { isEditorOrAbove, isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'
import { organisationEditable, organisationVersionsReadable } from '@/access/organisationEditable'
import { organisationReadable } from '@/access/organisationReadable'
import { representativesReadable } from '@/access/representsOrganisation'
import { hasRole } from '@/access/roles'
import { countryField } from '@/fields/country'
import { addressField } from '@/fields/address'
import { editedByField } from '@/fields/editedBy'
import { moderationFields } from '@/fields/moderation'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { publicContactsField } from '@/fields/publicContacts'
import { registrationNumberField } from '@/fields/registrationNumber'
import { translationStatusField } from '@/fields/translationStatus'
import { notifyModerationDecision } from '@/hooks/notifyModerationDecision'
import { requireVerifiedRepresentative } from '@/hooks/requireVerifiedRepresentative'
import { trackMediaUse, untrackMediaUse } from '@/hooks/trackMediaUse'
import { resendVerificationEndpoint } from '@/registry/resendVerification'
import { resubmitEndpoint } from '@/registry/resubmit'
import { slug } from '@/fields/slug'
import { indexForSearch, searchTextField } from '@/search/searchText'

import { organisationKinds } from '@/registry/organisationKinds'

import { adminGroups } from './groups'
import { propagateContactOptIn } from './Centres/hooks/contactOptIn'

/**
 * An organisation in the registry: its representatives may edit it and its centres; it becomes
 * public once an editor approves it (see src/access/publicWhere.ts).
 */
export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  labels: {
    singular: labelsFor('admin', 'moderation.kind.organisations'),
    plural: labelsFor('common', 'nav.organisations'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', 'status', 'updatedAt'],
    group: adminGroups.registry,
    components: {
      edit: {
        beforeDocumentControls: [
          {
            path: '/components/admin/ResubmitControl#ResubmitControl',
            serverProps: { collectionSlug: 'organisations' },
          },
        ],
      },
    },
  },
  endpoints: [resubmitEndpoint('organisations'), resendVerificationEndpoint],
  defaultSort: 'name',
  // every change is kept; editors compare versions and restore one
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [requireVerifiedRepresentative],
    afterChange: [
      indexForSearch('organisations'),
      notifyModerationDecision,
      propagateContactOptIn,
      trackMediaUse('logo'),
    ],
    afterDelete: [untrackMediaUse('logo')],
  },
  access: {
    read: organisationReadable,
    create: isEditorOrAbove,
    update: organisationEditable,
    // without this Payload lets any logged-in user read every version
    readVersions: organisationVersionsReadable,
    delete: isEditorOrAbove,
  },
  fields: [
    searchTextField,
    translationStatusField,
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      index: true,
      label: labelsFor('admin', 'fields.name'),
    },
    slug('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom('common', 'kinds', organisationKinds),
      label: labelsFor('organisations', 'kind'),
    },
    countryField(),
    registrationNumberField(),
    addressField({ label: labelsFor('admin', 'organisations.address') }),
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: labelsFor('admin', 'organisations.region'),
    },
    {
      name: 'activeRegions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
      label: labelsFor('admin', 'organisations.activeRegions'),
    },
    publicContactsField({ checkPhone: false }),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: labelsFor('admin', 'fields.description'),
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: labelsFor('admin', 'organisations.logo'),
    },
    {
      name: 'publishContactPersons',
      type: 'checkbox',
      defaultValue: false,
      label: labelsFor('admin', 'organisations.publishContactPersons'),
    },
    {
      name: 'representatives',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      // only staff choose representatives (and only they may filter accounts by role)
      filterOptions: ({ req }) =>
        hasRole(req.user, 'admin', 'editor') ? { roles: { in: ['ngo'] } } : true,
      label: labelsFor('admin', 'organisations.representatives'),
      access: {
        read: representativesReadable,
        create: isEditorOrAboveFieldLevel,
        update: isEditorOrAboveFieldLevel,
      },
      admin: { position: 'sidebar' },
    },
    {
      // people who registered as representatives of this (existing) organisation and await
      // approval; an editor moves them to `representatives`
      name: 'pendingRepresentatives',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      label: labelsFor('admin', 'organisations.pendingRepresentatives'),
      access: {
        read: isEditorOrAboveFieldLevel,
        create: isEditorOrAboveFieldLevel,
        update: isEditorOrAboveFieldLevel,
      },
      admin: { position: 'sidebar' },
    },
    ...moderationFields(),
    editedByField(),
  ],
}
