import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { defaultLocale, type Locale, locales } from './locales'

/** The best of our locales for an Accept-Language header, or the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    .languages()
    .filter((tag) => tag !== '*')
  try {
    return match(requested, locales as unknown as string[], defaultLocale) as Locale
  } catch {
    // a malformed tag in the header must not break the redirect
    return defaultLocale
  }
}
