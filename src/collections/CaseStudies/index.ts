import { type CollectionConfig } from 'payload'

import { isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'
import { publicWhere } from '@/access/publicWhere'
import {
  creatableForOwnOrganisation,
  editableForOwnOrganisation,
  readablePublicOrOwn,
  versionsOfOwnOrganisation,
} from '@/access/ownOrganisation'
import { countryField } from '@/fields/country'
import { translationStatusField } from '@/fields/translationStatus'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { localeNames, locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { requestLocale } from '@/i18n/requestLocale'
import { pinOrganisation } from '@/hooks/pinOrganisation'
import { dayRange, periodField } from '@/fields/period'
import { slug } from '@/fields/slug'
import { namedRows } from '@/fields/rowLabel'
import { trackMediaUse, untrackMediaUse } from '@/hooks/trackMediaUse'
import { indexForSearch, searchTextField } from '@/search/searchText'

import { draftsOnlyForRepresentatives } from './hooks/reviewWorkflow'
import { notifyReview } from './hooks/notifyReview'
import {
  PROJECT_NUMBER,
  requireTitleInOriginalLanguage,
  validateCaseStudy,
} from './hooks/validateCaseStudy'
import { currencies, evidenceTiers } from '@/goodPractice/evidence'
import { title } from '@/fields/title'

const label = (key: string) => labelsFor('goodPractice', `fields.${key}`)

const nonNegative = (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) =>
  value === null || value === undefined || (typeof value === 'number' && value >= 0)
    ? true
    : getT(requestLocale(req), 'goodPractice')('errors.negative')

/**
 * A good-practice case study: what an organisation did about a problem, how, with what, and
 * what came of it — indicators from a managed list, so that results add up on /impact.
 * Representatives draft for their own organisation; editors review and publish.
 */
export const CaseStudies: CollectionConfig<'case-studies'> = {
  slug: 'case-studies',
  labels: { singular: label('caseStudy'), plural: label('caseStudies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'country', 'review.state', '_status', 'updatedAt'],
    group: label('group'),
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: '-updatedAt',
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
  access: {
    read: readablePublicOrOwn(publicWhere['case-studies']),
    create: creatableForOwnOrganisation,
    update: editableForOwnOrganisation,
    delete: editableForOwnOrganisation,
    readVersions: versionsOfOwnOrganisation,
  },
  hooks: {
    beforeOperation: [draftsOnlyForRepresentatives],
    beforeValidate: [requireTitleInOriginalLanguage, validateCaseStudy],
    beforeChange: [pinOrganisation],
    afterChange: [indexForSearch('case-studies'), notifyReview, trackMediaUse('photos')],
    afterDelete: [untrackMediaUse('photos')],
  },
  fields: [
    searchTextField,
    translationStatusField,
    {
      // a case study's form on four tabs: Payload renders only the open tab, so the form takes
      // input without first building every row of activities, funding and indicators; unnamed tabs
      // keep the data, the database and the API as they are
      type: 'tabs',
      tabs: [
        {
          label: labelsFor('admin', 'tabs.basics'),
          fields: [
            title(label('title')),
            slug('title'),
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              localized: true,
              maxLength: 400,
              label: label('summary'),
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
              name: 'partners',
              type: 'relationship',
              relationTo: 'organisations',
              hasMany: true,
              label: label('partners'),
            },
            {
              name: 'centres',
              type: 'relationship',
              relationTo: 'centres',
              hasMany: true,
              label: label('centres'),
            },
            {
              name: 'events',
              type: 'relationship',
              relationTo: 'events',
              hasMany: true,
              label: label('events'),
            },
            {
              type: 'collapsible',
              label: label('location'),
              fields: [
                countryField(),
                {
                  name: 'regions',
                  type: 'relationship',
                  relationTo: 'regions',
                  hasMany: true,
                  index: true,
                  label: label('regions'),
                },
                {
                  name: 'municipality',
                  type: 'text',
                  maxLength: 120,
                  label: label('municipality'),
                },
              ],
            },
            periodField(label, { indexed: true }),
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'ongoing',
              options: optionsFrom('goodPractice', 'statuses', ['ongoing', 'finished']),
              label: label('status'),
            },
            {
              name: 'projectNumber',
              type: 'text',
              maxLength: 64,
              label: label('projectNumber'),
              validate: (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) =>
                !value || PROJECT_NUMBER.test(String(value))
                  ? true
                  : getT(requestLocale(req), 'goodPractice')('errors.projectNumber'),
            },
            {
              name: 'targetGroups',
              type: 'relationship',
              relationTo: 'target-groups',
              hasMany: true,
              index: true,
              label: label('targetGroups'),
            },
            {
              name: 'themes',
              type: 'relationship',
              relationTo: 'themes',
              hasMany: true,
              index: true,
              label: label('themes'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.descriptionActivities'),
          fields: [
            {
              name: 'problem',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              label: label('problem'),
            },
            {
              name: 'goals',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              label: label('goals'),
            },
            namedRows(
              {
                name: 'activities',
                type: 'array',
                maxRows: 20,
                label: label('activities'),
                labels: {
                  singular: labelsFor('admin', 'rows.activity'),
                  plural: labelsFor('admin', 'rows.activities'),
                },
                fields: [
                  title(label('activityTitle')),
                  {
                    name: 'description',
                    type: 'textarea',
                    localized: true,
                    maxLength: 2000,
                    label: label('activityDescription'),
                  },
                ],
              },
              [{ field: 'title' }],
              labelsFor('admin', 'adding.activity'),
            ),
            {
              name: 'lessons',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              label: label('lessons'),
            },
            {
              name: 'transferability',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              label: label('transferability'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.fundingResults'),
          fields: [
            namedRows(
              {
                name: 'funding',
                type: 'array',
                maxRows: 10,
                label: label('funding'),
                labels: {
                  singular: labelsFor('admin', 'rows.fundingSource'),
                  plural: labelsFor('admin', 'rows.fundingSources'),
                },
                fields: [
                  {
                    name: 'source',
                    type: 'text',
                    required: true,
                    localized: true,
                    maxLength: 200,
                    label: label('source'),
                  },
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'sharePercent',
                        type: 'number',
                        min: 0,
                        max: 100,
                        label: label('sharePercent'),
                        validate: nonNegative,
                      },
                      {
                        name: 'amount',
                        type: 'number',
                        min: 0,
                        label: label('amount'),
                        validate: nonNegative,
                      },
                      {
                        name: 'currency',
                        type: 'select',
                        options: currencies.map((value) => ({ value, label: value })),
                        label: label('currency'),
                      },
                    ],
                  },
                ],
              },
              [{ field: 'source' }],
              labelsFor('admin', 'adding.fundingSource'),
            ),
            {
              name: 'resources',
              type: 'group',
              label: label('resources'),
              fields: [
                {
                  name: 'staff',
                  type: 'textarea',
                  localized: true,
                  maxLength: 2000,
                  label: label('staff'),
                },
                {
                  name: 'budget',
                  type: 'textarea',
                  localized: true,
                  maxLength: 1000,
                  label: label('budget'),
                },
                {
                  name: 'premises',
                  type: 'textarea',
                  localized: true,
                  maxLength: 1000,
                  label: label('premises'),
                },
              ],
            },
            {
              name: 'results',
              type: 'textarea',
              localized: true,
              maxLength: 4000,
              label: label('results'),
            },
            namedRows(
              {
                name: 'indicators',
                type: 'array',
                maxRows: 30,
                label: label('indicators'),
                labels: {
                  singular: labelsFor('admin', 'rows.indicator'),
                  plural: labelsFor('admin', 'rows.indicators'),
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'type',
                        type: 'relationship',
                        relationTo: 'indicator-types',
                        required: true,
                        label: label('indicatorType'),
                      },
                      {
                        name: 'value',
                        type: 'number',
                        required: true,
                        min: 0,
                        label: label('value'),
                        validate: nonNegative,
                      },
                    ],
                  },
                  dayRange(label),
                  {
                    name: 'note',
                    type: 'text',
                    localized: true,
                    maxLength: 300,
                    label: label('note'),
                  },
                ],
              },
              [{ field: 'type', relationTo: 'indicator-types' }, { field: 'value' }],
              labelsFor('admin', 'adding.indicator'),
            ),
            {
              name: 'evidenceTier',
              type: 'select',
              required: true,
              defaultValue: 'promising',
              index: true,
              options: optionsFrom('goodPractice', 'tiers', evidenceTiers),
              label: label('evidenceTier'),
            },
          ],
        },
        {
          label: labelsFor('admin', 'tabs.contactAttachments'),
          fields: [
            {
              name: 'contactPerson',
              type: 'group',
              label: label('contactPerson'),
              // never public: logged-in users (members of the network) only
              access: { read: ({ req }) => Boolean(req.user) },
              fields: [
                { name: 'name', type: 'text', maxLength: 120, label: label('name') },
                { name: 'email', type: 'email', label: label('email') },
                { name: 'phone', type: 'text', maxLength: 40, label: label('phone') },
              ],
            },
            {
              name: 'photos',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              maxRows: 12,
              label: label('photos'),
            },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'documents',
              hasMany: true,
              maxRows: 12,
              label: label('attachments'),
            },
          ],
        },
      ],
    },
    {
      name: 'originalLanguage',
      type: 'select',
      required: true,
      defaultValue: ({ req }) => req?.locale ?? 'sk',
      options: locales.map((value) => ({ value, label: localeNames[value] })),
      label: labelsFor('events', 'fields.language'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'review',
      type: 'group',
      label: label('review'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'state',
          type: 'select',
          defaultValue: 'writing',
          index: true,
          options: optionsFrom('goodPractice', 'reviewStates', [
            'writing',
            'submitted',
            'changes-requested',
          ]),
          label: label('reviewState'),
        },
        {
          name: 'comment',
          type: 'textarea',
          maxLength: 2000,
          label: label('reviewComment'),
          access: { create: isEditorOrAboveFieldLevel, update: isEditorOrAboveFieldLevel },
        },
      ],
    },
  ],
}
