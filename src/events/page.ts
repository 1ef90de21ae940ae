import type { Locale } from '@/i18n/locales'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'

const eventQuery = {
  depth: 1,
  populate: {
    centres: { name: true, slug: true, address: true },
    organisations: { name: true, slug: true, email: true, website: true },
    regions: { name: true, code: true },
    themes: { name: true },
  },
} satisfies SlugQuery

/** A public event by slug in a language, for its page and files. */
export const findPublicEvent = (locale: Locale, slug: string) =>
  findBySlug('events', slug, locale, null, eventQuery)
