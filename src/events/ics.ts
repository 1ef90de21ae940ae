import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { Locale } from '@/i18n/locales'

import { wallTime } from './time'

export type CalendarEntry = {
  id: number | string
  /** the entry's UID; events' default is event-<id>@<host> */
  uid?: string
  title: string
  summary?: string | null
  startsAt: string
  endsAt: string
  timeZone: string
  status: string
  location?: string | null
  url: string
  /** RFC 5545 wants an organiser's address; without one the property is left out */
  organiser?: { name: string; email?: string | null } | null
  /** bumped on every change so that calendar applications replace their copy */
  updatedAt: string
}

/**
 * The VTIMEZONE definition of a zone, so that clients need not know the zone's rules. The
 * library answers a linked zone (Europe/Bratislava) with its target's block (Europe/Prague):
 * the block is renamed to the zone asked for, so every TZID the events use is defined once.
 */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)
  const definition = Array.isArray(block) ? block[0] : null
  if (!definition) return null
  return definition
    .replace(/^TZID:.*$/m, `TZID:${zone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`)
}

/**
 * An RFC 5545 calendar of events, each in its place's time zone (with its VTIMEZONE), linking
 * back to the event page. `method: PUBLISH` lets mail clients offer "add to calendar";
 * `cancel` (METHOD:CANCEL with the event's UID) makes them remove the event they were given.
 */
export function eventsCalendar(
  entries: CalendarEntry[],
  {
    name,
    locale,
    host,
    publish = false,
    cancel = false,
  }: { name: string; locale: Locale; host: string; publish?: boolean; cancel?: boolean },
): string {
  const calendar = ical({
    name,
    prodId: {
      company: 'Social Inclusion Platform',
      product: 'events',
      language: locale.toUpperCase(),
    },
    timezone: { name: null, generator: vtimezone },
    ...(cancel
      ? { method: ICalCalendarMethod.CANCEL }
      : publish
        ? { method: ICalCalendarMethod.PUBLISH }
        : {}),
    ttl: 60 * 60,
  })
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid ?? `event-${entry.id}@${host}`,
      // ical-generator writes a string as given: the wall time in the event's zone, with TZID
      start: wallTime(entry.startsAt, entry.timeZone),
      end: wallTime(entry.endsAt, entry.timeZone),
      timezone: entry.timeZone,
      stamp: new Date(entry.updatedAt),
      lastModified: new Date(entry.updatedAt),
      // a second-resolution counter that only grows as the event is edited
      sequence: Math.floor(new Date(entry.updatedAt).getTime() / 1000) % 2_000_000_000,
      summary: entry.title,
      description: entry.summary ? `${entry.summary}\n\n${entry.url}` : entry.url,
      location: entry.location ?? undefined,
      url: entry.url,
      status:
        cancel || entry.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : entry.status === 'postponed'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      organizer: entry.organiser?.email
        ? { name: entry.organiser.name, email: entry.organiser.email }
        : undefined,
    })
  }
  return calendar.toString()
}
