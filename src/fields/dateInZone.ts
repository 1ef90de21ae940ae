import type { DateField, PayloadRequest } from 'payload'

import type { AdminLabel } from '@/fields/labels'
import { eventTimeZones } from '@/events/constants'

const timeZones = eventTimeZones.map((zone) => ({ label: zone, value: zone }))

type Options = {
  label: AdminLabel
  required?: boolean
  index?: boolean
  /** For an end: the sibling start it must follow, and the message when it does not. */
  after?: { field: string; message: (req: PayloadRequest) => string }
  requiredMessage?: (req: PayloadRequest) => string
}

/**
 * A date and time that carries the time zone of its place (Payload stores `<name>_tz` beside
 * it); the admin shows and edits the wall time there, in 15-minute steps.
 */
export function dateInZone(
  name: string,
  { label, required = true, index, after, requiredMessage }: Options,
): DateField {
  return {
    name,
    type: 'date',
    required,
    index,
    label,
    timezone: {
      supportedTimezones: timeZones,
      defaultTimezone: 'Europe/Bratislava',
      required: true,
    },
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
    ...(after || requiredMessage
      ? {
          validate: (value, { siblingData, req }) => {
            const start = (siblingData as Record<string, string | undefined>)[after?.field ?? '']
            if (after && value && start && new Date(value as string | Date) <= new Date(start))
              return after.message(req)
            if (!value && required) return requiredMessage ? requiredMessage(req) : 'required'
            return true
          },
        }
      : {}),
  }
}
