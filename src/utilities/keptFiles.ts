import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

/**
 * Large derived files (the open data) kept on disk instead of in memory: at 50,000 centres one
 * language's centres.json is 70 MB, and the sixteen files (four formats in four languages)
 * would take more than the server's whole memory budget. When to make a file again is still
 * derivedCache's business; this only holds what it made.
 */
export type KeptFile = { file: string }

let directory: string | undefined
// the file kept under each key and when its making began, per Payload instance (the tests run
// several databases in one process)
const kept = new WeakMap<object, Map<string, { file: string; order: number }>>()
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

const removeLater = (file: string) =>
  setTimeout(() => fs.promises.rm(file, { force: true }), REPLACED_KEPT_MS).unref()

/**
 * Makes the file `owner` (a Payload instance) keeps under `key` and writes it to the disk. Of
 * two makings that overlap (a change during a long one), the one begun later is kept, whichever
 * ends first.
 */
export async function keepFile(
  owner: object,
  key: string,
  make: () => Promise<string | Uint8Array>,
): Promise<KeptFile> {
  const order = (began += 1)
  const body = await make()
  const name = `${key.replace(/[^\w.-]+/g, '_')}-${order}`
  const file = path.join(keptDirectory(), name)
  await fs.promises.writeFile(file, body)
  let current = kept.get(owner)
  if (!current) kept.set(owner, (current = new Map()))
  const previous = current.get(key)
  if (previous && previous.order > order) removeLater(file)
  else {
    current.set(key, { file, order })
    if (previous) removeLater(previous.file)
  }
  return { file }
}

/** The kept file as a response body, streamed from the disk. */
export function keptFileResponse(kept: KeptFile, headers: Record<string, string>): Response {
  const stream = Readable.toWeb(fs.createReadStream(kept.file)) as ReadableStream<Uint8Array>
  return new Response(stream, { headers })
}
