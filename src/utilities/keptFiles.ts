import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { acceptsGzip, GZIP_FILE_HEADER } from '@/cache/compression'

/**
 * Large derived files (the open data) kept on disk instead of in memory: at 50,000 centres one
 * language's centres.json is 70 MB, and the sixteen files (four formats in four languages)
 * would take more than the server's whole memory budget. When to make a file again is still
 * derivedCache's business; this only holds what it made.
 */
export type KeptFile = {
  file: string
  /** the same, gzip-compressed once (`keepFile`'s `gzip`), for readers who accept it */
  gzipped?: string
}

let directory: string | undefined
// the file kept under each key and when its making began, per Payload instance (the tests run
// several databases in one process)
const kept = new WeakMap<object, Map<string, KeptFile & { order: number }>>()
let began = 0
// a replaced file stays this long for readers who were handed it just before (an open stream
// keeps its data anyway)
const REPLACED_KEPT_MS = 60_000

function keptDirectory() {
  if (!directory) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-kept-'))
    process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }))
    directory = made
  }
  return directory
}

const removeLater = ({ file, gzipped }: KeptFile) =>
  setTimeout(
    () =>
      Promise.all(
        [file, gzipped].flatMap((one) => (one ? [fs.promises.rm(one, { force: true })] : [])),
      ),
    REPLACED_KEPT_MS,
  ).unref()

/**
 * Makes the file `owner` (a Payload instance) keeps under `key` and writes it to the disk. Of
 * two makings that overlap (a change during a long one), the one begun later is kept, whichever
 * ends first. With `gzip`, a compressed copy is written beside it, once: Next compresses no
 * route handler's answer, and compressing 24–70 MB per download would cost the server half a
 * second each (src/cache/compression.js).
 */
export async function keepFile(
  owner: object,
  key: string,
  make: () => Promise<string | Uint8Array>,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<KeptFile> {
  const order = (began += 1)
  const body = await make()
  const name = `${key.replace(/[^\w.-]+/g, '_')}-${order}`
  const file = path.join(keptDirectory(), name)
  await fs.promises.writeFile(file, body)
  const made: KeptFile = { file }
  if (gzip) {
    made.gzipped = `${file}.gz`
    // streamed from the file just written: the body may be gone from memory meanwhile, and one
    // thread of libuv is not held for seconds
    await pipeline(
      fs.createReadStream(file),
      zlib.createGzip({ level: 6 }),
      fs.createWriteStream(made.gzipped),
    )
  }
  let current = kept.get(owner)
  if (!current) kept.set(owner, (current = new Map()))
  const previous = current.get(key)
  if (previous && previous.order > order) removeLater(made)
  else {
    current.set(key, { ...made, order })
    if (previous) removeLater(previous)
  }
  return made
}

/**
 * The kept file as a response body, streamed from the disk: its gzip copy for a `request` that
 * accepts gzip, marked for scripts/server.mjs to say so (Next drops a route handler's own
 * `Content-Encoding`) and `no-transform`, so that no later layer compresses it again.
 */
export function keptFileResponse(
  kept: KeptFile,
  headers: Record<string, string>,
  request?: Request,
): Response {
  const gzipped = kept.gzipped && acceptsGzip(request?.headers.get('accept-encoding'))
  const stream = Readable.toWeb(
    fs.createReadStream(gzipped ? kept.gzipped! : kept.file),
  ) as ReadableStream<Uint8Array>
  // either answer depends on what the reader accepts: a shared cache must know, for both
  if (kept.gzipped) headers = { ...headers, Vary: 'Accept-Encoding' }
  if (!gzipped) return new Response(stream, { headers })
  const cacheControl = headers['Cache-Control']
  return new Response(stream, {
    headers: {
      ...headers,
      'Cache-Control': cacheControl ? `${cacheControl}, no-transform` : 'no-transform',
      [GZIP_FILE_HEADER]: 'gzip',
    },
  })
}
