import type { CollectionConfig, NumberField } from 'payload'
import { number } from 'payload/shared'

import { publicWhere } from '@/access/publicWhere'
import {
  creatableForOwnOrganisation,
  editableForOwnOrganisation,
  readablePublicOrOwn,
  versionsOfOwnOrganisation,
} from '@/access/ownOrganisation'
import { countryField } from '@/fields/country'
import { addressField } from '@/fields/address'
import { editedByField } from '@/fields/editedBy'
import { moderationFields } from '@/fields/moderation'
import { publicContactsField } from '@/fields/publicContacts'
import { openingHoursField } from '@/fields/openingHours'
import { translationStatusField } from '@/fields/translationStatus'
import { MAP_ATTRIBUTION, mapTileUrl } from '@/config/map'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { idFrom } from '@/utilities/ids'
import { namedRows } from '@/fields/rowLabel'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import type { Centre } from '@/payload-types'
import { centrePositionProblem } from '@/registry/position'
import { notifyModerationDecision } from '@/hooks/notifyModerationDecision'
import { requireVerifiedRepresentative } from '@/hooks/requireVerifiedRepresentative'
import { resubmitEndpoint } from '@/registry/resubmit'
import { slug } from '@/fields/slug'

import { adminGroups } from '../groups'
import { deriveCountry } from './hooks/deriveCountry'
import { contactPersonPublicField, mirrorContactOptIn } from './hooks/contactOptIn'
import { contactPersonReadable } from '@/access/contactPersonReadable'
import { pinOrganisation } from '@/hooks/pinOrganisation'
import { trackMediaUse, untrackMediaUse } from '@/hooks/trackMediaUse'
import { indexForSearch, searchTextField } from '@/search/searchText'

export const centreForms = optionsFrom('centres', 'forms', ['residential', 'day', 'outreach'])

export const spokenLanguages = optionsFrom('centres', 'languages', [
  'sk',
  'cs',
  'hu',
  'rom',
  'en',
  'de',
  'uk',
])

export const accessibilityFeatures = optionsFrom('centres', 'accessibility', [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'public-transport',
])

export const capacityUnits = optionsFrom('centres', 'units', [
  'clients',
  'contacts',
  'beds',
  'interventions',
])

const latitudeField: NumberField = {
  name: 'latitude',
  type: 'number',
  min: -90,
  max: 90,
  label: labelsFor('admin', 'fields.latitude'),
  // the point must lie in the centre's region: a swapped pair once put a town in Africa
  validate: async (value, args) => {
    // the field's own range check first: a custom validate replaces Payload's
    const inRange = await number(value, args)
    if (inRange !== true) return inRange
    const { data, siblingData, req } = args
    const regionId = idFrom((data as Partial<Centre>).region)
    if (typeof value !== 'number' || regionId === undefined) return true
    const longitude = (siblingData as Partial<Centre>).longitude
    const problem = await centrePositionProblem(
      req.payload,
      { id: regionId },
      value,
      longitude,
      req,
    )
    return problem ? getT(requestLocale(req), 'register')(`errors.${problem}`) : true
  },
}

/** A community centre or service point run by an organisation. */
export const Centres: CollectionConfig<'centres'> = {
  slug: 'centres',
  labels: {
    singular: labelsFor('admin', 'moderation.kind.centres'),
    plural: labelsFor('common', 'nav.centres'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'region', 'status', 'updatedAt'],
    group: adminGroups.registry,
    listSearchableFields: ['name', 'address.municipality'],
    components: {
      edit: {
        beforeDocumentControls: [
          {
            path: '/components/admin/ResubmitControl#ResubmitControl',
            serverProps: { collectionSlug: 'centres' },
          },
        ],
      },
    },
  },
  endpoints: [resubmitEndpoint('centres')],
  defaultSort: 'name',
  // what the contact person's field access decides from, loaded whatever the caller selects
  forceSelect: { organisation: true, contactPersonPublic: true },
  // every change is kept; editors compare versions and restore one
  versions: { maxPerDoc: 50 },
  access: {
    read: readablePublicOrOwn(publicWhere.centres),
    create: creatableForOwnOrganisation,
    update: editableForOwnOrganisation,
    delete: editableForOwnOrganisation,
    // without this Payload lets any logged-in user read every version
    readVersions: versionsOfOwnOrganisation,
  },
  hooks: {
    beforeChange: [
      pinOrganisation,
      deriveCountry,
      mirrorContactOptIn,
      requireVerifiedRepresentative,
    ],
    afterChange: [indexForSearch('centres'), notifyModerationDecision, trackMediaUse('photos')],
    afterDelete: [untrackMediaUse('photos')],
  },
  fields: [
    searchTextField,
    translationStatusField,
    contactPersonPublicField,
    {
      // a centre's form on tabs: Payload renders only the open tab, so the form takes input without
      // first building every row, the map and the rich text; the rich text has a tab of its own,
      // because the editor starting holds the browser's main thread for a few hundred ms; unnamed
      // tabs keep the data, the database and the API as they are
      type: 'tabs',
      tabs: [
        {
          label: labelsFor('admin', 'tabs.basics'),
          fields: [
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              required: true,
              index: true,
              label: labelsFor('admin', 'moderation.kind.organisations'),
            },
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
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              label: labelsFor('admin', 'centres.summary'),
            },
            addressField({
              label: labelsFor('centres', 'detail.address'),
              municipalityRequired: true,
            }),
            {
              name: 'region',
              type: 'relationship',
              relationTo: 'regions',
              required: true,
              index: true,
              label: labelsFor('admin', 'collections.regions.singular'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.description'),
          fields: [
            {
              name: 'description',
              type: 'richText',
              localized: true,
              label: labelsFor('admin', 'fields.description'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.servicesTargetGroups'),
          fields: [
            {
              name: 'services',
              type: 'relationship',
              relationTo: 'service-types',
              hasMany: true,
              index: true,
              label: labelsFor('centres', 'detail.services'),
            },
            namedRows(
              {
                name: 'targetGroups',
                type: 'array',
                label: labelsFor('admin', 'rows.targetGroups'),
                labels: {
                  singular: labelsFor('admin', 'rows.targetGroup'),
                  plural: labelsFor('admin', 'rows.targetGroups'),
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'targetGroup',
                        type: 'relationship',
                        relationTo: 'target-groups',
                        required: true,
                        index: true,
                        label: labelsFor('admin', 'centres.targetGroup'),
                      },
                      {
                        name: 'ageFrom',
                        type: 'number',
                        min: 0,
                        max: 120,
                        label: labelsFor('admin', 'centres.ageFrom'),
                      },
                      {
                        name: 'ageTo',
                        type: 'number',
                        min: 0,
                        max: 120,
                        label: labelsFor('admin', 'centres.ageTo'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'targetGroup', relationTo: 'target-groups' }],
              labelsFor('admin', 'adding.targetGroup'),
            ),
            {
              name: 'capacity',
              type: 'group',
              label: labelsFor('centres', 'detail.capacity'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'value',
                      type: 'number',
                      min: 0,
                      max: 100000,
                      label: labelsFor('admin', 'centres.capacityValue'),
                    },
                    {
                      name: 'unit',
                      type: 'select',
                      options: capacityUnits,
                      label: labelsFor('admin', 'centres.capacityUnit'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'forms',
              type: 'select',
              hasMany: true,
              index: true,
              options: centreForms,
              label: labelsFor('centres', 'detail.form'),
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              index: true,
              options: spokenLanguages,
              label: labelsFor('admin', 'centres.languages'),
            },
            {
              name: 'accessibility',
              type: 'select',
              hasMany: true,
              options: accessibilityFeatures,
              label: labelsFor('centres', 'detail.accessibility'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.hoursContacts'),
          fields: [
            openingHoursField(),
            namedRows(
              {
                name: 'closures',
                type: 'array',
                label: labelsFor('admin', 'centres.closures'),
                labels: {
                  singular: labelsFor('admin', 'rows.closure'),
                  plural: labelsFor('admin', 'rows.closures'),
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'from',
                        type: 'date',
                        required: true,
                        label: labelsFor('admin', 'centres.closedFrom'),
                      },
                      {
                        name: 'to',
                        type: 'date',
                        required: true,
                        label: labelsFor('admin', 'centres.closedTo'),
                      },
                      {
                        name: 'reason',
                        type: 'text',
                        localized: true,
                        maxLength: 200,
                        label: labelsFor('admin', 'centres.closureReason'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'from', kind: 'date' }, { field: 'to', kind: 'date' }, { field: 'reason' }],
              labelsFor('admin', 'adding.closure'),
            ),
            publicContactsField(),
            {
              name: 'contactPerson',
              type: 'group',
              access: { read: contactPersonReadable },
              label: labelsFor('centres', 'detail.contactPerson'),
              admin: {
                description: labelsFor('admin', 'centres.contactPersonDescription'),
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  maxLength: 120,
                  label: labelsFor('admin', 'fields.personName'),
                },
                {
                  name: 'phone',
                  type: 'text',
                  maxLength: 60,
                  label: labelsFor('centres', 'detail.phone'),
                },
                {
                  name: 'email',
                  type: 'email',
                  label: labelsFor('centres', 'detail.email'),
                },
              ],
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.photosPosition'),
          fields: [
            {
              name: 'photos',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              maxRows: 12,
              label: labelsFor('centres', 'detail.photos'),
            },
            {
              type: 'row',
              fields: [
                latitudeField,
                {
                  name: 'longitude',
                  type: 'number',
                  min: -180,
                  max: 180,
                  label: labelsFor('admin', 'fields.longitude'),
                },
              ],
            },
            {
              // no data of its own: a map that sets the two fields above
              name: 'positionPicker',
              type: 'ui',
              admin: {
                components: {
                  Field: {
                    path: '@/components/admin/CentrePositionField#CentrePositionField',
                    clientProps: {
                      tileUrl: mapTileUrl(),
                      attribution: MAP_ATTRIBUTION,
                      texts: Object.fromEntries(
                        locales.map((locale) => [
                          locale,
                          {
                            label: labelsFor('register', 'centre.pickerLabel')[locale],
                            instructions: labelsFor('register', 'centre.pickerInstructions')[
                              locale
                            ],
                            placeHere: labelsFor('register', 'centre.pickerPlace')[locale],
                          },
                        ]),
                      ),
                    },
                  },
                },
              },
            },
          ],
        },
      ],
    },
    countryField({
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: labelsFor('admin', 'fields.countryFromRegion'),
      },
      required: false,
    }),
    ...moderationFields(),
    editedByField(),
  ],
}
