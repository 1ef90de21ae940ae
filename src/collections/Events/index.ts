import { type CollectionConfig, type Field } from 'payload'

import { managesEvent } from '@/access/eventOrganiser'
import { publicWhere } from '@/access/publicWhere'
import {
  creatableForOwnOrganisation,
  editableForOwnOrganisation,
  readablePublicOrOwn,
  versionsOfOwnOrganisation,
} from '@/access/ownOrganisation'
import { eventModes, eventStatuses, eventTypes } from '@/events/constants'
import {
  registerEndpoint,
  registrationsCsvEndpoint,
  registrationsXlsxEndpoint,
} from '@/events/endpoints'
import { pinOrganisation } from '@/hooks/pinOrganisation'
import { requireVerifiedRepresentative } from '@/hooks/requireVerifiedRepresentative'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { getT } from '@/i18n/server'
import { requestLocale } from '@/i18n/requestLocale'
import { slug } from '@/fields/slug'
import { namedRows } from '@/fields/rowLabel'
import { dateInZone as zonedDate } from '@/fields/dateInZone'
import { translationStatusField } from '@/fields/translationStatus'
import { indexForSearch, searchTextField } from '@/search/searchText'
import { title } from '@/fields/title'

import { spokenLanguages } from '../Centres'
import { afterEventChange } from './hooks/afterEventChange'
import { guardCapacity } from './hooks/guardCapacity'
import { deriveQuestionKeys } from './hooks/deriveQuestionKeys'
import { deriveRegion } from './hooks/deriveRegion'
import { requirePublishedOrganisation } from './hooks/requirePublishedOrganisation'

const label = (key: string) => labelsFor('events', `fields.${key}`)
const eventsT = (req: Parameters<typeof requestLocale>[0]) => getT(requestLocale(req), 'events')
/** The start and end carry the time zone of the place; the admin shows the wall time there. */
const dateInZone = (name: 'startsAt' | 'endsAt'): Field =>
  zonedDate(name, {
    label: label(name),
    index: true,
    ...(name === 'endsAt'
      ? {
          after: { field: 'startsAt', message: (req) => eventsT(req)('errors.endBeforeStart') },
          requiredMessage: (req) => eventsT(req)('errors.required'),
        }
      : {}),
  })

/** A seminar, workshop, excursion, conference or meeting, with registration if it has seats. */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  indexes: [
    { fields: ['status', 'startsAt'] },
    // the listings' date order (`soonestFirst`, `latestFirst`): SQLite walks this index and reads
    // only the page's events, where sorting first built every matching event in full with its
    // questions, themes and translations (140–240 ms a page at 5,000 events)
    { fields: ['startsAt', 'createdAt'] },
    // upcoming or past, counted for the listing's pages from the index alone (5 ms → 1 ms)
    { fields: ['endsAt', 'status'] },
  ],
  labels: { singular: label('eventsSingular'), plural: label('events') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'organisation', 'status', 'capacity'],
    group: label('group'),
    listSearchableFields: ['title', 'venue.municipality'],
  },
  defaultSort: '-startsAt',
  versions: { maxPerDoc: 30 },
  access: {
    read: readablePublicOrOwn(publicWhere.events),
    create: creatableForOwnOrganisation,
    update: editableForOwnOrganisation,
    delete: editableForOwnOrganisation,
    // without this Payload lets any logged-in user read every version
    readVersions: versionsOfOwnOrganisation,
  },
  endpoints: [registerEndpoint, registrationsCsvEndpoint, registrationsXlsxEndpoint],
  hooks: {
    beforeValidate: [deriveQuestionKeys],
    beforeChange: [
      pinOrganisation,
      deriveRegion,
      requirePublishedOrganisation,
      requireVerifiedRepresentative,
      guardCapacity,
    ],
    afterChange: [indexForSearch('events'), afterEventChange],
  },
  fields: [
    searchTextField,
    translationStatusField,
    {
      // an event's form on tabs: Payload renders only the open tab, so the form takes input without
      // first building the questions and their options; the rich text has a tab of its own, because
      // the editor starting holds the browser's main thread for a few hundred ms; unnamed tabs keep
      // the data, the database and the API as they are
      type: 'tabs',
      tabs: [
        {
          label: labelsFor('admin', 'tabs.event'),
          fields: [
            title(label('title')),
            slug('title'),
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'seminar',
              index: true,
              options: optionsFrom('events', 'types', eventTypes),
              label: label('type'),
            },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 400,
              label: label('summary'),
            },
            {
              type: 'row',
              fields: [dateInZone('startsAt'), dateInZone('endsAt')],
            },
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              required: true,
              index: true,
              label: label('organisation'),
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              options: spokenLanguages,
              index: true,
              label: label('languages'),
            },
            {
              name: 'themes',
              type: 'relationship',
              relationTo: 'themes',
              hasMany: true,
              index: true,
              label: label('themes'),
            },
            {
              name: 'audience',
              type: 'text',
              localized: true,
              maxLength: 300,
              label: label('audience'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.description'),
          fields: [
            { name: 'description', type: 'richText', localized: true, label: label('description') },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.venue'),
          fields: [
            {
              name: 'mode',
              type: 'select',
              required: true,
              defaultValue: 'in-person',
              index: true,
              options: optionsFrom('events', 'modes', eventModes),
              label: label('mode'),
            },
            {
              name: 'venue',
              type: 'group',
              label: label('venue'),
              admin: { condition: (_, sibling) => sibling?.mode !== 'online' },
              fields: [
                {
                  name: 'centre',
                  type: 'relationship',
                  relationTo: 'centres',
                  label: label('venueCentre'),
                },
                {
                  name: 'name',
                  type: 'text',
                  maxLength: 200,
                  localized: true,
                  label: label('venueName'),
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'street', type: 'text', maxLength: 200, label: label('street') },
                    { name: 'postcode', type: 'text', maxLength: 12, label: label('postcode') },
                    {
                      name: 'municipality',
                      type: 'text',
                      maxLength: 120,
                      label: label('municipality'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'region',
              type: 'relationship',
              relationTo: 'regions',
              index: true,
              label: label('region'),
              admin: { description: label('regionHint') },
            },
            {
              name: 'onlineUrl',
              type: 'text',
              maxLength: 500,
              label: label('onlineUrl'),
              // the public never reads the link: confirmed participants get it by e-mail and on
              // their registration page, both built server-side
              access: { read: ({ req, doc }) => (doc ? managesEvent(req, doc) : false) },
              admin: { condition: (_, sibling) => sibling?.mode !== 'in-person' },
              validate: (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) =>
                value === undefined ||
                value === null ||
                value === '' ||
                /^https:\/\/[^\s<>]+$/.test(String(value))
                  ? true
                  : getT(requestLocale(req), 'events')('errors.onlineNeeded'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.registrationQuestions'),
          fields: [
            {
              name: 'capacity',
              type: 'number',
              min: 1,
              max: 100_000,
              label: label('capacity'),
              admin: { step: 1 },
            },
            {
              name: 'moveExcessToWaitlist',
              type: 'checkbox',
              virtual: true,
              label: label('moveExcess'),
              admin: { condition: (data) => typeof data?.capacity === 'number' },
            },
            {
              name: 'registration',
              type: 'group',
              label: label('registration'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'opensAt',
                      type: 'date',
                      label: label('opensAt'),
                      admin: { date: { pickerAppearance: 'dayAndTime' } },
                    },
                    {
                      name: 'closesAt',
                      type: 'date',
                      label: label('closesAt'),
                      admin: { date: { pickerAppearance: 'dayAndTime' } },
                      validate: (value, { siblingData, req }) => {
                        const opens = (siblingData as { opensAt?: string }).opensAt
                        return value && opens && new Date(value as string | Date) <= new Date(opens)
                          ? getT(requestLocale(req), 'events')('errors.windowOrder')
                          : true
                      },
                    },
                  ],
                },
                {
                  name: 'requiresApproval',
                  type: 'checkbox',
                  defaultValue: false,
                  label: label('requiresApproval'),
                },
              ],
            },
            namedRows(
              {
                name: 'questions',
                type: 'array',
                maxRows: 10,
                label: label('questions'),
                labels: {
                  singular: labelsFor('admin', 'rows.question'),
                  plural: labelsFor('admin', 'rows.questions'),
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        // where answers are stored: made from the question's text (deriveQuestionKeys)
                        name: 'key',
                        type: 'text',
                        // never empty once saved (the hook fills it before validation)
                        required: true,
                        maxLength: 40,
                        label: label('questionKey'),
                        admin: { hidden: true },
                        validate: (
                          value: unknown,
                          { req }: { req: Parameters<typeof requestLocale>[0] },
                        ) =>
                          value == null || value === '' || /^[a-z0-9-]{1,40}$/.test(String(value))
                            ? true
                            : getT(requestLocale(req), 'events')('errors.questionKey'),
                      },
                      {
                        name: 'kind',
                        type: 'select',
                        required: true,
                        defaultValue: 'text',
                        options: [
                          { value: 'text', label: label('kindText') },
                          { value: 'choice', label: label('kindChoice') },
                        ],
                        label: label('questionKind'),
                      },
                      {
                        name: 'required',
                        type: 'checkbox',
                        defaultValue: false,
                        label: label('questionRequired'),
                      },
                    ],
                  },
                  {
                    name: 'label',
                    type: 'text',
                    required: true,
                    localized: true,
                    maxLength: 300,
                    label: label('questionLabel'),
                  },
                  namedRows(
                    {
                      name: 'options',
                      type: 'array',
                      maxRows: 20,
                      label: label('questionOptions'),
                      labels: {
                        singular: labelsFor('admin', 'rows.option'),
                        plural: labelsFor('admin', 'rows.options'),
                      },
                      admin: { condition: (_, sibling) => sibling?.kind === 'choice' },
                      fields: [
                        {
                          name: 'label',
                          type: 'text',
                          required: true,
                          localized: true,
                          maxLength: 200,
                          label: label('optionLabel'),
                        },
                      ],
                    },
                    [{ field: 'label' }],
                    labelsFor('admin', 'adding.option'),
                  ),
                ],
              },
              [{ field: 'label' }],
              labelsFor('admin', 'adding.question'),
            ),
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: optionsFrom('events', 'statuses', eventStatuses),
      label: label('status'),
      admin: { position: 'sidebar' },
    },
  ],
}
