import type { ArrayField, FieldHook, PayloadRequest } from 'payload'

import { labelsFor, optionsFrom } from '@/i18n/labels'
import { namedRows } from '@/fields/rowLabel'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

// what people type in the region: 9, 9:00, 9.00, 09:00 (a dot is common in Czech and Hungarian)
const loose = /^\s*([01]?\d|2[0-3])(?:\s*[:.]\s*([0-5]\d))?\s*$/

/** `9`, `9:00`, `9.00` → `09:00`; undefined for anything that is not a time of day. */
export function normaliseTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = loose.exec(value)
  if (!match) return undefined
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`
}

const normalise: FieldHook = ({ value }) => normaliseTime(value) ?? value

const message = (req: PayloadRequest | undefined, key: string) =>
  getT(requestLocale(req), 'admin')(`openingHours.${key}`)

/**
 * Opening hours as intervals: one row per interval, so a day can have several
 * (e.g. Monday 7:30–12:00 and 12:30–15:30, as in the Košice Region's office hours).
 */
export const openingHoursField = (): ArrayField =>
  namedRows(
    {
      name: 'openingHours',
      type: 'array',
      label: labelsFor('centres', 'detail.openingHours'),
      labels: {
        singular: labelsFor('admin', 'rows.interval'),
        plural: labelsFor('admin', 'rows.intervals'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              required: true,
              options: optionsFrom('centres', 'weekdays', weekdays),
              label: labelsFor('admin', 'openingHours.day'),
            },
            {
              name: 'opens',
              type: 'text',
              required: true,
              label: labelsFor('admin', 'openingHours.opens'),
              admin: { placeholder: '08:00' },
              hooks: { beforeValidate: [normalise] },
              // the admin validates what was typed before the hook has run, so accept the loose forms
              validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
                normaliseTime(value) !== undefined || message(req, 'invalidTime'),
            },
            {
              name: 'closes',
              type: 'text',
              required: true,
              label: labelsFor('admin', 'openingHours.closes'),
              admin: { placeholder: '16:00' },
              hooks: { beforeValidate: [normalise] },
              validate: (
                value: null | string | undefined,
                { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
              ) => {
                const closes = normaliseTime(value)
                if (closes === undefined) return message(req, 'invalidTime')
                const opens = normaliseTime((siblingData as { opens?: string }).opens)
                return !opens || opens < closes || message(req, 'closesBeforeOpens')
              },
            },
          ],
        },
      ],
    },
    // "Pondělí 09:00–16:00"
    [
      { field: 'day', options: optionsFrom('centres', 'weekdays', weekdays) },
      { field: 'opens', before: ' ' },
      { field: 'closes', before: '–' },
    ],
    labelsFor('admin', 'adding.interval'),
  )
