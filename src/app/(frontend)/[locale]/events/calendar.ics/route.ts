import { readServerUrl } from '@/config/environment'
import { calendarEntryOf } from '@/events/describe'
import { eventsCalendar } from '@/events/ics'
import { eventWhere, loadEventTaxonomies, parseEventFilters, soonestFirst } from '@/events/listing'
import { isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import type { Event } from '@/payload-types'

export const dynamic = 'force-dynamic'

/**
 * The subscribable feed: the listing's filters (type, region, theme, language, mode) from the
 * query string; upcoming events and those of the last 90 days, so that calendars keep them.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const filters = parseEventFilters(Object.fromEntries(url.searchParams))
  const payload = await getPayloadClient()
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
    populate: { centres: { name: true, address: true }, organisations: { name: true } },
  })
  const t = getT(locale, 'events')
  const body = eventsCalendar(
    (docs as Event[]).map((event) => calendarEntryOf(event, locale, t('modes.online'))),
    { name: t('title'), locale, host: new URL(readServerUrl()).host },
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'public, max-age=900',
    },
  })
}
