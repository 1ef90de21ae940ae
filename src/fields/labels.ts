import type { Locale } from '@/i18n/locales'

/** An admin label in the four interface languages. */
export type AdminLabel = Record<Locale, string>

export const countryLabels: Record<'SK' | 'CZ' | 'HU', AdminLabel> = {
  SK: { sk: 'Slovensko', cs: 'Slovensko', hu: 'Szlovákia', en: 'Slovakia' },
  CZ: { sk: 'Česko', cs: 'Česko', hu: 'Csehország', en: 'Czechia' },
  HU: { sk: 'Maďarsko', cs: 'Maďarsko', hu: 'Magyarország', en: 'Hungary' },
}
