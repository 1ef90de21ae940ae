import type { ArrayField } from 'payload'

import { optionsFrom } from '@/i18n/labels'

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]


const time = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Opening hours as intervals: one row per interval, so a day can have several
 * (e.g. Monday 7:30–12:00 and 12:30–15:30, as in the Košice Region's office hours).
 */
export const openingHoursField = (): ArrayField => ({
  name: 'openingHours',
  type: 'array',
  label: { sk: 'Otváracie hodiny', cs: 'Otevírací doba', hu: 'Nyitvatartás', en: 'Opening hours' },
  labels: {
    singular: { sk: 'Interval', cs: 'Interval', hu: 'Időszak', en: 'Interval' },
    plural: { sk: 'Intervaly', cs: 'Intervaly', hu: 'Időszakok', en: 'Intervals' },
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
          label: { sk: 'Deň', cs: 'Den', hu: 'Nap', en: 'Day' },
        },
        {
          name: 'opens',
          type: 'text',
          required: true,
          label: { sk: 'Od', cs: 'Od', hu: 'Nyit', en: 'Opens' },
          admin: { placeholder: '08:00' },
          validate: (value: null | string | undefined) =>
            (typeof value === 'string' && time.test(value)) || 'HH:MM',
        },
        {
          name: 'closes',
          type: 'text',
          required: true,
          label: { sk: 'Do', cs: 'Do', hu: 'Zár', en: 'Closes' },
          admin: { placeholder: '16:00' },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: unknown }) => {
            if (typeof value !== 'string' || !time.test(value)) return 'HH:MM'
            const opens = (siblingData as { opens?: string }).opens
            return !opens || opens < value || 'Closes must be later than opens'
          },
        },
      ],
    },
  ],
})
