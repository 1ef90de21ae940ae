import type { Payload, PayloadRequest } from 'payload'

import { refreshSearchText, type SearchedCollection, searchedPaths } from './searchText'

export const searchedCollections = Object.keys(searchedPaths) as SearchedCollection[]

/**
 * Fills `searchText` on documents that have none (saved before the search existed) — cheap
 * enough for every seed run. `all` rebuilds every document's index, once, from a migration.
 */
export async function reindexSearch(
  payload: Payload,
  {
    all = false,
    collections = searchedCollections,
    req,
  }: { all?: boolean; collections?: SearchedCollection[]; req?: PayloadRequest } = {},
): Promise<number> {
  let updated = 0
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      ...(all ? {} : { where: { searchText: { exists: false } } }),
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      if (await refreshSearchText(payload, collection, doc.id, req)) updated += 1
    }
  }
  return updated
}
