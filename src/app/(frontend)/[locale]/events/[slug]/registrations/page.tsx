import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { userManagesEvent } from '@/access/eventOrganiser'
import { formatEventTime } from '@/events/describe'
import { type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import type { EventRegistration } from '@/payload-types'
import { routeParams } from '@/i18n/routeParams'

import { changeRegistrationStatus } from './actions'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale }
  return { title: getT(locale, 'events')('detail.manage'), robots: { index: false, follow: false } }
}

/** What an organiser may do next with a registration, as buttons. */
const actionsFor: Record<
  EventRegistration['status'],
  { status: EventRegistration['status']; label: string }[]
> = {
  pending: [
    { status: 'confirmed', label: 'approve' },
    { status: 'cancelled', label: 'decline' },
  ],
  confirmed: [
    { status: 'attended', label: 'checkIn' },
    { status: 'cancelled', label: 'cancel' },
  ],
  attended: [{ status: 'confirmed', label: 'undoCheckIn' }],
  waitlisted: [{ status: 'cancelled', label: 'cancel' }],
  cancelled: [],
}

/**
 * The organiser's list on a phone at the door: find a person, check them in, approve or
 * decline, download the CSV. Plain forms, so it works without JavaScript.
 */
export default async function RegistrationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'events')
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    return (
      <div className="stack">
        <h1>{t('detail.manage')}</h1>
        <p>{t('manage.loginNeeded')}</p>
        <p>
          <a
            href={`/admin/login?redirect=${encodeURIComponent(`/${locale}/events/${slug}/registrations`)}`}
          >
            {t('manage.login')}
          </a>
        </p>
      </div>
    )
  }
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const event = docs[0]
  if (!event) notFound()
  if (!(await userManagesEvent(payload, user, event))) {
    return (
      <div className="stack">
        <h1>{t('detail.manage')}</h1>
        <p role="alert">{t('manage.forbidden')}</p>
      </div>
    )
  }
  const search = (Array.isArray(query.q) ? query.q[0] : query.q)?.trim().slice(0, 100) ?? ''
  const { docs: registrations } = await payload.find({
    collection: 'event-registrations',
    where: {
      and: [
        { event: { equals: event.id } },
        ...(search ? [{ or: [{ name: { like: search } }, { email: { like: search } }] }] : []),
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const tally = (status: EventRegistration['status']) =>
    registrations.filter((r) => r.status === status).length
  const order: EventRegistration['status'][] = [
    'pending',
    'confirmed',
    'attended',
    'waitlisted',
    'cancelled',
  ]
  const sorted = [...registrations].sort(
    (a, b) =>
      order.indexOf(a.status) - order.indexOf(b.status) ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0),
  )

  return (
    <div className="stack-lg">
      <p>
        <Link href={`/${locale}/events/${event.slug}`}>← {event.title}</Link>
      </p>
      <h1>{t('manage.title', { event: event.title })}</h1>
      <p className="muted">{formatEventTime(locale, event)}</p>
      <p>
        {t('manage.summary', {
          confirmed: tally('confirmed'),
          pending: tally('pending'),
          waitlisted: tally('waitlisted'),
          attended: tally('attended'),
          capacity: event.capacity ?? t('detail.unlimited'),
        })}
      </p>
      {query.done ? (
        <p role="status" className="notice">
          {t('manage.done')}
        </p>
      ) : null}
      {query.error ? (
        <p role="alert" className="field-error">
          {t('errors.unexpected')}
        </p>
      ) : null}
      <ul className="downloads">
        {(['csv', 'xlsx'] as const).map((format) => (
          <li key={format}>
            <a href={`/api/events/${event.id}/registrations.${format}?locale=${locale}`}>
              {t(`manage.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <form method="get" role="search" className="search-row">
        <label htmlFor="registrant-search">{t('manage.search')}</label>
        <div className="search-row__controls">
          <input
            id="registrant-search"
            type="search"
            name="q"
            defaultValue={search}
            maxLength={100}
          />
          <button type="submit">{t('manage.search')}</button>
        </div>
      </form>
      {sorted.length === 0 ? <p>{t('manage.none')}</p> : null}
      <ul className="registrant-list">
        {sorted.map((registration) => (
          <li key={registration.id} id={`registration-${registration.id}`} className="registrant">
            <p className="registrant__name">
              <strong>{registration.name}</strong>{' '}
              <span className="muted">{registration.email}</span>
            </p>
            <p>
              {t(`registrationStatuses.${registration.status}`)}
              {registration.status === 'waitlisted' && registration.waitlistPosition
                ? ` · ${t('manage.position')}: ${registration.waitlistPosition}`
                : ''}
              {registration.organisation ? ` · ${registration.organisation}` : ''}
            </p>
            {registration.mailStatus ? (
              <p className={registration.mailStatus === 'failed' ? 'field-error' : 'muted'}>
                {t('manage.mail')}:{' '}
                {t(`manage.mailStatuses.${registration.mailStatus}`, {
                  error: registration.mailError ?? '',
                })}
              </p>
            ) : null}
            <div className="registrant__actions">
              {actionsFor[registration.status].map((action) => (
                <form
                  key={action.status}
                  action={changeRegistrationStatus.bind(null, locale, slug)}
                >
                  <input type="hidden" name="registration" value={String(registration.id)} />
                  <input type="hidden" name="status" value={action.status} />
                  <button
                    type="submit"
                    className={action.status === 'cancelled' ? 'button--secondary' : undefined}
                  >
                    {t(`manage.${action.label}`)}{' '}
                    <span className="visually-hidden">{registration.name}</span>
                  </button>
                </form>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
