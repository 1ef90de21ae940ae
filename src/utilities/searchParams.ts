/*
 * Reading a public page's query string: every value arrives as text the visitor (or a bot) wrote,
 * so each reader returns a safe value or nothing, never throws, and bounds what it keeps.
 */

export type SearchParams = Record<string, string | string[] | undefined>

const CODE = /^[\w-]{1,64}$/
const MAX_PAGE = 10_000

/** The first value of a parameter given once or repeated, '' when absent. */
export const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/** A code (slug-like), optionally one of `allowed`; '' for anything else. */
export const code = (value: string, allowed?: readonly string[]) =>
  CODE.test(value) && (!allowed || allowed.includes(value)) ? value : ''

/** Every code given for a parameter, repeated or comma-separated, without duplicates, at most `max`. */
export function codes(value: string | string[] | undefined, allowed?: readonly string[], max = 50) {
  const values = (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((item) => item.split(','))
    .map((item) => code(item.trim(), allowed))
    .filter(Boolean)
  return [...new Set(values)].slice(0, max)
}

/** Free text to search for, whitespace collapsed, at most `max` characters. */
export const searchText = (value: string | string[] | undefined, max = 100) =>
  first(value).replace(/\s+/g, ' ').trim().slice(0, max)

/** A page number from 1 to 10,000 (1 for anything else). */
export function pageNumber(value: string | string[] | undefined) {
  const page = Number.parseInt(first(value) || '1', 10)
  return Number.isFinite(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1
}
