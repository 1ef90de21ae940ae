import { Pagination } from '@/components/Pagination'
import { EventFilters } from '@/components/events/EventFilters'
import { EventSummary } from '@/components/events/EventSummary'
import { MonthCalendar } from '@/components/events/MonthCalendar'
import {
  EVENTS_PAGE_SIZE,
  eventFiltersToQuery,
  eventSummaryPopulate,
  eventSummarySelect,
  eventWhere,
  latestFirst,
  loadEventTaxonomies,
  parseEventFilters,
  pastWhere,
  REFERENCE_ZONE,
  seatCounts,
  shiftMonth,
  soonestFirst,
  upcomingWhere,
} from '@/events/listing'
import { instantAt } from '@/events/time'
import { getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('events', '/events')

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'events')
  const centres = getT(locale, 'centres')
  const common = getT(locale, 'common')
  const filters = parseEventFilters(await searchParams)
  const payload = await getPayloadClient()
  const taxonomies = await loadEventTaxonomies(payload, locale)
  const base = eventWhere(filters, taxonomies)
  const calendar = filters.view === 'calendar'

  // a day either side of the month: an event's day is its own zone's, not the reader's
  const day = 86_400_000
  const monthFrom = new Date(
    instantAt(`${filters.month}-01T00:00`, REFERENCE_ZONE).getTime() - day,
  ).toISOString()
  const monthTo = new Date(
    instantAt(`${shiftMonth(filters.month, 1)}-01T00:00`, REFERENCE_ZONE).getTime() + day,
  ).toISOString()
  const where = calendar
    ? {
        and: [
          base,
          { startsAt: { greater_than_equal: monthFrom } },
          { startsAt: { less_than: monthTo } },
        ],
      }
    : { and: [base, filters.when === 'past' ? pastWhere() : upcomingWhere()] }

  const results = await payload.find({
    collection: 'events',
    overrideAccess: false,
    user: null,
    locale,
    where,
    sort: calendar || filters.when === 'upcoming' ? soonestFirst : latestFirst,
    limit: calendar ? 500 : EVENTS_PAGE_SIZE,
    page: calendar ? 1 : filters.page,
    depth: 1,
    select: eventSummarySelect,
    populate: eventSummaryPopulate,
  })
  const events = results.docs
  const counts = calendar
    ? new Map()
    : await seatCounts(
        payload,
        events.map((event) => event.id),
      )
  const href = (
    overrides: Parameters<typeof eventFiltersToQuery>[1],
    keys: Parameters<typeof eventFiltersToQuery>[2],
  ) => `/${locale}/events${eventFiltersToQuery(filters, overrides, keys)}`
  const feed = `/${locale}/events/calendar.ics${eventFiltersToQuery(filters)}`

  return (
    <div className="stack-lg">
      <header className="stack">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <nav aria-label={t('views.label')} className="tabs">
        <ul>
          <li>
            <a
              href={href({}, ['when'])}
              aria-current={!calendar && filters.when === 'upcoming' ? 'page' : undefined}
            >
              {t('upcoming')}
            </a>
          </li>
          <li>
            <a
              href={href({ when: 'past' }, ['when'])}
              aria-current={!calendar && filters.when === 'past' ? 'page' : undefined}
            >
              {t('past')}
            </a>
          </li>
          <li>
            <a
              href={href({ view: 'calendar' }, ['view', 'month'])}
              aria-current={calendar ? 'page' : undefined}
            >
              {t('views.calendar')}
            </a>
          </li>
        </ul>
      </nav>
      <EventFilters
        t={t}
        centres={centres}
        common={common}
        filters={filters}
        taxonomies={taxonomies}
      />
      {calendar ? (
        <MonthCalendar
          locale={locale}
          t={t}
          month={filters.month}
          events={events}
          previousHref={href({ month: shiftMonth(filters.month, -1) }, ['view', 'month'])}
          nextHref={href({ month: shiftMonth(filters.month, 1) }, ['view', 'month'])}
        />
      ) : (
        <section aria-labelledby="results-heading" className="stack">
          <h2 id="results-heading" aria-live="polite">
            {t('results', { count: results.totalDocs })}
          </h2>
          {events.length === 0 ? <p>{t('noResults')}</p> : null}
          <ul className="result-list">
            {events.map((event) => (
              <li key={event.id}>
                <EventSummary
                  locale={locale}
                  t={t}
                  event={event}
                  taken={counts.get(String(event.id))?.taken ?? 0}
                  waiting={counts.get(String(event.id))?.waiting ?? 0}
                  headingLevel={3}
                />
              </li>
            ))}
          </ul>
          <Pagination
            locale={locale}
            page={results.page ?? 1}
            pages={results.totalPages}
            hrefFor={(page) => href({ page }, ['when', 'page'])}
          />
        </section>
      )}
      <aside className="notice">
        <p>
          <a href={feed}>{t('subscribe')}</a>
        </p>
        <p className="muted">{t('subscribeHint')}</p>
      </aside>
    </div>
  )
}
