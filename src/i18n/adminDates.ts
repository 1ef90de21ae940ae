import type { Locale as DateLocale } from 'date-fns'
import { cs } from 'date-fns/locale/cs'
import { enUS } from 'date-fns/locale/en-US'
import { hu } from 'date-fns/locale/hu'
import { sk } from 'date-fns/locale/sk'

/**
 * The admin's date patterns, in date-fns' localized tokens: Payload has one `admin.dateFormat`
 * for every language and formats it with the date-fns locale of the admin's language, so `Pp`
 * reads `1. 12. 2026 9:00` in Slovak and `2026. 12. 01. 9:00` in Hungarian.
 */
export const adminDateTimeFormat = 'Pp'
export const adminDayFormat = 'P'

/** The date-fns locale of each admin language (the ones Payload's own date-fns key names). */
export const adminDateLocales: Record<string, DateLocale> = { sk, cs, hu, en: enUS }

type Width = 'full' | 'long' | 'medium' | 'short'
const patched = Symbol.for('platform.adminDateFormats')

/** Replaces the short date, time and date-time patterns of a date-fns locale, once. */
function setShortFormats(
  locale: DateLocale,
  short: { date?: string; time?: string; dateTime?: string },
) {
  const formatLong = locale.formatLong as DateLocale['formatLong'] & { [patched]?: true }
  if (!formatLong || formatLong[patched]) return
  const pick =
    (original: (options: { width?: Width }) => string, value: string | undefined) =>
    (options: { width?: Width } = {}) =>
      options.width === 'short' && value ? value : original(options)
  locale.formatLong = {
    date: pick(formatLong.date, short.date),
    time: pick(formatLong.time, short.time),
    dateTime: pick(formatLong.dateTime, short.dateTime),
    [patched]: true,
  } as DateLocale['formatLong']
}

/**
 * date-fns writes Czech short dates as `01.12.2026` and English (Payload's admin uses en-US)
 * as `12/01/2026, 9:00 AM`. Czech offices write `1. 12. 2026 9:00` (ČSN 01 6910); English in a
 * Central European office reads day-month and a 24-hour clock. Payload imports these locale
 * objects by name (no way to hand it others), so their short patterns are set in place, on the
 * server (payload.config.ts) and in the browser (the admin's provider).
 */
export function applyOfficeDateFormats() {
  setShortFormats(cs, { date: 'd. M. y', dateTime: '{{date}} {{time}}' })
  setShortFormats(enUS, { date: 'd MMM y', time: 'HH:mm', dateTime: '{{date}} {{time}}' })
}
