import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { publicWhere, type PublicCollection } from '@/access/publicWhere'
import { idFrom } from '@/utilities/ids'

type ID = number | string
type Doc = Record<string, unknown>

/** Where images are used: the field, and the organisation whose representatives edit the record. */
const mediaUses: {
  collection: PublicCollection & CollectionSlug
  field: string
  owner: (doc: Doc) => unknown
}[] = [
  { collection: 'centres', field: 'photos', owner: (doc) => doc.organisation },
  { collection: 'organisations', field: 'logo', owner: (doc) => doc.id },
  { collection: 'case-studies', field: 'photos', owner: (doc) => doc.organisation },
]

const refsIn = (doc: Doc | undefined, field: string): ID[] => {
  const value = doc?.[field]
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.map((entry) => idFrom(entry) as ID | undefined).filter((id): id is ID => id != null)
}

/**
 * Recomputes, for each image, what its read access decides from (kept on the image itself, as
 * the README's privacy rules want): `publicUse` — a public record shows it — and `usedBy` — the
 * organisations whose records (in any state, drafts too) use it, whose representatives may see it.
 */
export async function refreshMediaUse(req: PayloadRequest, mediaIds: ID[]): Promise<void> {
  const unique = new Map(mediaIds.map((id) => [String(id), id]))
  const ids = [...unique.values()]
  if (ids.length === 0) return
  const publicIds = new Set<string>()
  // keyed by the id as text, holding the adapter's own id (a number on SQLite, a string on MongoDB)
  const owners = new Map<string, Map<string, ID>>(ids.map((id) => [String(id), new Map()]))
  for (const { collection, field, owner } of mediaUses) {
    const using: Where = { [field]: { in: ids } }
    const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
    const read = (where: Where, draft: boolean) =>
      req.payload.find({
        collection,
        where,
        draft,
        depth: 0,
        pagination: false,
        select: { [field]: true, organisation: true } as never,
        overrideAccess: true,
        req,
      })
    const [published, stored, latest] = await Promise.all([
      read({ and: [publicWhere[collection], using] }, false),
      read(using, false),
      drafts ? read(using, true) : Promise.resolve({ docs: [] }),
    ])
    for (const doc of published.docs as Doc[])
      for (const id of refsIn(doc, field)) publicIds.add(String(id))
    for (const doc of [...stored.docs, ...latest.docs] as Doc[]) {
      const organisation = idFrom(owner(doc))
      for (const id of refsIn(doc, field)) {
        if (organisation != null)
          owners.get(String(id))?.set(String(organisation), organisation as ID)
      }
    }
  }
  for (const id of ids) {
    await req.payload
      .update({
        collection: 'media',
        id,
        data: {
          publicUse: publicIds.has(String(id)),
          // the generated types know SQLite's numeric ids; MongoDB's are strings
          usedBy: [...(owners.get(String(id))?.values() ?? [])] as number[],
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      // an image deleted meanwhile has nothing left to keep in step
      .catch((error: { status?: number }) => {
        if (error?.status !== 404) throw error
      })
  }
}

/** After a record is saved: its images, before and after, may have changed their use. */
export const trackMediaUse =
  (field: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshMediaUse(req, [...refsIn(doc, field), ...refsIn(previousDoc, field)])
    return doc
  }

/** After a record is deleted: its images may no longer be public or its organisation's. */
export const untrackMediaUse =
  (field: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshMediaUse(req, refsIn(doc, field))
    return doc
  }

/** Every image in use by any record, for a migration filling the fields in once. */
export async function refreshAllMediaUse(req: PayloadRequest): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'media',
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const ids = docs.map((doc) => doc.id)
  for (let start = 0; start < ids.length; start += 200)
    await refreshMediaUse(req, ids.slice(start, start + 200))
}
