import type { TFunction } from 'i18next'

import { eventPlace, formatEventTime } from '@/events/describe'
import { type ListedEvent, seatsLeft } from '@/events/listing'
import type { Locale } from '@/i18n/locales'

type Props = {
  locale: Locale
  t: TFunction
  event: ListedEvent
  taken: number
  waiting: number
  headingLevel?: 2 | 3
}

/** One event in a list: when, what, where, and whether seats are left. */
export function EventSummary({ locale, t, event, taken, waiting, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  const left = seatsLeft(event, taken)
  const open = event.status === 'published' && new Date(event.endsAt) > new Date()
  return (
    <article className="event-summary">
      <p className="event-summary__meta">
        <span className="tag">{t(`types.${event.type}`)}</span>{' '}
        <time dateTime={event.startsAt}>{formatEventTime(locale, event, false)}</time>
      </p>
      <Heading className="event-summary__title">
        <a href={`/${locale}/events/${event.slug}`}>{event.title}</a>
      </Heading>
      {event.status !== 'published' ? (
        <p className="status-closed">{t(`statuses.${event.status}`)}</p>
      ) : null}
      <p className="muted">{eventPlace(event, t('modes.online'))}</p>
      {event.summary ? <p>{event.summary}</p> : null}
      {open && left !== null ? (
        <p className={left === 0 ? 'status-closed' : 'status-open'}>
          {left === 0 ? t('detail.full') : t('detail.seatsLeft', { count: left })}
          {waiting > 0 ? ` · ${t('detail.waitlist', { count: waiting })}` : ''}
        </p>
      ) : null}
    </article>
  )
}
