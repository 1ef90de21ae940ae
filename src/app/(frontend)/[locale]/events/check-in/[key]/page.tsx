import type { Metadata } from 'next'

import { userManagesEvent } from '@/access/eventOrganiser'
import { session } from '@/account/session'
import { registrationByCheckInKey } from '@/events/checkIn'
import { formatEventTime } from '@/events/describe'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'
import { formatDate, getT } from '@/i18n/server'
import { idFrom } from '@/utilities/ids'

import { checkInRegistrant } from './actions'
import { loginHref } from '@/utilities/safeNext'

type Props = LocalePageProps<{ key: string }>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'events')('checkIn.title'),
    robots: { index: false, follow: false },
    // the key never goes to another site; `no-referrer` would send `Origin: null` with the
    // check-in form, which Next refuses as a server action from an unknown origin
    referrer: 'same-origin',
  }
}

/**
 * Where a registrant's QR code leads. Only a signed-in organiser of the event learns whose code
 * it is; to anyone else every code — valid, forged or another event's — looks the same.
 */
export default async function CheckInPage({ params, searchParams }: Props) {
  const { locale, key } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'events')
  const { payload, user } = await session()
  const here = `/${locale}/events/check-in/${key}`
  if (!user) {
    return (
      <div className="stack">
        <h1>{t('checkIn.title')}</h1>
        <p>{t('checkIn.signIn')}</p>
        <p>
          <a href={loginHref(locale, here)}>{t('manage.login')}</a>
        </p>
      </div>
    )
  }
  // a key is letters, digits, "-", "_" and one ".": nothing to decode, anything else is refused
  const registration = await registrationByCheckInKey(payload, key)
  const event = registration
    ? await payload.findByID({
        collection: 'events',
        id: idFrom(registration.event)!,
        locale,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!registration || !event || !(await userManagesEvent(payload, user, event))) {
    return (
      <div className="stack">
        <h1>{t('checkIn.title')}</h1>
        <p role="alert" className="field-error">
          {t('checkIn.notYours')}
        </p>
      </div>
    )
  }
  const attended = registration.status === 'attended'
  return (
    <div className="stack-lg">
      <p>
        <a href={`/${locale}/events/${event.slug}/registrations`}>
          ← {t('manage.title', { event: event.title })}
        </a>
      </p>
      <h1>{t('checkIn.title')}</h1>
      {query.error ? (
        <p role="alert" className="field-error">
          {t('checkIn.failed')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('registration.event')}</dt>
        <dd>
          {event.title}
          <br />
          <span className="muted">{formatEventTime(locale, event)}</span>
        </dd>
        <dt>{t('manage.name')}</dt>
        <dd>
          <strong className="check-in__name">{registration.name}</strong>
          {registration.organisation ? <> · {registration.organisation}</> : null}
        </dd>
        <dt>{t('manage.status')}</dt>
        <dd data-status={registration.status}>
          {t(`registrationStatuses.${registration.status}`)}
        </dd>
      </dl>
      {attended ? (
        <p role="status" className="notice">
          {t('checkIn.checkedIn', {
            when: formatDate(locale, registration.attendedAt ?? new Date().toISOString(), {
              timeStyle: 'short',
              timeZone: event.startsAt_tz ?? undefined,
            }),
          })}
        </p>
      ) : registration.status === 'confirmed' ? (
        <form action={checkInRegistrant.bind(null, locale, key)}>
          <button type="submit" className="button--large">
            {t('manage.checkIn')}: {registration.name}
          </button>
        </form>
      ) : (
        <p role="alert" className="field-error">
          {t('checkIn.notConfirmed')}
        </p>
      )}
    </div>
  )
}
