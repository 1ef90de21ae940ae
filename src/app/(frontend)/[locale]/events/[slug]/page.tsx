import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { signedInUser } from '@/account/session'
import { userManagesEvent } from '@/access/eventOrganiser'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { EventRegistrationForm } from '@/components/events/EventRegistrationForm'
import { ServedMeasures } from '@/components/strategies/ServedMeasures'
import { readServerUrl } from '@/config/environment'
import { eventPlace, formatEventTime } from '@/events/describe'
import { seatCounts, seatsLeft } from '@/events/listing'
import { findPublicEvent } from '@/events/page'
import { registrationClosedReason } from '@/events/register'
import { retentionDays } from '@/events/retention'
import { contentLanguage } from '@/i18n/fallback'
import { formatDate, getT } from '@/i18n/server'
import { pageMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { Centre, Organisation, Theme } from '@/payload-types'
import { routeParams } from '@/i18n/routeParams'

import { submitEventRegistration } from './actions'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const event = await findPublicEvent(locale, slug)
  if (!event) return {}
  return pageMetadata(locale, `/events/${slug}`, {
    title: event.title,
    description: event.summary ?? undefined,
  })
}

const attendanceMode = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

const eventStatus = {
  draft: 'https://schema.org/EventScheduled',
  published: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const

/** Plain text of a Lexical rich-text value, paragraph by paragraph. */
function paragraphsOf(value: unknown): string[] {
  const root = (value as { root?: { children?: { children?: { text?: string }[] }[] } } | null)
    ?.root
  return (root?.children ?? [])
    .map((block) => (block.children ?? []).map((child) => child.text ?? '').join(''))
    .filter((text) => text.trim() !== '')
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const event = await findPublicEvent(locale, slug)
  if (!event) notFound()
  const t = getT(locale, 'events')
  const centres = getT(locale, 'centres')
  const payload = await getPayloadClient()
  const counts = (await seatCounts(payload, [event.id])).get(String(event.id)) ?? {
    taken: 0,
    waiting: 0,
  }
  // an organiser who is logged in finds their registrant list from here
  const user = await signedInUser(payload, await headers())
  const organises = await userManagesEvent(payload, user, event)
  const shown = await contentLanguage(payload, 'events', event.id, locale)
  const left = seatsLeft(event, counts.taken)
  const closed = registrationClosedReason(event)
  const organisation = event.organisation as Organisation
  const centre =
    event.venue?.centre && typeof event.venue.centre === 'object'
      ? (event.venue.centre as Centre)
      : null
  const place = eventPlace(event, t('detail.online'))
  const themes = ((event.themes ?? []) as Theme[]).filter((theme) => typeof theme === 'object')
  const url = `${readServerUrl()}/${locale}/events/${event.slug}`
  const description = paragraphsOf(event.description)

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    url,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventAttendanceMode: attendanceMode[event.mode],
    eventStatus: eventStatus[event.status],
    inLanguage: event.languages ?? undefined,
    location: [
      event.mode !== 'online'
        ? {
            '@type': 'Place',
            name: event.venue?.name || centre?.name || event.venue?.municipality || undefined,
            address: {
              '@type': 'PostalAddress',
              streetAddress: event.venue?.street || centre?.address?.street || undefined,
              postalCode: event.venue?.postcode || centre?.address?.postcode || undefined,
              addressLocality:
                event.venue?.municipality || centre?.address?.municipality || undefined,
            },
          }
        : null,
      event.mode !== 'in-person' ? { '@type': 'VirtualLocation', url } : null,
    ].filter(Boolean),
    organizer: organisation
      ? { '@type': 'Organization', name: organisation.name, url: organisation.website ?? undefined }
      : undefined,
    maximumAttendeeCapacity: event.capacity ?? undefined,
    remainingAttendeeCapacity: event.status === 'cancelled' ? undefined : (left ?? undefined),
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url,
      availability: left === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    },
  }

  const formMessages = {
    heading: t('form.heading'),
    intro: t('form.intro'),
    name: t('form.name'),
    email: t('form.email'),
    organisation: t('form.organisation'),
    consent: t('form.consent', { days: retentionDays() }),
    privacyNotice: t('form.privacyNotice'),
    submit: t('form.submit'),
    required: t('form.required'),
    chooseOne: t('form.chooseOne'),
    errorSummary: t('form.errorSummary'),
    success: {
      confirmed: t('form.success.confirmed'),
      waitlisted: t('form.success.waitlisted', { position: '{{position}}' }),
      pending: t('form.success.pending'),
    },
    errors: Object.fromEntries(
      [
        'required',
        'email',
        'consent',
        'html',
        'tooLong',
        'choice',
        'notFound',
        'notOpen',
        'cancelled',
        'windowNotOpen',
        'windowClosed',
        'ended',
        'rateLimited',
        'invalidBody',
        'unexpected',
      ].map((code) => [code, t(`errors.${code}`)]),
    ),
  }

  return (
    <article className="stack-lg">
      <JsonLd data={jsonLd} />
      <p>
        <a href={`/${locale}/events`}>← {t('detail.back')}</a>
      </p>
      <header className="stack">
        <FallbackNotice locale={locale} shown={shown} />
        <p className="tag">{t(`types.${event.type}`)}</p>
        <h1 lang={shown}>{event.title}</h1>
        {event.summary ? (
          <p className="lead" lang={shown}>
            {event.summary}
          </p>
        ) : null}
        {event.status === 'cancelled' ? (
          <p className="notice notice--warning">{t('detail.cancelled')}</p>
        ) : null}
        {event.status === 'postponed' ? (
          <p className="notice notice--warning">{t('detail.postponed')}</p>
        ) : null}
      </header>
      <div className="detail-grid">
        <dl className="facts">
          <dt>{t('detail.when')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatEventTime(locale, event, false)}</time>
            <br />
            <span className="muted">
              {t('detail.timeZone', { zone: event.startsAt_tz ?? 'Europe/Bratislava' })}
            </span>
          </dd>
          <dt>{t('detail.where')}</dt>
          <dd>
            {place}
            {centre?.slug ? (
              <>
                {' '}
                (<a href={`/${locale}/centres/${centre.slug}`}>{centre.name}</a>)
              </>
            ) : null}
          </dd>
          <dt>{t('detail.organiser')}</dt>
          <dd>
            {organisation?.slug ? (
              <a href={`/${locale}/organisations/${organisation.slug}`}>{organisation.name}</a>
            ) : (
              organisation?.name
            )}
          </dd>
          {event.languages?.length ? (
            <>
              <dt>{t('detail.languages')}</dt>
              <dd>{event.languages.map((code) => centres(`languages.${code}`)).join(', ')}</dd>
            </>
          ) : null}
          {themes.length ? (
            <>
              <dt>{t('detail.themes')}</dt>
              <dd>{themes.map((theme) => theme.name).join(', ')}</dd>
            </>
          ) : null}
          {event.audience ? (
            <>
              <dt>{t('detail.audience')}</dt>
              <dd>{event.audience}</dd>
            </>
          ) : null}
          {/* a cancelled event has no seats to offer, free or taken */}
          {event.status === 'cancelled' ? null : (
            <>
              <dt>{t('detail.capacity')}</dt>
              <dd>
                {event.capacity
                  ? left === 0
                    ? t('detail.full')
                    : t('detail.seatsLeft', { count: left ?? 0 })
                  : t('detail.unlimited')}
                {counts.waiting > 0 ? ` · ${t('detail.waitlist', { count: counts.waiting })}` : ''}
              </dd>
            </>
          )}
        </dl>
        <p>
          <a href={`/${locale}/events/${event.slug}/event.ics`} download>
            {t('detail.addToCalendar')}
          </a>
          {organises ? (
            <>
              <br />
              <a href={`/${locale}/events/${event.slug}/registrations`}>{t('detail.manage')}</a>
            </>
          ) : null}
        </p>
      </div>
      {description.length > 0 ? (
        <div className="prose" lang={shown}>
          {description.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <ServedMeasures locale={locale} kind="events" id={event.id} />
      {closed ? (
        <p className="notice">
          {closed === 'cancelled' ? t('detail.cancelled') : t('form.closed')}
        </p>
      ) : (
        <>
          {event.registration?.requiresApproval ? <p>{t('detail.approvalNeeded')}</p> : null}
          {event.registration?.closesAt ? (
            <p className="muted">
              {t('form.closesAt', {
                date: formatDate(locale, event.registration.closesAt, { timeStyle: 'short' }),
              })}
            </p>
          ) : null}
          <EventRegistrationForm
            locale={locale}
            action={submitEventRegistration.bind(null, locale, event.id)}
            messages={formMessages}
            questions={(event.questions ?? []).map((question) => ({
              key: question.key,
              kind: question.kind,
              required: Boolean(question.required),
              label: question.label,
              options: (question.options ?? []).map((option) => option.label),
            }))}
          />
        </>
      )}
    </article>
  )
}
