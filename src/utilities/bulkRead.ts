import v8 from 'node:v8'
import type { CollectionSlug, Payload } from 'payload'

/*
 * Reading every centre (the directory index at start, each open-data file) goes through Payload
 * page by page: each page's documents are garbage once made into index entries or rows, but
 * they live across the next database call, so V8 promotes them to the old generation and lets
 * it grow to its next limit before collecting. At 10,000 centres that raised the server's peak
 * memory by 120 MB (index) and 180–230 MB (an open-data file) over what it held afterwards.
 * `scripts/server.mjs` exposes V8's collector (as Jest does for --logHeapUsage); between pages a
 * full collection runs once the heap has grown by GROWTH since the last one, which bounds that
 * peak at a few ms per collection. Without the collector (dev server, tests) this does nothing.
 */
const GROWTH = 48 * 2 ** 20

type Collector = () => void

export function pageBoundary(): () => void {
  const gc = (globalThis as { gc?: Collector }).gc
  if (!gc) return () => {}
  let base = v8.getHeapStatistics().used_heap_size
  return () => {
    if (v8.getHeapStatistics().used_heap_size - base < GROWTH) return
    gc()
    base = v8.getHeapStatistics().used_heap_size
  }
}

/**
 * Every document `read` finds, in pages by id (not one find of all, which holds every document
 * Payload builds at once): each page is read after the last id seen, so no page reads the ones
 * before it again, and V8 may collect between pages (`pageBoundary`). `read(after)` returns up
 * to `size` documents sorted by id, those after `after` when it is given.
 */
export async function* pagesById<T extends { id: number | string }>(
  read: (after: number | string | undefined) => Promise<T[]>,
  size: number,
): AsyncGenerator<T[]> {
  const collect = pageBoundary()
  let after: number | string | undefined
  for (;;) {
    const docs = await read(after)
    if (docs.length > 0) yield docs
    collect()
    if (docs.length < size) return
    after = docs[docs.length - 1].id
  }
}

/**
 * Every document of `collection` a visitor may read (the public rule alone decides), with the
 * fields `select` names, in pages by id (`pagesById`).
 */
export function readablePages<T extends { id: number | string }>(
  payload: Payload,
  collection: CollectionSlug,
  select: Record<string, true>,
  size: number,
): AsyncGenerator<T[]> {
  return pagesById(
    async (after) =>
      (
        await payload.find({
          collection,
          overrideAccess: false,
          user: null,
          where: after === undefined ? {} : { id: { greater_than: after } },
          depth: 0,
          sort: 'id',
          limit: size,
          pagination: false,
          select,
        })
      ).docs as unknown as T[],
    size,
  )
}
