// making an Intl formatter costs 60–300 µs (more with a time zone), using one a few: a directory
// page counts 80 facet values, an events page formats 20 date ranges, a centre page 14 opening
// times — so each combination of language tag and options in use is made once per process
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function remembered<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => F,
): F {
  let made = formatters.get(key)
  if (!made) formatters.set(key, (made = make()))
  return made as F
}

/** `new Intl.DateTimeFormat(tag, options)`, made once per tag and options. */
export const dateTimeFormat = (tag: string, options: Intl.DateTimeFormatOptions) =>
  remembered(`date|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options))

/** `new Intl.NumberFormat(tag, options)`, made once per tag and options. */
export const numberFormat = (tag: string, options: Intl.NumberFormatOptions = {}) =>
  remembered(`number|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options))
