import type { Metadata } from 'next'

import { checkInQrSvg, checkInUrl } from '@/events/checkIn'
import { eventPlace, formatEventTime } from '@/events/describe'
import { registrationByToken } from '@/events/register'
import { retentionDays } from '@/events/retention'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'

import { FocusHere } from '@/components/FocusHere'

import { cancelRegistration, eraseRegistration } from './actions'
import { idFrom } from '@/utilities/ids'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps<{ token: string }>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  // a personal page: never indexed, its address (the token) never sent to another site. Not
  // `no-referrer`: a browser then sends `Origin: null` with the page's own forms, and Next
  // refuses a server action from an unknown origin — the cancel button posts without JavaScript
  return {
    title: getT(locale, 'events')('registration.title'),
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  }
}

/** The registrant's own page, reached from their e-mails: status, place in the queue, cancel. */
export default async function RegistrationPage({ params, searchParams }: Props) {
  const { locale, token } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'events')
  const payload = await getPayloadClient()
  const registration = await registrationByToken(payload, decodeURIComponent(token))
  if (!registration) {
    return (
      <div className="stack">
        <h1>{t('registration.title')}</h1>
        {query.erased ? (
          <FocusHere id="outcome" role="status" className="notice">
            {t('registration.personalData.erased')}
          </FocusHere>
        ) : (
          <p role="alert" className="field-error">
            {t('errors.token')}
          </p>
        )}
      </div>
    )
  }
  const eventId = idFrom(registration.event)!
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    locale,
    depth: 1,
    overrideAccess: true,
  })
  const active = registration.status !== 'cancelled'
  const page = `/${locale}/events/registration/${encodeURIComponent(registration.token)}`
  const showLink =
    (registration.status === 'confirmed' || registration.status === 'attended') &&
    event.mode !== 'in-person' &&
    event.onlineUrl
  // the code to show at the door, while the seat is confirmed and the event not over
  const doorCode =
    registration.status === 'confirmed' &&
    event.mode !== 'online' &&
    new Date(event.endsAt) > new Date()
      ? await checkInQrSvg(checkInUrl(payload, locale, registration.id))
      : null

  return (
    <div className="stack-lg">
      <h1>{t('registration.title')}</h1>
      <dl className="facts">
        <dt>{t('registration.event')}</dt>
        <dd>
          <a href={`/${locale}/events/${event.slug}`}>{event.title}</a>
        </dd>
        <dt>{t('detail.when')}</dt>
        <dd>{formatEventTime(locale, event)}</dd>
        <dt>{t('detail.where')}</dt>
        <dd>{eventPlace(event, t('detail.online'))}</dd>
        <dt>{t('registration.status')}</dt>
        <dd>
          <strong data-status={registration.status}>
            {t(`registrationStatuses.${registration.status}`)}
          </strong>
          {registration.status === 'waitlisted' && registration.waitlistPosition ? (
            <>
              <br />
              {t('registration.position', { position: registration.waitlistPosition })}
            </>
          ) : null}
        </dd>
        {showLink ? (
          <>
            <dt>{t('registration.onlineLink')}</dt>
            <dd>
              <a href={event.onlineUrl!}>{event.onlineUrl}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {doorCode ? (
        <section className="stack" aria-labelledby="check-in-heading">
          <h2 id="check-in-heading">{t('checkIn.codeHeading')}</h2>
          <p>{t('checkIn.codeHint')}</p>
          <div
            className="check-in-code"
            role="img"
            aria-label={t('checkIn.codeAlt')}
            // SVG drawn here by the qrcode library from our own URL: no user text inside
            dangerouslySetInnerHTML={{ __html: doorCode }}
          />
        </section>
      ) : null}
      {active && new Date(event.endsAt) > new Date() ? (
        <form action={cancelRegistration.bind(null, locale, registration.token)} className="stack">
          <p>{t('registration.cancelConfirm')}</p>
          <button type="submit" className="button--danger">
            {t('registration.cancel')}
          </button>
        </form>
      ) : null}
      {/* where the cancel button was, so the reader sees what pressing it did */}
      {query.cancelled ? (
        <FocusHere id="outcome" role="status" className="notice">
          {t('registration.cancelled')}
        </FocusHere>
      ) : null}
      {!active && !query.cancelled ? <p>{t('registration.alreadyCancelled')}</p> : null}
      <section className="stack" aria-labelledby="personal-data-heading">
        <h2 id="personal-data-heading">{t('registration.personalData.heading')}</h2>
        <p>{t('registration.personalData.intro', { days: retentionDays() })}</p>
        <p>
          <a href={`${page}/data.json`} download>
            {t('registration.personalData.download')}
          </a>
        </p>
        {query.erase === 'confirm' ? (
          <FocusHere
            id="erase-confirm"
            role="region"
            className="stack confirm-step"
            label={t('registration.personalData.eraseAsk')}
          >
            <h3>{t('registration.personalData.eraseAsk')}</h3>
            <p>{t('registration.personalData.eraseConfirm')}</p>
            <form
              action={eraseRegistration.bind(null, locale, registration.token)}
              className="cluster"
            >
              <input type="hidden" name="confirm" value="erase" />
              <button type="submit" className="button--danger">
                {t('registration.personalData.eraseYes')}
              </button>
              <a href={`${page}#personal-data-heading`}>
                {t('registration.personalData.eraseKeep')}
              </a>
            </form>
          </FocusHere>
        ) : (
          // a plain GET to the confirmation step: it works without JavaScript and erases nothing
          <form method="get" action="#erase-confirm">
            <input type="hidden" name="erase" value="confirm" />
            <button type="submit" className="button--danger">
              {t('registration.personalData.erase')}
            </button>
          </form>
        )}
      </section>
    </div>
  )
}
