import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import type { Event } from '@/payload-types'

/** A public event by slug in a language (slugs are not localized), for its page and files. */
export const findPublicEvent = cache(
  async (locale: Locale, slug: string): Promise<Event | undefined> => {
    if (!/^[\w-]{1,200}$/.test(slug)) return undefined
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      user: null,
      locale,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      populate: {
        centres: { name: true, slug: true, address: true },
        organisations: { name: true, slug: true, email: true, website: true },
        regions: { name: true, code: true },
        themes: { name: true },
      },
    })
    return docs[0] as Event | undefined
  },
)
