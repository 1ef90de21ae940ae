import type { Payload } from 'payload'

import { refreshSearchText, type SearchedCollection, searchedPaths } from './searchText'

export const searchedCollections = Object.keys(searchedPaths) as SearchedCollection[]

/** Fills `searchText` on documents saved before the search existed (or before its rules changed). */
export async function reindexSearch(payload: Payload): Promise<number> {
  let updated = 0
  for (const collection of searchedCollections) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: {}, overrideAccess: true })
    for (const doc of docs) {
      if (await refreshSearchText(payload, collection, doc.id)) updated += 1
    }
  }
  return updated
}
