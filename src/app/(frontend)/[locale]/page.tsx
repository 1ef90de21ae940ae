import { EventSummary } from '@/components/events/EventSummary'
import {
  eventSummaryPopulate,
  eventSummarySelect,
  seatCounts,
  soonestFirst,
  upcomingWhere,
} from '@/events/listing'
import { getT } from '@/i18n/server'
import { countryLanguage } from '@/fields/country'
import { getPayloadClient } from '@/utilities/payload'
import { sectionMetadata } from '@/utilities/metadata'
import { DOTS_HEIGHT, DOTS_WIDTH } from '@/registry/centreDots'
import { directoryIndex } from '@/registry/directoryIndex'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

// Figures and the latest organisations come from the database on each request.
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('home', '')

export default async function HomePage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'home')
  const common = getT(locale, 'common')
  const payload = await getPayloadClient()
  // a visitor's request: access control applies, so only published organisations are counted
  const visitor = { overrideAccess: false, user: null } as const
  const [organisations, regions, serviceTypes, latest, upcoming, centres, studies] =
    await Promise.all([
      payload.count({ collection: 'organisations', ...visitor }),
      payload.count({ collection: 'regions', ...visitor }),
      payload.count({ collection: 'service-types', ...visitor }),
      payload.find({
        collection: 'organisations',
        ...visitor,
        locale,
        depth: 1,
        limit: 4,
        sort: '-createdAt',
        select: {
          name: true,
          kind: true,
          country: true,
          address: { municipality: true },
          region: true,
        },
        populate: { regions: { name: true } },
      }),
      payload.find({
        collection: 'events',
        ...visitor,
        locale,
        where: { and: [{ status: { equals: 'published' } }, upcomingWhere()] },
        sort: soonestFirst,
        limit: 3,
        depth: 1,
        select: eventSummarySelect,
        populate: eventSummaryPopulate,
      }),
      payload.count({ collection: 'centres', ...visitor }),
      payload.find({
        collection: 'case-studies',
        ...visitor,
        locale,
        depth: 0,
        limit: 3,
        sort: '-updatedAt',
        select: { title: true, slug: true, summary: true },
      }),
    ])
  const events = upcoming.docs
  // the directory's in-memory index: the teaser costs no query of its own
  const located = (await directoryIndex(payload)).located
  const seats = await seatCounts(
    payload,
    events.map((event) => event.id),
  )
  const tEvents = getT(locale, 'events')

  const audiences = ['ngo', 'member', 'public'] as const
  return (
    <div className="stack-lg">
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </section>

      <section aria-labelledby="audiences-heading">
        <h2 id="audiences-heading">{t('audiences.heading')}</h2>
        <ul className="cards">
          {audiences.map((audience) => (
            <li key={audience} className="card">
              <h3>{t(`audiences.${audience}.title`)}</h3>
              <p>{t(`audiences.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events-heading" className="stack">
        <h2 id="events-heading">{t('events.heading')}</h2>
        {events.length === 0 ? <p>{t('events.empty')}</p> : null}
        <ul className="result-list">
          {events.map((event) => (
            <li key={event.id}>
              <EventSummary
                locale={locale}
                t={tEvents}
                event={event}
                taken={seats.get(String(event.id))?.taken ?? 0}
                waiting={seats.get(String(event.id))?.waiting ?? 0}
                headingLevel={3}
              />
            </li>
          ))}
        </ul>
        <p>
          <a href={`/${locale}/events`}>{t('events.all')}</a>
        </p>
      </section>

      <section aria-labelledby="good-practice-heading" className="stack">
        <h2 id="good-practice-heading">{t('goodPractice.heading')}</h2>
        {studies.docs.length === 0 ? <p>{t('goodPractice.empty')}</p> : null}
        <ul className="cards">
          {studies.docs.map((study) => (
            <li key={study.id} className="card">
              <h3>
                <a href={`/${locale}/good-practice/${study.slug}`}>{study.title}</a>
              </h3>
              <p>{study.summary}</p>
            </li>
          ))}
        </ul>
        <p>
          <a href={`/${locale}/good-practice`}>{t('goodPractice.all')}</a>
        </p>
      </section>

      <section aria-labelledby="map-heading" className="card stack">
        <h2 id="map-heading">{t('map.heading')}</h2>
        <p>{t('map.body')}</p>
        <a href={`/${locale}/centres#results-heading`} className="map-teaser">
          {/* an image of its own: the page stays small and browsers keep the picture */}
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by the server, nothing to optimise */}
          <img
            className="centre-dots"
            src={`/${locale}/centres/map.svg`}
            alt={t('map.picture', { count: located })}
            width={DOTS_WIDTH}
            height={DOTS_HEIGHT}
            // far below the fold on a phone: not preloaded beside the page's own requests
            loading="lazy"
          />
          <span>{t('map.link')}</span>
        </a>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('figures.heading')}</h2>
        <ul className="figures">
          <li>{t('figures.centres', { count: centres.totalDocs })}</li>
          <li>{t('figures.caseStudies', { count: studies.totalDocs })}</li>
          <li>{t('figures.organisations', { count: organisations.totalDocs })}</li>
          <li>{t('figures.regions', { count: regions.totalDocs })}</li>
          <li>{t('figures.serviceTypes', { count: serviceTypes.totalDocs })}</li>
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latest.heading')}</h2>
        {latest.docs.length === 0 ? (
          <p>{t('latest.empty')}</p>
        ) : (
          <ul className="cards">
            {latest.docs.map((organisation) => (
              <li key={organisation.id} className="card">
                <h3 lang={countryLanguage[organisation.country]}>{organisation.name}</h3>
                <p>
                  {common(`kinds.${organisation.kind}`)} ·{' '}
                  {[
                    organisation.address?.municipality,
                    typeof organisation.region === 'object' ? organisation.region?.name : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/${locale}/organisations`}>{t('latest.all')}</a>
        </p>
      </section>
    </div>
  )
}
