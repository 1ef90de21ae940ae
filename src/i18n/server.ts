import { createInstance, type TFunction } from 'i18next'

import { dateTimeFormat, numberFormat } from './formatters'
import { defaultLocale, type Locale, localeTags, locales } from './locales'
import { type Namespace, namespaces, resources } from './resources'

// One instance shared by every request; translators are fixed to a locale with getFixedT,
// never by changeLanguage, so concurrent requests in different languages cannot interfere.
const i18n = createInstance()
void i18n.init({
  resources,
  supportedLngs: [...locales],
  lng: defaultLocale,
  fallbackLng: false,
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

// i18next resolves a key in about 30 µs and a page asks for a hundred; the texts never change
// while the process runs, so a translator remembers what a key without options gave (up to a
// bound, should a key ever be built from what a reader sent)
const translators = new Map<string, TFunction>()
const KEYS_REMEMBERED = 2_000

export function getT(locale: Locale, ns: Namespace = 'common'): TFunction {
  const name = `${locale}:${ns}`
  let t = translators.get(name)
  if (!t) {
    const translate = i18n.getFixedT(locale, ns) as unknown as (...args: unknown[]) => string
    const texts = new Map<string, string>()
    t = ((key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return translate(key, ...rest)
      let text = texts.get(key)
      if (text !== undefined) return text
      text = translate(key)
      if (texts.size < KEYS_REMEMBERED) texts.set(key, text)
      return text
    }) as unknown as TFunction
    translators.set(name, t)
  }
  return t
}

/** Dates per the reader's locale, in the time zone of the region (all three share CET/CEST). */
export function formatDate(
  locale: Locale,
  value: Date | string,
  options?: Intl.DateTimeFormatOptions,
) {
  const all: Intl.DateTimeFormatOptions = {
    dateStyle: 'long',
    timeZone: 'Europe/Bratislava',
    ...options,
  }
  return dateTimeFormat(localeTags[locale], all).format(new Date(value))
}

/** Day, month, year and a 24-hour time as the admin's language writes them (1. 12. 2026 9:00). */
export const formatDateTime = (locale: Locale, value: Date | string) =>
  formatDate(locale, value, {
    dateStyle: undefined,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  return numberFormat(localeTags[locale], options).format(value)
}
