import type { Metadata } from 'next'
import type { Where } from 'payload'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { signedInUser } from '@/account/session'
import { userManagesEvent } from '@/access/eventOrganiser'
import { answerText } from '@/events/answers'
import { formatEventTime } from '@/events/describe'
import { formatNumber, getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import type { EventRegistration } from '@/payload-types'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'
import { Pagination } from '@/components/Pagination'
import { first } from '@/utilities/searchParams'

import { approveRegistrations, changeRegistrationStatus } from './actions'
import { readListView } from './listQuery'

type Props = LocalePageProps<{ slug: string }>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
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

const order: EventRegistration['status'][] = [
  'pending',
  'confirmed',
  'attended',
  'waitlisted',
  'cancelled',
]
const PER_PAGE = 50

/**
 * The organiser's list on a phone at the door, for a few people or a thousand: find a person
 * (the search and filter stay after every action), check them in, approve several at once,
 * decline or cancel after confirming with a reason for the person, download the CSV. Each row
 * shows the person's answers. Plain forms, so it works without JavaScript.
 */
export default async function RegistrationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'events')
  const payload = await getPayloadClient()
  const user = await signedInUser(payload, await headers())
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
  const view = readListView(query)
  const matching: Where = {
    and: [
      { event: { equals: event.id } },
      ...(view.q ? [{ or: [{ name: { like: view.q } }, { email: { like: view.q } }] }] : []),
      ...(view.status ? [{ status: { equals: view.status } }] : []),
    ],
  }
  const access = { overrideAccess: false as const, user }
  const [found, ...counts] = await Promise.all([
    payload.find({
      collection: 'event-registrations',
      where: matching,
      // a door list reads by name; the waiting list keeps its order
      sort: view.status === 'waitlisted' ? 'waitlistPosition' : 'name',
      limit: PER_PAGE,
      page: view.page,
      depth: 0,
      ...access,
    }),
    ...order.map((status) =>
      payload.count({
        collection: 'event-registrations',
        where: { and: [{ event: { equals: event.id } }, { status: { equals: status } }] },
        ...access,
      }),
    ),
  ])
  const tally = Object.fromEntries(
    order.map((status, index) => [status, counts[index].totalDocs]),
  ) as Record<EventRegistration['status'], number>
  const registrations = found.docs
  const questions = event.questions ?? []
  const base = `/${locale}/events/${event.slug}/registrations`
  const hrefWith = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams()
    const merged = {
      q: view.q,
      status: view.status,
      page: view.page > 1 ? view.page : '',
      ...changes,
    }
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== '') next.set(key, String(value))
    const text = next.toString()
    return text ? `${base}?${text}` : base
  }
  const confirming = first(query.confirm)
  // the view, carried by every form so that an action returns to it
  const keepView = (
    <>
      <input type="hidden" name="q" value={view.q} />
      <input type="hidden" name="view" value={view.status} />
      <input type="hidden" name="page" value={String(view.page)} />
    </>
  )
  const pending = registrations.filter((registration) => registration.status === 'pending')

  return (
    <div className="stack-lg">
      <p>
        <a href={`/${locale}/events/${event.slug}`}>← {event.title}</a>
      </p>
      <h1>{t('manage.title', { event: event.title })}</h1>
      <p className="muted">{formatEventTime(locale, event)}</p>
      <p>
        {t('manage.summary', {
          confirmed: formatNumber(locale, tally.confirmed),
          pending: formatNumber(locale, tally.pending),
          waitlisted: formatNumber(locale, tally.waitlisted),
          attended: formatNumber(locale, tally.attended),
          capacity: event.capacity ? formatNumber(locale, event.capacity) : t('detail.unlimited'),
        })}
      </p>
      {query.done || query.approved ? (
        <p role="status" className="notice">
          {query.approved
            ? t('manage.approvedMany', { count: Number(first(query.approved)) || 0 })
            : t('manage.done')}
          {query.failed
            ? ` ${t('manage.failedMany', { count: Number(first(query.failed)) || 0 })}`
            : ''}
        </p>
      ) : null}
      {query.error ? (
        <p role="alert" className="field-error">
          {first(query.error) === 'none' ? t('manage.noneSelected') : t('errors.unexpected')}
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
      <form method="get" role="search" className="filter-row" action={base}>
        <div className="field">
          <label htmlFor="registrant-search">{t('manage.search')}</label>
          <input
            id="registrant-search"
            type="search"
            name="q"
            defaultValue={view.q}
            maxLength={100}
          />
        </div>
        <div className="field">
          <label htmlFor="registrant-status">{t('manage.status')}</label>
          <select id="registrant-status" name="status" defaultValue={view.status}>
            <option value="">
              {t('manage.allStatuses')} (
              {formatNumber(
                locale,
                order.reduce((sum, status) => sum + tally[status], 0),
              )}
              )
            </option>
            {order.map((status) => (
              <option key={status} value={status}>
                {t(`registrationStatuses.${status}`)} ({formatNumber(locale, tally[status])})
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('manage.show')}</button>
      </form>
      <p role="status">
        {t('manage.showing', {
          count: found.totalDocs,
          total: formatNumber(locale, found.totalDocs),
        })}
      </p>
      {registrations.length === 0 ? <p>{t('manage.none')}</p> : null}
      {pending.length > 0 ? (
        // the checkboxes sit in the rows and belong to this form through their form attribute
        <form id="bulk-approve" action={approveRegistrations.bind(null, locale, slug)}>
          {keepView}
          <button type="submit">{t('manage.approveSelected')}</button>
        </form>
      ) : null}
      <ul className="registrant-list">
        {registrations.map((registration) => {
          const answered = questions
            .map((question) => ({
              question,
              answer: answerText(
                question,
                (registration.answers as Record<string, string> | null)?.[question.key],
              ),
            }))
            .filter(({ answer }) => answer !== '')
          const asking = confirming === String(registration.id)
          return (
            <li key={registration.id} id={`registration-${registration.id}`} className="registrant">
              <p className="registrant__name">
                {registration.status === 'pending' ? (
                  <input
                    type="checkbox"
                    form="bulk-approve"
                    name="registration"
                    value={String(registration.id)}
                    id={`select-${registration.id}`}
                    aria-label={t('manage.select', { name: registration.name })}
                  />
                ) : null}{' '}
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
              {answered.length > 0 ? (
                <dl className="registrant__answers">
                  {answered.map(({ question, answer }) => (
                    <div key={question.key}>
                      <dt>{question.label}</dt>
                      <dd>{answer}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {registration.mailStatus ? (
                <p className={registration.mailStatus === 'failed' ? 'field-error' : 'muted'}>
                  {t('manage.mail')}:{' '}
                  {t(`manage.mailStatuses.${registration.mailStatus}`, {
                    error: registration.mailError ?? '',
                  })}
                </p>
              ) : null}
              {asking ? (
                // a decline or cancellation is said to the person: confirm it, with a reason
                <form
                  action={changeRegistrationStatus.bind(null, locale, slug)}
                  className="stack registrant__confirm"
                >
                  {keepView}
                  <input type="hidden" name="registration" value={String(registration.id)} />
                  <input type="hidden" name="status" value="cancelled" />
                  <label htmlFor={`reason-${registration.id}`}>
                    {t('manage.reason', { name: registration.name })}
                  </label>
                  <textarea
                    id={`reason-${registration.id}`}
                    name="reason"
                    maxLength={500}
                    rows={3}
                    aria-describedby={`reason-hint-${registration.id}`}
                  />
                  <p id={`reason-hint-${registration.id}`} className="muted">
                    {t('fields.decisionReasonHint')}
                  </p>
                  <div className="registrant__actions">
                    <button type="submit" className="button--danger">
                      {registration.status === 'pending'
                        ? t('manage.confirmDecline')
                        : t('manage.confirmCancel')}{' '}
                      <span className="visually-hidden">{registration.name}</span>
                    </button>
                    <a href={`${hrefWith({})}#registration-${registration.id}`}>
                      {t('manage.keep')}
                    </a>
                  </div>
                </form>
              ) : (
                <div className="registrant__actions">
                  {actionsFor[registration.status].map((action) =>
                    action.status === 'cancelled' ? (
                      <a
                        key={action.status}
                        className="button button--secondary"
                        href={`${hrefWith({ confirm: String(registration.id) })}#registration-${registration.id}`}
                      >
                        {t(`manage.${action.label}`)}{' '}
                        <span className="visually-hidden">{registration.name}</span>
                      </a>
                    ) : (
                      <form
                        key={action.status}
                        action={changeRegistrationStatus.bind(null, locale, slug)}
                      >
                        {keepView}
                        <input type="hidden" name="registration" value={String(registration.id)} />
                        <input type="hidden" name="status" value={action.status} />
                        <button type="submit">
                          {t(`manage.${action.label}`)}{' '}
                          <span className="visually-hidden">{registration.name}</span>
                        </button>
                      </form>
                    ),
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ul>
      <Pagination
        locale={locale}
        page={view.page}
        pages={found.totalPages}
        hrefFor={(page) => hrefWith({ page: page > 1 ? page : '' })}
      />
    </div>
  )
}
