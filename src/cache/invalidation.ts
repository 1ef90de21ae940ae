import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { invalidate as invalidateDerived } from '@/utilities/derivedCache'

import { redisConfigured } from '@/utilities/redis'

import { holdPages, invalidatePages, releasePages } from './pageCache.js'
import { redisBus } from './redisBus'

/**
 * What one instance tells the others after a change is committed. One instance needs no one
 * to tell (`localBus`); several share Redis pub/sub (`redisBus`, chosen by REDIS_URL).
 */
export type InvalidationMessage = {
  collection: string
  /** the one document changed, when one was (the others update what follows it, not more) */
  id?: number | string
}
export interface InvalidationBus {
  publish(message: InvalidationMessage): void
  /** `listener` hears the other instances' changes; returns the unsubscribe */
  subscribe(listener: (message: InvalidationMessage) => void): () => void
}

/**
 * Set in an operation's `context` when it changes nothing a public page or a derived value
 * shows (a registration's mail status, written by the mail jobs every few seconds).
 */
export const PUBLIC_PAGES_UNCHANGED = 'publicPagesUnchanged'

export const localBus: InvalidationBus = {
  publish: () => undefined,
  subscribe: () => () => undefined,
}

/** The bus the environment names: Redis with REDIS_URL (except while building), else none. */
export function configuredBus(): InvalidationBus {
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  return redisConfigured() && !building ? redisBus() : localBus
}

/**
 * A safety net: a transaction whose end the wrapper below never sees (an adapter that ends it
 * some other way) is announced anyway after this time, as the kept pages here are released at
 * the same moment (pageCache's hold): fresh everywhere within 2 s.
 */
const COMMIT_WAIT_MS = 1_500

type Watch = { bus: InvalidationBus; unsubscribe: () => void }
/** per collection the documents changed, or 'whole' when a change named none */
type Changes = Map<string, Set<number | string> | 'whole'>
type Pending = { payload: Payload; changes: Changes }
// per Payload instance (the tests run several databases in one process), on globalThis for
// the same reason as the caches themselves: Next bundles the admin, the API and the pages apart,
// and each bundle may hold its own Payload instance over one database adapter. Open transactions
// are keyed by their (random) id alone, so whichever instance's wrapper sees the commit ends them.
const shared = globalThis as typeof globalThis & {
  __cacheInvalidation?: WeakMap<Payload, Watch>
  __cachePending?: Map<string, Pending>
}
const watches = (shared.__cacheInvalidation ??= new WeakMap())
const pending = (shared.__cachePending ??= new Map())
const busOf = (payload: Payload) => watches.get(payload)?.bus ?? configuredBus()

/** What changes of `collection` (of its document `id`, if named) make stale, at once here. */
function forget(payload: Payload, collection: string, id?: number | string) {
  invalidateDerived(payload, collection as CollectionSlug, id)
  invalidatePages()
}

/** Past this many documents of one collection in one transaction, one message says "all of them". */
const IDS_PER_TRANSACTION = 1_000

function record(changes: Changes, collection: string, id?: number | string) {
  const known = changes.get(collection)
  if (known === 'whole') return
  if (id === undefined || (known && known.size >= IDS_PER_TRANSACTION))
    changes.set(collection, 'whole')
  else if (known) known.add(id)
  else changes.set(collection, new Set([id]))
}

/**
 * Sets up invalidation for a Payload instance: messages from the other instances, and the end
 * of each transaction that changed content. Payload's hooks run before the transaction commits;
 * a page rendered between the hook and the commit would read the old data and be kept, so the
 * caches are dropped again when the transaction ends (and nothing is kept meanwhile).
 */
export function watchForChanges(payload: Payload, bus: InvalidationBus = configuredBus()) {
  watches.get(payload)?.unsubscribe()
  const watch: Watch = {
    bus,
    unsubscribe: bus.subscribe(({ collection, id }) => forget(payload, collection, id)),
  }
  watches.set(payload, watch)
  const db = payload.db as unknown as Record<
    'commitTransaction' | 'rollbackTransaction',
    (id: unknown) => Promise<void>
  >
  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = db[method]
    if (typeof original !== 'function' || (original as { watched?: true }).watched) continue
    // Payload has no hook after a commit; the adapter's own method is the one place every
    // transaction ends (operations, services and jobs alike)
    const wrapped = async (incoming: unknown) => {
      try {
        return await original.call(payload.db, incoming)
      } finally {
        transactionEnded(String(await incoming))
      }
    }
    db[method] = Object.assign(wrapped, { watched: true as const })
  }
}

/** What the transaction `id` changed is stale here and is announced to the other instances. */
function transactionEnded(id: string) {
  const ended = pending.get(id)
  if (ended) {
    pending.delete(id)
    for (const [collection, ids] of ended.changes) {
      for (const id of ids === 'whole' ? [undefined] : ids) {
        forget(ended.payload, collection, id)
        busOf(ended.payload).publish(id === undefined ? { collection } : { collection, id })
      }
    }
  }
  releasePages(id)
}

/**
 * A document of `collection` (`id`, when a collection's hooks name it) was created, changed or
 * deleted through `req`: every cache that may show it is dropped before the operation answers,
 * so the next request reads it fresh.
 */
export async function contentChanged(
  req: PayloadRequest,
  collection: string,
  documentId?: number | string,
) {
  const { payload } = req
  if (req.context?.[PUBLIC_PAGES_UNCHANGED]) return
  forget(payload, collection, documentId)
  // Only a string or number names an open transaction. An adapter without transactions
  // (SQLite's default) leaves the promise of null that asked for one on the request, and
  // Payload's dataloader, populating relationships before the hooks run, puts back on the
  // request a JSON copy of that promise — `{}`: no transaction to wait for, the change is written
  const opened = await req.transactionID
  const id = typeof opened === 'string' || typeof opened === 'number' ? String(opened) : undefined
  if (id) {
    const open = pending.get(id)
    if (open) record(open.changes, collection, documentId)
    else {
      const changes: Changes = new Map()
      record(changes, collection, documentId)
      pending.set(id, { payload, changes })
      setTimeout(() => transactionEnded(id), COMMIT_WAIT_MS).unref()
    }
    holdPages(id)
    return
  }
  busOf(payload).publish(documentId === undefined ? { collection } : { collection, id: documentId })
}
