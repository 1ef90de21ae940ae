import { readServerUrl } from '@/config/environment'
import { calendarEntryOf } from '@/events/describe'
import { eventsCalendar } from '@/events/ics'
import { findPublicEvent } from '@/events/page'
import { isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

export const dynamic = 'force-dynamic'

/** One event as an .ics file to add to a calendar. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const event = await findPublicEvent(locale, slug)
  if (!event) return new Response('Not found', { status: 404 })
  const t = getT(locale, 'events')
  const body = eventsCalendar([calendarEntryOf(event, locale, t('modes.online'))], {
    name: event.title,
    locale,
    host: new URL(readServerUrl()).host,
    publish: true,
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
