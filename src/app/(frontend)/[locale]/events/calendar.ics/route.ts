import { eventsFeed } from '@/events/feed'
import { parseEventFilters } from '@/events/listing'
import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'

export const dynamic = 'force-dynamic'

/** The subscribable feed, with the listing's filters from the query string (src/events/feed.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const filters = parseEventFilters(Object.fromEntries(new URL(request.url).searchParams))
  const body = await eventsFeed(await getPayloadClient(), locale, filters)
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'public, max-age=900',
    },
  })
}
