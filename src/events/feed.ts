import type { Payload } from 'payload'

import { readServerUrl } from '@/config/environment'
import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { cached } from '@/utilities/derivedCache'

import { calendarEntryOf, calendarEntrySelect, type CalendarEvent } from './describe'
import { eventsCalendar } from './ics'
import {
  eventFiltersToQuery,
  eventWhere,
  type EventFilters,
  loadEventTaxonomies,
  soonestFirst,
} from './listing'

// the whole feed's time to live: it bounds how long an event past the 90 days stays in it
const WHOLE_FEED_TTL_MS = 15 * 60_000

/**
 * The subscribable feed: the events the filters (type, region, theme, language, mode) select,
 * upcoming and of the last 90 days, so that calendars keep them. The whole feed, which
 * calendars poll, is made once per change to what it shows (1,000 events cost the server
 * about a second to read); a filtered one is made when asked, so that a filter's every
 * spelling cannot fill the memory.
 */
export function eventsFeed(payload: Payload, locale: Locale, filters: EventFilters) {
  const make = async () => {
    const taxonomies = await loadEventTaxonomies(payload, locale)
    const since = new Date(Date.now() - 90 * 86_400_000).toISOString()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      user: null,
      locale,
      where: { and: [eventWhere(filters, taxonomies), { endsAt: { greater_than_equal: since } }] },
      sort: soonestFirst,
      limit: 1000,
      depth: 1,
      select: calendarEntrySelect,
      populate: { centres: { name: true, address: true }, organisations: { name: true } },
    })
    const t = getT(locale, 'events')
    return eventsCalendar(
      (docs as CalendarEvent[]).map((event) => calendarEntryOf(event, locale, t('modes.online'))),
      { name: t('title'), locale, host: new URL(readServerUrl()).host },
    )
  }
  if (eventFiltersToQuery(filters) !== '') return make()
  return cached(
    payload,
    `events-feed:${locale}`,
    { dependsOn: ['events', 'centres', 'organisations'], ttlMs: WHOLE_FEED_TTL_MS },
    make,
  )
}
