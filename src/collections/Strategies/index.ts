import { type CollectionConfig, type Field } from 'payload'

import { isEditorOrAboveFieldLevel } from '@/access/isEditorOrAbove'
import { publicWhere } from '@/access/publicWhere'
import {
  creatableForOwnOrganisation,
  editableForOwnOrganisation,
  readablePublicOrOwn,
  versionsOfOwnOrganisation,
} from '@/access/ownOrganisation'
import { pinOrganisation } from '@/hooks/pinOrganisation'
import { labelsFor, optionsFrom } from '@/i18n/labels'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import { periodField } from '@/fields/period'
import { slug } from '@/fields/slug'
import { translationStatusField } from '@/fields/translationStatus'
import { namedRows } from '@/fields/rowLabel'
import { indexForSearch, searchTextField } from '@/search/searchText'
import { title } from '@/fields/title'

import { validateStrategy } from './validateTree'

const label = (key: string) => labelsFor('strategies', `fields.${key}`)
export const strategyStatuses = ['draft', 'in-force', 'completed'] as const
export const measureStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const

const code = (): Field => ({
  name: 'code',
  type: 'text',
  required: true,
  maxLength: 20,
  label: label('code'),
  validate: (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) =>
    /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/.test(String(value ?? ''))
      ? true
      : getT(requestLocale(req), 'strategies')('errors.code'),
  admin: { width: '20%' },
})

/** The code and title every level of a plan opens with (theme 1, goal 1.2, measure 1.2.3). */
const codeAndTitle = (maxLength = 300): Field => ({
  type: 'row',
  fields: [code(), title(label('title'), { maxLength, admin: { width: '80%' } })],
})

const description = (): Field => ({
  name: 'description',
  type: 'textarea',
  localized: true,
  maxLength: 2000,
  label: label('description'),
})

const measure: Field[] = [
  codeAndTitle(),
  description(),
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'not-started',
    options: optionsFrom('strategies', 'measureStatuses', measureStatuses),
    label: label('measureStatus'),
  },
  {
    name: 'responsibleOrganisations',
    type: 'relationship',
    relationTo: 'organisations',
    hasMany: true,
    label: label('responsible'),
  },
  { name: 'partners', type: 'text', localized: true, maxLength: 300, label: label('partners') },
  namedRows(
    {
      name: 'indicators',
      type: 'array',
      maxRows: 10,
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
              name: 'name',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 200,
              label: label('indicatorName'),
            },
            { name: 'unit', type: 'text', localized: true, maxLength: 60, label: label('unit') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'baseline', type: 'number', min: 0, label: label('baseline') },
            { name: 'target', type: 'number', required: true, min: 0, label: label('target') },
            { name: 'actual', type: 'number', min: 0, label: label('actual') },
          ],
        },
      ],
    },
    [{ field: 'name' }],
    labelsFor('admin', 'adding.indicator'),
  ),
  // the work that carries the measure out; shown on the strategy page and on the work's own pages
  {
    name: 'centres',
    type: 'relationship',
    relationTo: 'centres',
    hasMany: true,
    index: true,
    label: label('centres'),
  },
  {
    name: 'caseStudies',
    type: 'relationship',
    relationTo: 'case-studies',
    hasMany: true,
    index: true,
    label: label('caseStudies'),
  },
  {
    name: 'events',
    type: 'relationship',
    relationTo: 'events',
    hasMany: true,
    index: true,
    label: label('events'),
  },
]

/**
 * A regional strategy or community plan: themes → goals → measures, each measure with its
 * responsible organisations, indicators (target and actual) and the work that serves it.
 */
export const Strategies: CollectionConfig<'strategies'> = {
  slug: 'strategies',
  labels: { singular: label('strategy'), plural: label('strategies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'region', 'status', 'updatedAt'],
    group: label('group'),
  },
  defaultSort: '-period.from',
  versions: { maxPerDoc: 50 },
  access: {
    read: readablePublicOrOwn(publicWhere.strategies),
    create: creatableForOwnOrganisation,
    update: editableForOwnOrganisation,
    delete: editableForOwnOrganisation,
    readVersions: versionsOfOwnOrganisation,
  },
  hooks: {
    beforeValidate: [validateStrategy],
    beforeChange: [pinOrganisation],
    afterChange: [indexForSearch('strategies')],
  },
  fields: [
    translationStatusField,
    searchTextField,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: optionsFrom('strategies', 'statuses', strategyStatuses),
      label: label('status'),
      admin: { position: 'sidebar', description: label('statusHint') },
      // a plan goes public (in force) only through an editor, as every other public record does
      access: { create: isEditorOrAboveFieldLevel, update: isEditorOrAboveFieldLevel },
    },
    {
      // the plan's themes, goals and measures on a tab of their own: Payload renders only the open
      // tab, and a strategy's nested rows run to 200 inputs
      type: 'tabs',
      tabs: [
        {
          label: label('strategy'),
          fields: [
            title(label('title'), { maxLength: 300 }),
            slug('title'),
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'regional-strategy',
              options: optionsFrom('strategies', 'kinds', ['regional-strategy', 'community-plan']),
              label: label('kind'),
            },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              label: label('summary'),
            },
            {
              name: 'region',
              type: 'relationship',
              relationTo: 'regions',
              index: true,
              label: label('region'),
            },
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              required: true,
              index: true,
              label: label('organisation'),
            },
            periodField(label),
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'documents',
              hasMany: true,
              maxRows: 10,
              label: label('attachments'),
            },
          ],
        },
        {
          label: label('themes'),
          fields: [
            namedRows(
              {
                name: 'themes',
                type: 'array',
                // rows open closed, named by their content: a long plan reads as an outline of its
                // themes, and the rows' inputs need no layout until opened
                admin: { initCollapsed: true },
                maxRows: 20,
                label: label('themes'),
                labels: {
                  singular: labelsFor('admin', 'rows.theme'),
                  plural: labelsFor('admin', 'rows.themes'),
                },
                fields: [
                  codeAndTitle(200),
                  {
                    name: 'theme',
                    type: 'relationship',
                    relationTo: 'themes',
                    label: label('theme'),
                  },
                  namedRows(
                    {
                      name: 'goals',
                      type: 'array',
                      // closed too, so opening a row renders only its own fields
                      admin: { initCollapsed: true },
                      maxRows: 20,
                      label: label('goals'),
                      labels: {
                        singular: labelsFor('admin', 'rows.goal'),
                        plural: labelsFor('admin', 'rows.goals'),
                      },
                      fields: [
                        codeAndTitle(),
                        description(),
                        namedRows(
                          {
                            name: 'measures',
                            type: 'array',
                            // closed too, so opening a row renders only its own fields
                            admin: { initCollapsed: true },
                            maxRows: 30,
                            label: label('measures'),
                            labels: {
                              singular: labelsFor('admin', 'rows.measure'),
                              plural: labelsFor('admin', 'rows.measures'),
                            },
                            fields: measure,
                          },
                          [{ field: 'code' }, { field: 'title' }],
                          labelsFor('admin', 'adding.measure'),
                        ),
                      ],
                    },
                    [{ field: 'code' }, { field: 'title' }],
                    labelsFor('admin', 'adding.goal'),
                  ),
                ],
              },
              [{ field: 'code' }, { field: 'title' }],
              labelsFor('admin', 'adding.theme'),
            ),
          ],
        },
      ],
    },
  ],
}
