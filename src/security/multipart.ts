import type { CollectionSlug } from 'payload'

import { MAX_DOCUMENT_BYTES } from '@/collections/Documents'
import { MAX_IMAGE_BYTES } from '@/collections/Media'
import { getPayloadClient } from '@/utilities/payload'
import { MAX_MATERIAL_BYTES } from '@/workingGroups/constants'

import { errorResponse, type RestHandler, translatorFor } from './apiErrors'
import { signedInUser } from '@/account/session'

const isMultipart = (type: string) => type.toLowerCase().startsWith('multipart/form-data')

// each upload collection's own limit, as its rejectFilesLargerThan hook holds it; another upload
// collection, and multipart sent to one without files, gets the config's `upload.limits.fileSize`
const fileSizeLimits: Partial<Record<CollectionSlug, number>> = {
  media: MAX_IMAGE_BYTES,
  documents: MAX_DOCUMENT_BYTES,
  materials: MAX_MATERIAL_BYTES,
}
// the part headers, boundaries and the `_payload` JSON of the document's other fields
const MULTIPART_OVERHEAD = 256 * 1024

/** The body, or null as soon as it grows past `max` bytes (a chunked body declares no length). */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * Payload reads a multipart body whole into memory before it checks the login or the file's size,
 * and answers one that does not parse (no boundary, no closing delimiter) with a 500. Here an
 * upload needs a login before a byte is read, the body may not exceed the collection's file limit
 * (by its Content-Length, or counted as it streams in), and only well-formed multipart reaches
 * Payload. Refusals are 401, 413 and 400 with a message in the client's language.
 */
export function guardMultipart(handler: RestHandler): RestHandler {
  return async (request, context) => {
    const type = request.headers.get('content-type') ?? ''
    if (!isMultipart(type)) return handler(request, context)
    const payload = await getPayloadClient()
    const slug = (await context.params).slug?.[0] as CollectionSlug | undefined
    const upload = slug ? Boolean(payload.collections[slug]?.config.upload) : false
    if (upload) {
      const user = await signedInUser(payload, request.headers)
      if (!user) return errorResponse(401, translatorFor(request, 'errors')('api.loginToUpload'))
    }

    const maxFile =
      (upload && slug && fileSizeLimits[slug]) ||
      payload.config.upload.limits?.fileSize ||
      MAX_IMAGE_BYTES
    const tooLarge = () => {
      const max = Math.round(maxFile / 1024 / 1024)
      const message = upload
        ? translatorFor(request, 'admin')('upload.tooLarge', { max })
        : translatorFor(request, 'errors')('api.tooLarge', { max })
      return errorResponse(413, message)
    }
    const maxBody = maxFile + MULTIPART_OVERHEAD
    if (Number(request.headers.get('content-length')) > maxBody) return tooLarge()
    const body = request.body ? await readAtMost(request.body, maxBody) : new Uint8Array()
    if (!body) return tooLarge()

    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    const text = new TextDecoder('latin1').decode(
      body.subarray(0, Math.min(body.length, 200 + (boundary?.length ?? 0))),
    )
    const tail = new TextDecoder('latin1').decode(body.subarray(Math.max(0, body.length - 200)))
    const wellFormed =
      Boolean(boundary) && text.startsWith(`--${boundary}`) && tail.includes(`--${boundary}--`)
    if (!wellFormed) return errorResponse(400, translatorFor(request, 'admin')('upload.malformed'))
    return handler(new Request(request, { body }), context)
  }
}
