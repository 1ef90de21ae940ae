import { stringify } from 'csv-stringify/sync'
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'

import { wallTime } from '@/events/time'
import type { Locale } from '@/i18n/locales'

import { neutraliseFormula } from './csv'

/** A cell as the data has it; dates are instants, shown as wall time in the sheet's zone. */
export type SheetValue = string | number | Date | null | undefined

export type Sheet = {
  name: string
  header: readonly string[]
  rows: SheetValue[][]
  /** the zone whose clocks the times are read on (the event's place); Central Europe by default */
  timeZone?: string
}

// Slovak, Czech and Hungarian Excel split on the list separator of Windows' regional settings,
// a semicolon there because the comma is their decimal mark
const usesDecimalComma = (locale: Locale) => locale !== 'en'

const defaultZone = 'Europe/Bratislava'

/** "2026-12-01T09:05:00" → the digits as each language writes them, numerically. */
function writeWallTime(locale: Locale, wall: string): string {
  const [y, mo, d, h, mi] = wall.split(/[-T:]/)
  const day = String(Number(d))
  const month = String(Number(mo))
  const hour = String(Number(h))
  switch (locale) {
    case 'hu':
      return `${y}.${mo}.${d}. ${hour}:${mi}`
    case 'en':
      return `${y}-${mo}-${d} ${h}:${mi}`
    default:
      return `${day}.${month}.${y} ${hour}:${mi}`
  }
}

/** The Excel number format matching `writeWallTime`, so both downloads read the same. */
const xlsxDateFormat: Record<Locale, string> = {
  sk: 'd.m.yyyy h:mm',
  cs: 'd.m.yyyy h:mm',
  hu: 'yyyy.mm.dd. h:mm',
  en: 'yyyy-mm-dd hh:mm',
}

/**
 * CSV that opens in the reader's Excel by double-click: semicolons, decimal commas and local
 * date order for sk/cs/hu, commas for en; always a BOM (so ř, ő, ľ are read as UTF-8), CRLF
 * line ends, and text cells safe from formula injection.
 */
export function toLocaleCsv(sheet: Sheet, locale: Locale): string {
  const zone = sheet.timeZone ?? defaultZone
  const comma = usesDecimalComma(locale)
  return stringify(
    sheet.rows.map((row) =>
      row.map((value) =>
        value instanceof Date ? writeWallTime(locale, wallTime(value, zone)) : value,
      ),
    ),
    {
      bom: true,
      header: true,
      columns: [...sheet.header],
      delimiter: comma ? ';' : ',',
      record_delimiter: '\r\n',
      cast: {
        string: neutraliseFormula,
        number: (value) => (comma ? String(value).replace('.', ',') : String(value)),
      },
    },
  )
}

const widthOf = (value: SheetValue, locale: Locale) =>
  value instanceof Date ? xlsxDateFormat[locale].length : String(value ?? '').length

/**
 * The same sheet as `.xlsx`: typed numbers and dates (wall time in the sheet's zone, as Excel
 * has no zones), a bold header row that stays on screen while scrolling, and columns as wide as
 * their content (within reason).
 */
export async function toXlsx(sheet: Sheet, locale: Locale): Promise<Buffer> {
  const zone = sheet.timeZone ?? defaultZone
  const data: SheetData = [
    sheet.header.map((title) => ({ value: title, fontWeight: 'bold' as const })),
    ...sheet.rows.map((row) =>
      row.map((value) => {
        if (value === null || value === undefined || value === '') return null
        if (value instanceof Date)
          return {
            type: Date,
            // the wall time read as UTC: Excel shows a date's fields as stored
            value: new Date(`${wallTime(value, zone)}Z`),
            format: xlsxDateFormat[locale],
          }
        if (typeof value === 'number') return { type: Number, value }
        return { type: String, value }
      }),
    ),
  ]
  const columns = sheet.header.map((title, index) => ({
    width: Math.min(
      50,
      Math.max(8, widthOf(title, locale), ...sheet.rows.map((row) => widthOf(row[index], locale))) +
        2,
    ),
  }))
  return writeXlsxFile(data, {
    sheet: sheet.name.slice(0, 31),
    columns,
    stickyRowsCount: 1,
  }).toBuffer()
}

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
