import type { Payload, Where } from 'payload'

import { cached } from '@/utilities/derivedCache'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

import {
  eventLanguages,
  eventModes,
  eventTypes,
  publicEventStatuses,
  seatHoldingStatuses,
} from './constants'
import { dayIn } from './time'
import { code, first, pageNumber, type SearchParams } from '@/utilities/searchParams'
import { taxonomy } from '@/utilities/taxonomies'

/** The listing's filters as they appear in the URL (codes, not database IDs). */
export type EventFilters = {
  when: 'upcoming' | 'past'
  view: 'list' | 'calendar'
  /** 'YYYY-MM' for the calendar */
  month: string
  type: string
  region: string
  theme: string
  language: string
  mode: string
  page: number
}

export const EVENTS_PAGE_SIZE = 20
export const filterKeys = ['type', 'region', 'theme', 'language', 'mode'] as const
export const REFERENCE_ZONE = 'Europe/Bratislava'

export function parseEventFilters(params: SearchParams, now = new Date()): EventFilters {
  const month = first(params.month)
  return {
    when: first(params.when) === 'past' ? 'past' : 'upcoming',
    view: first(params.view) === 'calendar' ? 'calendar' : 'list',
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : dayIn(now, REFERENCE_ZONE).slice(0, 7),
    type: code(first(params.type), eventTypes),
    region: code(first(params.region)),
    theme: code(first(params.theme)),
    language: code(first(params.language), eventLanguages),
    mode: code(first(params.mode), eventModes),
    page: pageNumber(params.page),
  }
}

/** The filters as a query string, for links, pagination and the calendar feed. */
export function eventFiltersToQuery(
  filters: EventFilters,
  overrides: Partial<EventFilters> = {},
  keys: (keyof EventFilters)[] = [],
) {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  for (const key of filterKeys) if (merged[key]) params.set(key, merged[key])
  for (const key of keys) {
    const value = merged[key]
    if (value !== '' && value !== undefined) params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

export type EventTaxonomies = {
  regions: { id: number | string; code: string; name: string; country: string }[]
  themes: { id: number | string; code: string; name: string }[]
}

export async function loadEventTaxonomies(
  payload: Payload,
  locale: Locale,
): Promise<EventTaxonomies> {
  const [regions, themes] = await Promise.all([
    taxonomy(payload, 'regions', locale, 'name'),
    taxonomy(payload, 'themes', locale, 'name'),
  ])
  return { regions, themes }
}

/** Public events matching the filters (without the time condition, which the caller adds). */
export function eventWhere(filters: EventFilters, taxonomies: EventTaxonomies): Where {
  const and: Where[] = [{ status: { in: [...publicEventStatuses] } }]
  if (filters.type) and.push({ type: { equals: filters.type } })
  if (filters.mode) and.push({ mode: { equals: filters.mode } })
  if (filters.language) and.push({ languages: { in: [filters.language] } })
  if (filters.region) {
    const region = taxonomies.regions.find((r) => r.code === filters.region)
    and.push({ region: { equals: region?.id ?? -1 } })
  }
  if (filters.theme) {
    const theme = taxonomies.themes.find((t) => t.code === filters.theme)
    and.push({ themes: { in: [theme?.id ?? -1] } })
  }
  return { and }
}

/**
 * The listings' date order. Ties go to the earlier created in both directions: Payload would
 * otherwise add "newest created first" to any order, and a mixed-direction order is one no
 * index (startsAt, createdAt) serves, so SQLite sorted every matching event to show twenty.
 */
export const soonestFirst = ['startsAt', 'createdAt']
export const latestFirst = ['-startsAt', '-createdAt']

export const upcomingWhere = (now = new Date()): Where => ({
  endsAt: { greater_than_equal: now.toISOString() },
})
export const pastWhere = (now = new Date()): Where => ({ endsAt: { less_than: now.toISOString() } })

/**
 * What an event's summary in a list shows (`EventSummary`, the calendar): a listing reads only
 * these, not each event's questions, programme and description in every language.
 */
export const eventSummarySelect = {
  slug: true,
  title: true,
  type: true,
  status: true,
  startsAt: true,
  startsAt_tz: true,
  endsAt: true,
  mode: true,
  venue: true,
  summary: true,
  capacity: true,
} as const

/** An event as a listing reads it. */
export type ListedEvent = Pick<Event, 'id' | keyof typeof eventSummarySelect>

/** The populate that goes with `eventSummarySelect`: the venue's centre as a place. */
export const eventSummaryPopulate = { centres: { name: true, address: true } } as const

// the time to live only bounds a count no change reached (none is known); any registration
// saved or deleted drops them all once its transaction commits (derivedCache), so "seats left"
// follows a registration at once
const SEAT_COUNTS_TTL_MS = 10 * 60_000

/**
 * Seats taken and people waiting per event: two counts per event, answered from the indexes
 * (reading the registrations themselves grew with the size of the events), and kept per event
 * until a registration changes: an events page not asked before then counts only the events
 * no other page has shown since.
 */
export async function seatCounts(payload: Payload, eventIds: (number | string)[]) {
  const count = async (event: number | string, statuses: string[]) =>
    (
      await payload.count({
        collection: 'event-registrations',
        where: { and: [{ event: { equals: event } }, { status: { in: statuses } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const entries = await Promise.all(
    eventIds.map(async (event) => {
      const counts = await cached(
        payload,
        `seat-counts:${event}`,
        { dependsOn: ['event-registrations'], ttlMs: SEAT_COUNTS_TTL_MS },
        async () => {
          const [taken, waiting] = await Promise.all([
            count(event, [...seatHoldingStatuses]),
            count(event, ['waitlisted']),
          ])
          return { taken, waiting }
        },
      )
      return [String(event), counts] as const
    }),
  )
  return new Map(entries)
}

/** Seats left: null for unlimited events. */
export const seatsLeft = (event: Pick<Event, 'capacity'>, taken: number) =>
  typeof event.capacity === 'number' ? Math.max(0, event.capacity - taken) : null

/** The weeks (Monday first) of a month, each day as 'YYYY-MM-DD' or null outside the month. */
export function monthGrid(month: string): (string | null)[][] {
  const [year, monthIndex] = month.split('-').map(Number)
  const days = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate()
  const offset = (new Date(Date.UTC(year, monthIndex - 1, 1)).getUTCDay() + 6) % 7
  const cells: (string | null)[] = Array.from({ length: offset }, () => null)
  for (let d = 1; d <= days; d += 1) cells.push(`${month}-${String(d).padStart(2, '0')}`)
  while (cells.length % 7 !== 0) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
}

export function shiftMonth(month: string, by: number) {
  const [year, monthIndex] = month.split('-').map(Number)
  const date = new Date(Date.UTC(year, monthIndex - 1 + by, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
}
