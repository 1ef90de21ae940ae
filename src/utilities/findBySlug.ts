import type {
  CollectionSlug,
  PopulateType,
  TransformCollectionWithSelect,
  SelectType,
  TypedCollectionSelect,
  Where,
} from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/utilities/payload'

export type SlugQuery<TSelect extends SelectType = SelectType> = {
  depth?: number
  select?: TSelect
  populate?: PopulateType
  /** Conditions on top of the slug and the collection's read access (e.g. published only). */
  where?: Where
}

const plausibleSlug = /^[\w-]{1,200}$/

/**
 * One document by its slug (slugs are not localized), read in a language with the reader's
 * rights. React `cache()` makes generateMetadata and the page share one lookup per request when
 * they pass the same arguments: keep each page's query object at module level, as cache compares
 * objects by identity.
 */
export const findBySlug = cache(
  async <TSlug extends CollectionSlug, TSelect extends SelectType = SelectType>(
    collection: TSlug,
    slug: string,
    locale: Locale,
    user: User | null,
    query: SlugQuery<TSelect> = {},
  ): Promise<TransformCollectionWithSelect<TSlug, TSelect> | undefined> => {
    if (!plausibleSlug.test(slug)) return undefined
    const payload = await getPayloadClient()
    const bySlug: Where = { slug: { equals: slug } }
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      overrideAccess: false,
      user,
      locale,
      where: query.where ? { and: [bySlug, query.where] } : bySlug,
      limit: 1,
      pagination: false,
      depth: query.depth ?? 0,
      select: query.select as TypedCollectionSelect[CollectionSlug] | undefined,
      populate: query.populate,
    })
    // the union over every collection is too wide for TypeScript: name the one asked for
    return docs[0] as TransformCollectionWithSelect<TSlug, TSelect> | undefined
  },
)
