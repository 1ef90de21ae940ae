import { readServerUrl } from '@/config/environment'
import { dateTimeFormat } from '@/i18n/formatters'
import type { Locale } from '@/i18n/locales'
import { localeTags } from '@/i18n/locales'
import type { Centre, Event, Organisation } from '@/payload-types'

import type { CalendarEntry } from './ics'

/** "1 December 2026, 10:00–12:00 (Europe/Prague)", in the reader's language, in the place's zone. */
export function formatEventTime(
  locale: Locale,
  event: Pick<Event, 'startsAt' | 'endsAt' | 'startsAt_tz'>,
  withZone = true,
) {
  const timeZone = event.startsAt_tz || 'Europe/Bratislava'
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const format = dateTimeFormat(localeTags[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })
  const range = format.formatRange(start, end)
  return withZone ? `${range} (${timeZone})` : range
}

/** The venue as one line: the centre or free place, street and municipality. */
export function eventPlace(event: Pick<Event, 'mode' | 'venue'>, onlineLabel: string): string {
  if (event.mode === 'online') return onlineLabel
  const venue = event.venue ?? {}
  const centre = venue.centre && typeof venue.centre === 'object' ? (venue.centre as Centre) : null
  const parts = [
    venue.name || centre?.name,
    venue.street || centre?.address?.street,
    [
      venue.postcode || centre?.address?.postcode,
      venue.municipality || centre?.address?.municipality,
    ]
      .filter(Boolean)
      .join(' '),
  ].filter((part): part is string => Boolean(part && part.trim()))
  const place = parts.join(', ')
  return event.mode === 'hybrid' ? `${place} · ${onlineLabel}` : place
}

/** What a calendar entry shows of an event (`calendarEntryOf`): a feed reads only that. */
export const calendarEntrySelect = {
  slug: true,
  title: true,
  summary: true,
  startsAt: true,
  startsAt_tz: true,
  endsAt: true,
  status: true,
  mode: true,
  venue: true,
  organisation: true,
  updatedAt: true,
} as const

/** An event as a calendar entry reads it. */
export type CalendarEvent = Pick<Event, 'id' | keyof typeof calendarEntrySelect>

/** An event as a calendar entry, linking back to its page in the reader's language. */
export function calendarEntryOf(
  event: CalendarEvent,
  locale: Locale,
  onlineLabel: string,
): CalendarEntry {
  const organisation =
    event.organisation && typeof event.organisation === 'object'
      ? (event.organisation as Organisation)
      : null
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.startsAt_tz ?? 'Europe/Bratislava',
    status: event.status,
    location: eventPlace(event, onlineLabel),
    url: `${readServerUrl()}/${locale}/events/${event.slug ?? ''}`,
    organiser: organisation ? { name: organisation.name, email: organisation.email } : null,
    updatedAt: event.updatedAt,
  }
}
