import { notFound } from 'next/navigation'

import { isLocale, type Locale } from './locales'

/**
 * A page's route parameters with its language typed: the `[locale]` segment is only ever one of
 * the four (the layout answers any other with a 404), so pages and their metadata read it here
 * instead of each checking it again.
 */
export async function routeParams<Params extends { locale: string }>(
  params: Promise<Params>,
): Promise<Omit<Params, 'locale'> & { locale: Locale }> {
  const resolved = await params
  if (!isLocale(resolved.locale)) notFound()
  return resolved as Omit<Params, 'locale'> & { locale: Locale }
}

/** The query of a page's URL, as Next hands it to the page. */
export type SearchParams = Record<string, string | string[] | undefined>

/** The props Next passes to a page under `[locale]`; `Params` adds the page's own segments. */
export type LocalePageProps<Params extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & Params>
  searchParams: Promise<SearchParams>
}
