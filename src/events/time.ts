/*
 * Wall-clock time in a named zone and back, with Intl alone: the three zones' rules come from
 * the ICU data Node ships, so there is no time-zone table of our own to keep up to date.
 */

import { dateTimeFormat } from '@/i18n/formatters'

function partsIn(zone: string, instant: Date) {
  const format = dateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, part.value]),
  )
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>
}

/** "2026-12-01T10:00:00": the wall time of an instant in a zone, without offset. */
export function wallTime(instant: Date | string, zone: string): string {
  const p = partsIn(zone, new Date(instant))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

/** "2026-12-01": the calendar day of an instant in a zone. */
export const dayIn = (instant: Date | string, zone: string) => wallTime(instant, zone).slice(0, 10)

/** The instant at which the clocks in `zone` show `wall` ("YYYY-MM-DDTHH:mm[:ss]"). */
export function instantAt(wall: string, zone: string): Date {
  const [date, time = '00:00'] = wall.split('T')
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm, ss = 0] = time.split(':').map(Number)
  const target = Date.UTC(y, m - 1, d, hh, mm, ss)
  let guess = target
  // two rounds settle the offset, also across a daylight-saving change
  for (let round = 0; round < 2; round += 1) {
    const shown = Date.parse(`${wallTime(new Date(guess), zone)}Z`)
    guess += target - shown
  }
  return new Date(guess)
}
