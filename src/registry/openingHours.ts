import { dateTimeFormat } from '@/i18n/formatters'
import { type Locale, localeTags } from '@/i18n/locales'
import { type Weekday, weekdays } from '@/fields/openingHours'

export type Interval = { day: Weekday; opens: string; closes: string }
export type Closure = { from: string; to: string; reason?: string | null }

export const timeZoneOf: Record<'SK' | 'CZ' | 'HU', string> = {
  SK: 'Europe/Bratislava',
  CZ: 'Europe/Prague',
  HU: 'Europe/Budapest',
}

/** Intervals per weekday, Monday first, each day's intervals in time order. */
export function byWeekday(intervals: Interval[]): { day: Weekday; intervals: Interval[] }[] {
  return weekdays.map((day) => ({
    day,
    intervals: intervals
      .filter((i) => i.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }))
}

/** The weekday, the wall-clock time and the date at `at` in the centre's time zone. */
function localClock(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    dateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return {
    day: parts.weekday.toLowerCase().slice(0, 3) as Weekday,
    time: `${parts.hour}:${parts.minute}`,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  }
}

/** The closure in force at `at`, if any (dates compared in the centre's time zone). */
export function closureAt(closures: Closure[], at: Date, timeZone: string): Closure | undefined {
  const { date } = localClock(at, timeZone)
  return closures.find((c) => c.from.slice(0, 10) <= date && date <= c.to.slice(0, 10))
}

export function isOpenAt(
  intervals: Interval[],
  closures: Closure[],
  at: Date,
  timeZone: string,
): boolean {
  if (closureAt(closures, at, timeZone)) return false
  const { day, time } = localClock(at, timeZone)
  return intervals.some((i) => i.day === day && i.opens <= time && time < i.closes)
}

/** "07:30" as the reader's locale writes a time of day. */
export function formatTime(locale: Locale, hhmm: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number)
  return dateTimeFormat(localeTags[locale], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 3, hours, minutes)))
}

const schemaDays: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/** schema.org openingHoursSpecification entries. */
export function openingHoursSpecification(intervals: Interval[]) {
  return intervals.map((i) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: `https://schema.org/${schemaDays[i.day]}`,
    opens: i.opens,
    closes: i.closes,
  }))
}
