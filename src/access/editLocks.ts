import type {
  Access,
  CollectionAfterReadHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  RelationshipField,
  Where,
} from 'payload'

import { idFrom, sameId } from '@/utilities/ids'

import { perRequest } from './perRequest'
import { privateField } from './privateField'
import { isStaff } from './roles'

type Lock = {
  id?: number | string
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
  user?: { relationTo?: string; value?: unknown } | null
}

/** Whether the request's user may change the document a lock is on (its collection's update rule). */
async function mayEditLocked(req: PayloadRequest, lock: Lock): Promise<boolean> {
  if (!req.user) return false
  const slug = lock.document?.relationTo as CollectionSlug | undefined
  const id = idFrom(lock.document?.value)
  // a global, or a lock without its document: nothing here is more private than the global itself
  if (!slug || id === undefined) return true
  const collection = req.payload.collections[slug]
  const update = collection?.config.access?.update
  if (!collection || !update) return false
  const allowed = await update({ req, id } as never)
  if (typeof allowed === 'boolean') return allowed
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [{ id: { equals: id } }, allowed as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Taking over a lock (or making one) is for those who may edit the document: Payload lets any
 * logged-in user write any lock, so a reader of another group's meeting was offered "take over"
 * and could shut its coordinator out.
 */
const onlyEditors: Access = async ({ req, id, data }) => {
  if (!req.user) return false
  if (data && (data as Lock).document) return mayEditLocked(req, data as Lock)
  if (id === undefined) return true
  const lock = await req.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return mayEditLocked(req, lock as Lock)
}

/**
 * The locks on documents the request's user may change, as one query on the locks: Payload
 * lets any logged-in user read every lock, which told a reader of another group's meeting who
 * was editing it (and a `where` on `user` told anyone who was editing what). A lock is only of
 * use to someone who could edit its document, so the others do not see it at all — which also
 * leaves Payload's edit view working: it cannot draw a lock whose editor it may not see.
 * Decided from the locks there are (the documents open in an editor now, a handful), so an
 * admin page asks about those few documents, not about every document the user may change.
 */
const readableLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaff(req)) return true
  return perRequest(req, 'readableLocks', async (): Promise<Where | false> => {
    const { docs: locks } = await req.payload.find({
      collection: 'payload-locked-documents',
      select: { document: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const locked = new Map<string, (number | string)[]>()
    for (const lock of locks as Lock[]) {
      const slug = lock.document?.relationTo
      const id = idFrom(lock.document?.value)
      if (slug && id !== undefined) locked.set(slug, [...(locked.get(slug) ?? []), id])
    }
    const or: Where[] = []
    for (const [slug, ids] of locked) {
      const update = req.payload.collections[slug as CollectionSlug]?.config.access?.update
      if (!update || slug.startsWith('payload-')) continue
      const allowed = await update({ req } as never)
      if (!allowed) continue
      const onSlug: Where = { 'document.relationTo': { equals: slug } }
      if (allowed === true) {
        or.push(onSlug)
        continue
      }
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: { and: [{ id: { in: ids } }, allowed as Where] },
        select: {},
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length > 0)
        or.push({ and: [onSlug, { 'document.value': { in: docs.map((doc) => doc.id) } }] })
    }
    // none of theirs locked: an empty list, as a reader of locks (not a refusal the admin fails on)
    return or.length > 0 ? { or } : { id: { exists: false } }
  })
}

/**
 * Who holds a lock: its holder, staff, and those who may edit the locked document (a colleague
 * on the same record). As field access, Payload applies it to every shape of query: the value,
 * `select`, `depth`, and `where`/`sort` on `user` (refused to all but staff, since a filter
 * answers yes or no about every lock at once). `document` is force-selected so a `select` of
 * `user` alone is judged on the same data.
 */
const seesTheEditor = privateField(async ({ req, doc }) => {
  const lock = doc as Lock
  if (sameId(lock.user?.value, req.user?.id)) return true
  return mayEditLocked(req, lock)
})

/**
 * What the edit-lock notice shows: Payload prints the locking user's `email` (never their
 * name). Whoever reads a lock may edit its document (`readableLocks`) and sees who holds it
 * (`seesTheEditor`), so the notice names the person.
 */
const nameTheEditor: CollectionAfterReadHook = async ({ doc, req }) => {
  const lock = doc as Lock
  const userID = idFrom(lock.user?.value)
  if (!lock.user || userID === undefined) return doc
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: userID } },
    select: { name: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const name = docs[0]?.name
  return {
    ...doc,
    user: { ...lock.user, value: { id: userID, email: name || String(userID) } },
  }
}

/**
 * Payload adds its edit-lock collection after the config's plugins run, so its rules are set
 * on the running instance, once, at start-up.
 */
export function shapeEditLocks(payload: Payload) {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  locks.access = {
    ...locks.access,
    read: readableLocks,
    create: onlyEditors,
    update: onlyEditors,
    delete: onlyEditors,
  }
  locks.forceSelect = { ...locks.forceSelect, document: true, globalSlug: true }
  // the same field object is in `fields` (reads) and `flattenedFields` (where and sort)
  const user = locks.fields.find(
    (field): field is RelationshipField => field.type === 'relationship' && field.name === 'user',
  )
  if (user) user.access = { ...user.access, read: seesTheEditor }
  locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameTheEditor]
}
