import { createInstance, type TFunction } from 'i18next'

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

export function getT(locale: Locale, ns: Namespace = 'common'): TFunction {
  return i18n.getFixedT(locale, ns)
}

/** Dates per the reader's locale, in the time zone of the region (all three share CET/CEST). */
export function formatDate(
  locale: Locale,
  value: Date | string,
  options?: Intl.DateTimeFormatOptions,
) {
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Bratislava',
    ...options,
  }).format(new Date(value))
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
  return new Intl.NumberFormat(localeTags[locale], options).format(value)
}
