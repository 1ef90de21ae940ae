import type { Metadata } from 'next'

import { readServerUrl } from '@/config/environment'
import { isLocale, type Locale, localeTags, locales } from '@/i18n/locales'

/**
 * Canonical URL and hreflang alternates for a page that exists in every locale; `path` is the
 * part after the locale ('' for the home page, '/about', …).
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description }: { title: string; description?: string },
): Metadata {
  // a path that is no page (e.g. /favicon.ico) reaches [locale] too: it gets the 404, not a crash
  if (!isLocale(locale)) return {}
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((other) => [other, `/${other}${path}`]),
  )
  languages['x-default'] = `/${locales[0]}${path}`
  return {
    title,
    description,
    metadataBase: new URL(readServerUrl()),
    alternates: { canonical: `/${locale}${path}`, languages },
    openGraph: {
      title,
      description,
      locale: localeTags[locale].replace('-', '_'),
      url: `/${locale}${path}`,
      type: 'website',
    },
  }
}
