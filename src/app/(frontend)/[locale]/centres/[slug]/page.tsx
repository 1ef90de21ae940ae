import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { Photos } from '@/components/Photos'
import { CentreMap } from '@/components/registry/CentreMap'
import { MAP_ATTRIBUTION, mapTileUrl } from '@/config/map'
import { ServedMeasures } from '@/components/strategies/ServedMeasures'
import { countryLanguage } from '@/fields/country'
import { contentLanguage } from '@/i18n/fallback'
import { dateTimeFormat } from '@/i18n/formatters'
import { type Locale } from '@/i18n/locales'
import { formatNumber, getT } from '@/i18n/server'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { pageMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { Media, Organisation, Region, ServiceType, TargetGroup } from '@/payload-types'
import {
  byWeekday,
  closureAt,
  formatTime,
  isOpenAt,
  openingHoursSpecification,
  timeZoneOf,
  type Closure,
  type Interval,
} from '@/registry/openingHours'
import { readServerUrl } from '@/config/environment'
import { routeParams } from '@/i18n/routeParams'
import { WebsiteLink } from '@/components/registry/WebsiteLink'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

const centreQuery = {
  depth: 1,
  populate: {
    organisations: { name: true, slug: true, country: true, website: true },
    regions: { name: true, code: true },
    'service-types': { name: true, legalBasis: true },
    'target-groups': { name: true },
    media: { alt: true, url: true, sizes: true },
  },
} satisfies SlugQuery

// only published centres are visible to the public
const findCentre = (locale: Locale, slug: string) =>
  findBySlug('centres', slug, locale, null, centreQuery)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const centre = await findCentre(locale, slug)
  if (!centre) return {}
  return pageMetadata(locale, `/centres/${slug}`, {
    title: centre.name,
    description: centre.summary ?? undefined,
  })
}

export default async function CentrePage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const centre = await findCentre(locale, slug)
  if (!centre) notFound()
  const t = getT(locale, 'centres')
  const common = getT(locale, 'common')
  const organisation = centre.organisation as Organisation
  // the summary may be shown in Slovak where it is not translated yet: say so and mark it
  const summaryLang = centre.summary
    ? await contentLanguage(await getPayloadClient(), 'centres', centre.id, locale, 'summary')
    : locale
  const descriptionLang = centre.description
    ? await contentLanguage(await getPayloadClient(), 'centres', centre.id, locale, 'description')
    : locale
  const photos = ((centre.photos ?? []) as Media[]).filter((photo) => typeof photo === 'object')
  const region = centre.region as Region
  const services = (centre.services ?? []) as ServiceType[]
  const intervals = (centre.openingHours ?? []) as Interval[]
  const closures = (centre.closures ?? []) as Closure[]
  const timeZone = timeZoneOf[centre.country ?? 'SK']
  const now = new Date()
  const closure = closureAt(closures, now, timeZone)
  const open = isOpenAt(intervals, closures, now, timeZone)
  const today = dateTimeFormat('en-GB', { timeZone, weekday: 'short' })
    .format(now)
    .toLowerCase()
    .slice(0, 3)
  const nameLang = countryLanguage[centre.country ?? 'SK']
  const address = [
    centre.address?.street,
    [centre.address?.postcode, centre.address?.municipality].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')
  const hasCoordinates = typeof centre.latitude === 'number' && typeof centre.longitude === 'number'

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: centre.name,
    description: centre.summary ?? undefined,
    url: `${readServerUrl()}/${locale}/centres/${centre.slug}`,
    address: {
      '@type': 'PostalAddress',
      streetAddress: centre.address?.street ?? undefined,
      postalCode: centre.address?.postcode ?? undefined,
      addressLocality: centre.address?.municipality,
      addressRegion: region?.name,
      addressCountry: centre.country,
    },
    telephone: centre.phone ?? undefined,
    email: centre.email ?? undefined,
    sameAs: centre.website ?? undefined,
    geo: hasCoordinates
      ? { '@type': 'GeoCoordinates', latitude: centre.latitude, longitude: centre.longitude }
      : undefined,
    openingHoursSpecification: openingHoursSpecification(intervals),
    containedInPlace: region ? { '@type': 'AdministrativeArea', name: region.name } : undefined,
  }

  return (
    <article className="stack">
      <JsonLd data={jsonLd} />
      <p>
        <a href={`/${locale}/centres`}>← {t('detail.back')}</a>
      </p>
      <h1 lang={nameLang}>{centre.name}</h1>
      {centre.summary ? (
        <>
          <FallbackNotice locale={locale} shown={summaryLang} />
          <p className="lead" lang={summaryLang}>
            {centre.summary}
          </p>
        </>
      ) : null}
      {centre.description ? (
        <>
          <FallbackNotice locale={locale} shown={descriptionLang} />
          <div lang={descriptionLang}>
            <RichText data={centre.description} className="prose" />
          </div>
        </>
      ) : null}
      <p>
        {closure ? (
          <span className="status-closed">
            {t('detail.temporarilyClosed', { reason: closure.reason ?? '' })}
          </span>
        ) : intervals.length > 0 ? (
          <span className={open ? 'status-open' : 'status-closed'}>
            {open ? t('detail.openNow') : t('detail.closedNow')}
          </span>
        ) : null}
      </p>
      <div className="detail-grid">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="visually-hidden">
            {centre.name}
          </h2>
          <dl className="facts">
            {organisation ? (
              <>
                <dt>{t('detail.organisation')}</dt>
                <dd>
                  <a
                    href={`/${locale}/organisations/${organisation.slug}`}
                    lang={countryLanguage[organisation.country]}
                  >
                    {organisation.name}
                  </a>
                </dd>
              </>
            ) : null}
            <dt>{t('detail.address')}</dt>
            <dd>
              {address}
              {region ? `, ${region.name}` : ''}, {common(`countries.${centre.country}`)}
            </dd>
            {centre.forms?.length ? (
              <>
                <dt>{t('detail.form')}</dt>
                <dd>{centre.forms.map((form) => t(`forms.${form}`)).join(', ')}</dd>
              </>
            ) : null}
            {centre.capacity?.value ? (
              <>
                <dt>{t('detail.capacity')}</dt>
                <dd>
                  {centre.capacity.unit
                    ? t(`unitCounts.${centre.capacity.unit}`, { count: centre.capacity.value })
                    : formatNumber(locale, centre.capacity.value)}
                </dd>
              </>
            ) : null}
            {centre.languages?.length ? (
              <>
                <dt>{t('detail.languages')}</dt>
                <dd>{centre.languages.map((language) => t(`languages.${language}`)).join(', ')}</dd>
              </>
            ) : null}
            {centre.accessibility?.length ? (
              <>
                <dt>{t('detail.accessibility')}</dt>
                <dd>
                  {centre.accessibility.map((feature) => t(`accessibility.${feature}`)).join(', ')}
                </dd>
              </>
            ) : null}
            {centre.phone ? (
              <>
                <dt>{t('detail.phone')}</dt>
                <dd>
                  <a href={`tel:${centre.phone.replace(/[^+0-9]/g, '')}`}>{centre.phone}</a>
                </dd>
              </>
            ) : null}
            {centre.email ? (
              <>
                <dt>{t('detail.email')}</dt>
                <dd>
                  <a href={`mailto:${centre.email}`}>{centre.email}</a>
                </dd>
              </>
            ) : null}
            {centre.website ? (
              <>
                <dt>{t('detail.website')}</dt>
                <dd>
                  <WebsiteLink url={centre.website} />
                </dd>
              </>
            ) : null}
            {centre.contactPerson?.name ? (
              <>
                <dt>{t('detail.contactPerson')}</dt>
                <dd>
                  {centre.contactPerson.name}
                  {centre.contactPerson.phone ? (
                    <>
                      ,{' '}
                      <a href={`tel:${centre.contactPerson.phone.replace(/\s+/g, '')}`}>
                        {centre.contactPerson.phone}
                      </a>
                    </>
                  ) : null}
                  {centre.contactPerson.email ? (
                    <>
                      ,{' '}
                      <a href={`mailto:${centre.contactPerson.email}`}>
                        {centre.contactPerson.email}
                      </a>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        {intervals.length ? (
          <section aria-labelledby="hours-heading">
            <h2 id="hours-heading">{t('detail.openingHours')}</h2>
            <table className="hours">
              <tbody>
                {byWeekday(intervals).map(({ day, intervals: list }) => (
                  <tr key={day} aria-current={day === today ? 'date' : undefined}>
                    <th scope="row">{t(`weekdays.${day}`)}</th>
                    <td>
                      {list.length
                        ? list
                            .map(
                              (i) =>
                                `${formatTime(locale, i.opens)}–${formatTime(locale, i.closes)}`,
                            )
                            .join(', ')
                        : t('detail.closed')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </div>
      {services.length ? (
        <section aria-labelledby="services-heading">
          <h2 id="services-heading">{t('detail.services')}</h2>
          <ul>
            {services.map((service) => (
              <li key={service.id}>
                {service.name}
                {service.legalBasis ? (
                  <span className="muted">
                    {' '}
                    — {t('detail.legalBasis', { basis: service.legalBasis })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {centre.targetGroups?.length ? (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading">{t('detail.targetGroups')}</h2>
          <ul>
            {centre.targetGroups.map((row) => (
              <li key={row.id ?? String((row.targetGroup as TargetGroup).id)}>
                {(row.targetGroup as TargetGroup).name}
                {typeof row.ageFrom === 'number' && typeof row.ageTo === 'number'
                  ? ` (${t('detail.ages', { from: row.ageFrom, to: row.ageTo })})`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasCoordinates ? (
        <section aria-labelledby="location-heading">
          <h2 id="location-heading">{t('detail.location')}</h2>
          <div className="centre-location">
            <CentreMap
              pointsUrl={`/${locale}/centres/map.json`}
              points={[[centre.latitude!, centre.longitude!, centre.slug, centre.name]]}
              tileUrl={mapTileUrl()}
              attribution={MAP_ATTRIBUTION}
              label={t('detail.mapLabel', { name: centre.name })}
              fallback={t('detail.mapFallback')}
              tilesOff={t('map.tilesOff')}
            />
          </div>
          <p>
            {formatNumber(locale, centre.latitude!, { maximumFractionDigits: 5 })},{' '}
            {formatNumber(locale, centre.longitude!, { maximumFractionDigits: 5 })} ·{' '}
            <a
              href={`https://www.openstreetmap.org/?mlat=${centre.latitude}&mlon=${centre.longitude}#map=16/${centre.latitude}/${centre.longitude}`}
              rel="noopener"
            >
              {t('detail.showOnMap')}
            </a>
          </p>
        </section>
      ) : null}
      <Photos heading={t('detail.photos')} photos={photos} />
      <ServedMeasures locale={locale} kind="centres" id={centre.id} />
    </article>
  )
}
