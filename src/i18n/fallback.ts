import type { CollectionSlug, Payload } from 'payload'

import { defaultLocale, type Locale, localeTags } from './locales'

/**
 * The language a document's text is actually shown in: the requested one when it has been
 * translated, else the language Payload falls back to (Slovak). Pages mark the text with it
 * (`lang`) and say so, instead of passing Slovak off as English.
 */
export async function contentLanguage(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  locale: Locale,
  field = 'title',
): Promise<Locale> {
  if (locale === defaultLocale) return locale
  const doc = await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false as never,
    depth: 0,
    select: { [field]: true } as never,
    overrideAccess: true,
    disableErrors: true,
  })
  const value = (doc as Record<string, unknown> | null)?.[field]
  const present = typeof value === 'string' ? value.trim() !== '' : value != null
  return present ? locale : defaultLocale
}

/** A language's name in the reader's language ("Slovak", "slovenčina", "szlovák"). */
export const languageName = (reader: Locale, language: Locale) =>
  new Intl.DisplayNames([localeTags[reader]], { type: 'language' }).of(language) ?? language
