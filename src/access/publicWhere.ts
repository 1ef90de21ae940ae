import type { CollectionSlug, Where } from 'payload'

import { publicEventStatuses } from '@/events/constants'

export type PublicCollection = Extract<
  CollectionSlug,
  'centres' | 'organisations' | 'events' | 'case-studies' | 'strategies' | 'working-groups'
>

/**
 * What the public may read of each collection that has public documents: one definition used
 * by the collection's read access, the sitemap, the search and the directory index, so that
 * "public" cannot mean two things.
 */
export const publicWhere: Record<PublicCollection, Where> = {
  centres: { status: { equals: 'published' } },
  organisations: { status: { equals: 'published' } },
  events: { status: { in: [...publicEventStatuses] } },
  'case-studies': { _status: { equals: 'published' } },
  // a plan is public once an editor put it in force, and only while its organisation is approved
  strategies: {
    and: [
      { status: { in: ['in-force', 'completed'] } },
      { 'organisation.status': { equals: 'published' } },
    ],
  },
  'working-groups': { listedPublicly: { equals: true } },
}
