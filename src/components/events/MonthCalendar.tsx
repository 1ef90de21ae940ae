import type { TFunction } from 'i18next'

import { monthGrid, REFERENCE_ZONE } from '@/events/listing'
import { dayIn } from '@/events/time'
import { dateTimeFormat } from '@/i18n/formatters'
import { type Locale, localeTags } from '@/i18n/locales'
import type { ListedEvent } from '@/events/listing'

type Props = {
  locale: Locale
  t: TFunction
  month: string
  events: ListedEvent[]
  previousHref: string
  nextHref: string
}

/** A month as a table (Monday first), each event on the day it starts in its own time zone. */
export function MonthCalendar({ locale, t, month, events, previousHref, nextHref }: Props) {
  const tag = localeTags[locale]
  const monthName = dateTimeFormat(tag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`))
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))) // 1 Jan 2024 was a Monday
  const long = dateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' })
  const short = dateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' })
  const time = (event: ListedEvent) =>
    dateTimeFormat(tag, {
      timeStyle: 'short',
      timeZone: event.startsAt_tz ?? REFERENCE_ZONE,
    }).format(new Date(event.startsAt))
  const byDay = new Map<string, ListedEvent[]>()
  for (const event of events) {
    const day = dayIn(event.startsAt, event.startsAt_tz ?? REFERENCE_ZONE)
    byDay.set(day, [...(byDay.get(day) ?? []), event])
  }
  const fullDate = dateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' })
  return (
    <section aria-labelledby="calendar-caption" className="month-calendar">
      <div className="month-calendar__nav">
        <a href={previousHref} rel="prev">
          ← {t('calendar.previous')}
        </a>
        <h2 id="calendar-caption">{monthName}</h2>
        <a href={nextHref} rel="next">
          {t('calendar.next')} →
        </a>
      </div>
      <table>
        <caption className="visually-hidden">{t('calendar.caption', { month: monthName })}</caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.toISOString()} scope="col">
                <abbr title={long.format(day)}>{short.format(day)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week, index) => (
            <tr key={index}>
              {week.map((day, column) =>
                day ? (
                  <td key={day} className={byDay.has(day) ? 'has-events' : undefined}>
                    <span className="day-number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span className="visually-hidden">
                      {fullDate.format(new Date(`${day}T12:00:00Z`))}
                    </span>
                    {byDay.has(day) ? (
                      <ul>
                        {byDay.get(day)!.map((event) => (
                          <li key={event.id}>
                            <a
                              href={`/${locale}/events/${event.slug}`}
                              className={
                                event.status === 'cancelled' ? 'event-cancelled' : undefined
                              }
                            >
                              <time dateTime={event.startsAt}>{time(event)}</time> {event.title}
                              {event.status === 'cancelled' || event.status === 'postponed' ? (
                                <span className="status-closed">
                                  {' '}
                                  ({t(`statuses.${event.status}`)})
                                </span>
                              ) : null}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  <td key={`empty-${column}`} aria-hidden="true" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 ? <p>{t('calendar.none')}</p> : null}
    </section>
  )
}
