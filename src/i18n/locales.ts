// The one list of languages: Payload's localization, the routes, the proxy and i18next use it.
export const locales = ['sk', 'cs', 'hu', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'sk'

/** Each language's name in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  sk: 'Slovenčina',
  cs: 'Čeština',
  hu: 'Magyar',
  en: 'English',
}

/** BCP 47 tags used with Intl and in hreflang / og:locale. */
export const localeTags: Record<Locale, string> = {
  sk: 'sk-SK',
  cs: 'cs-CZ',
  hu: 'hu-HU',
  en: 'en-GB',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** A language sent back by a form or an action: one of the four, or the default. */
export const localeOrDefault = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale)
