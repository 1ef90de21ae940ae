import { stringify } from 'csv-stringify/sync'

// a cell starting with one of these runs as a formula when the file is opened in a spreadsheet
// (OWASP "CSV injection"); tab and carriage return are stripped by some programs before parsing
const formulaStart = /^[=+\-@\t\r]/

/** A text cell that a spreadsheet shows as written instead of evaluating it. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value
}

/**
 * CSV for people who open it in Excel or LibreOffice: a header row, a BOM so that ř, ő, ľ are read
 * as UTF-8, and every text cell (the header included) safe from formula injection. Numbers are
 * left alone, so a negative longitude stays a number.
 */
export function toSpreadsheetCsv(columns: readonly string[], rows: unknown[][]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...columns],
    cast: { string: neutraliseFormula },
  })
}
