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
import { editedByField } from '@/fields/editedBy'
import { moderationFields } from '@/fields/moderation'
import { publicContactsField } from '@/fields/publicContacts'
import { openingHoursField } from '@/fields/openingHours'
import { translationStatusField } from '@/fields/translationStatus'
import { labelsFor, optionsFrom } from '@/i18n/labels'
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
  label: { sk: 'Zemepisná šírka', cs: 'Zeměpisná šířka', hu: 'Szélesség', en: 'Latitude' },
  // the point must lie in the centre's region: a swapped pair once put a town in Africa
  validate: async (value, args) => {
    // the field's own range check first: a custom validate replaces Payload's
    const inRange = await number(value, args)
    if (inRange !== true) return inRange
    const { data, siblingData, req } = args
    const region = (data as Partial<Centre>).region
    const regionId = region && typeof region === 'object' ? region.id : region
    if (typeof value !== 'number' || regionId === undefined || regionId === null) return true
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
    singular: { sk: 'Centrum', cs: 'Centrum', hu: 'Központ', en: 'Centre' },
    plural: { sk: 'Centrá', cs: 'Centra', hu: 'Központok', en: 'Centres' },
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
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      index: true,
      label: { sk: 'Organizácia', cs: 'Organizace', hu: 'Szervezet', en: 'Organisation' },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      index: true,
      label: { sk: 'Názov', cs: 'Název', hu: 'Név', en: 'Name' },
    },
    slug('name'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: { sk: 'Krátky popis', cs: 'Krátký popis', hu: 'Rövid leírás', en: 'Summary' },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: { sk: 'Popis', cs: 'Popis', hu: 'Leírás', en: 'Description' },
    },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'service-types',
      hasMany: true,
      index: true,
      label: { sk: 'Služby', cs: 'Služby', hu: 'Szolgáltatások', en: 'Services' },
    },
    namedRows(
      {
        name: 'targetGroups',
        type: 'array',
        label: {
          sk: 'Cieľové skupiny',
          cs: 'Cílové skupiny',
          hu: 'Célcsoportok',
          en: 'Target groups',
        },
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
                label: { sk: 'Skupina', cs: 'Skupina', hu: 'Csoport', en: 'Group' },
              },
              {
                name: 'ageFrom',
                type: 'number',
                min: 0,
                max: 120,
                label: { sk: 'Vek od', cs: 'Věk od', hu: 'Életkor -tól', en: 'Age from' },
              },
              {
                name: 'ageTo',
                type: 'number',
                min: 0,
                max: 120,
                label: { sk: 'Vek do', cs: 'Věk do', hu: 'Életkor -ig', en: 'Age to' },
              },
            ],
          },
        ],
      },
      [{ field: 'targetGroup', relationTo: 'target-groups' }],
      'targetGroup',
    ),
    {
      name: 'capacity',
      type: 'group',
      label: { sk: 'Kapacita', cs: 'Kapacita', hu: 'Kapacitás', en: 'Capacity' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              min: 0,
              max: 100000,
              label: { sk: 'Počet', cs: 'Počet', hu: 'Szám', en: 'Number' },
            },
            {
              name: 'unit',
              type: 'select',
              options: capacityUnits,
              label: { sk: 'Jednotka', cs: 'Jednotka', hu: 'Egység', en: 'Unit' },
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
      label: { sk: 'Forma', cs: 'Forma', hu: 'Forma', en: 'Form' },
    },
    {
      name: 'address',
      type: 'group',
      label: { sk: 'Adresa', cs: 'Adresa', hu: 'Cím', en: 'Address' },
      fields: [
        {
          name: 'street',
          type: 'text',
          maxLength: 200,
          label: { sk: 'Ulica a číslo', cs: 'Ulice a číslo', hu: 'Utca, házszám', en: 'Street' },
        },
        {
          name: 'postcode',
          type: 'text',
          maxLength: 12,
          label: { sk: 'PSČ', cs: 'PSČ', hu: 'Irányítószám', en: 'Postcode' },
        },
        {
          name: 'municipality',
          type: 'text',
          required: true,
          maxLength: 120,
          index: true,
          label: { sk: 'Obec', cs: 'Obec', hu: 'Település', en: 'Municipality' },
        },
      ],
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      index: true,
      label: { sk: 'Kraj', cs: 'Kraj', hu: 'Megye', en: 'Region' },
    },
    countryField({
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: labelsFor('admin', 'fields.countryFromRegion'),
      },
      required: false,
    }),
    {
      type: 'row',
      fields: [
        latitudeField,
        {
          name: 'longitude',
          type: 'number',
          min: -180,
          max: 180,
          label: { sk: 'Zemepisná dĺžka', cs: 'Zeměpisná délka', hu: 'Hosszúság', en: 'Longitude' },
        },
      ],
    },
    openingHoursField(),
    namedRows(
      {
        name: 'closures',
        type: 'array',
        label: { sk: 'Zatvorené', cs: 'Zavřeno', hu: 'Zárva', en: 'Closures' },
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
                label: { sk: 'Od', cs: 'Od', hu: 'Tól', en: 'From' },
              },
              {
                name: 'to',
                type: 'date',
                required: true,
                label: { sk: 'Do', cs: 'Do', hu: 'Ig', en: 'To' },
              },
              {
                name: 'reason',
                type: 'text',
                localized: true,
                maxLength: 200,
                label: { sk: 'Dôvod', cs: 'Důvod', hu: 'Ok', en: 'Reason' },
              },
            ],
          },
        ],
      },
      [{ field: 'from', kind: 'date' }, { field: 'to', kind: 'date' }, { field: 'reason' }],
      'closure',
    ),
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      index: true,
      options: spokenLanguages,
      label: { sk: 'Jazyky', cs: 'Jazyky', hu: 'Nyelvek', en: 'Languages spoken' },
    },
    {
      name: 'accessibility',
      type: 'select',
      hasMany: true,
      options: accessibilityFeatures,
      label: { sk: 'Prístupnosť', cs: 'Přístupnost', hu: 'Akadálymentesség', en: 'Accessibility' },
    },
    publicContactsField(),
    {
      name: 'contactPerson',
      type: 'group',
      access: { read: contactPersonReadable },
      label: {
        sk: 'Kontaktná osoba',
        cs: 'Kontaktní osoba',
        hu: 'Kapcsolattartó',
        en: 'Contact person',
      },
      admin: {
        description: {
          sk: 'Verejne sa zobrazí, len ak to organizácia povolí.',
          cs: 'Veřejně se zobrazí, jen pokud to organizace povolí.',
          hu: 'Csak akkor nyilvános, ha a szervezet engedélyezi.',
          en: 'Shown publicly only if the organisation opts in.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: 120,
          label: { sk: 'Meno', cs: 'Jméno', hu: 'Név', en: 'Name' },
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: 60,
          label: { sk: 'Telefón', cs: 'Telefon', hu: 'Telefon', en: 'Phone' },
        },
        {
          name: 'email',
          type: 'email',
          label: { sk: 'E-mail', cs: 'E-mail', hu: 'E-mail', en: 'Email' },
        },
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: 12,
      label: { sk: 'Fotografie', cs: 'Fotografie', hu: 'Fényképek', en: 'Photos' },
    },
    ...moderationFields(),
    editedByField(),
  ],
}
