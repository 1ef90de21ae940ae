import type { Locale } from '@/i18n/locales'

/** An admin label in the four interface languages. */
export type AdminLabel = Record<Locale, string>
