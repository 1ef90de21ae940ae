import type { Payload } from 'payload'

export const searchedCollections = ['centres', 'organisations', 'case-studies', 'events'] as const

/**
 * Fills `searchText` on documents saved before the search existed: re-saving a document runs
 * its index hook. Documents that already have it are left untouched.
 */
export async function reindexSearch(payload: Payload): Promise<number> {
  let updated = 0
  for (const collection of searchedCollections) {
    const { docs } = await payload.find({
      collection,
      where: { searchText: { exists: false } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) {
      await payload.update({ collection, id: doc.id, data: {}, depth: 0, overrideAccess: true, context: { silent: true } })
      updated += 1
    }
  }
  return updated
}
