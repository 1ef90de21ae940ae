import type { Metadata } from 'next'

import { readServerUrl } from '@/config/environment'
import { isLocale, type Locale, localeTags, locales } from '@/i18n/locales'
import type { Namespace } from '@/i18n/resources'
import { routeParams } from '@/i18n/routeParams'
import { getT } from '@/i18n/server'

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

/**
 * `generateMetadata` for a page whose title and description are two keys of one namespace
 * (`title` and `lead` unless named); `robots` for pages that search engines should not index.
 */
export function sectionMetadata(
  namespace: Namespace,
  path: string,
  keys: { title?: string; description?: string; robots?: Metadata['robots'] } = {},
) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await routeParams(params)
    const t = getT(locale, namespace)
    const metadata = pageMetadata(locale, path, {
      title: t(keys.title ?? 'title'),
      description: t(keys.description ?? 'lead'),
    })
    return keys.robots ? { ...metadata, robots: keys.robots } : metadata
  }
}
