import { negotiateLocale } from '@/i18n/negotiate'
import { getT } from '@/i18n/server'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const isMultipart = (type: string) => type.toLowerCase().startsWith('multipart/form-data')

/**
 * Payload's body parser answers a multipart body that does not parse (no boundary, no closing
 * delimiter) with a 500. Such a request is the client's fault: it gets a 400 with a message in
 * its language, and Payload only ever sees well-formed multipart.
 */
export function rejectMalformedMultipart(handler: Handler): Handler {
  return async (request, context) => {
    const type = request.headers.get('content-type') ?? ''
    if (!isMultipart(type)) return handler(request, context)
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    const body = new Uint8Array(await request.arrayBuffer())
    const text = new TextDecoder('latin1').decode(body.subarray(0, Math.min(body.length, 200 + (boundary?.length ?? 0))))
    const tail = new TextDecoder('latin1').decode(body.subarray(Math.max(0, body.length - 200)))
    const wellFormed = Boolean(boundary) && text.startsWith(`--${boundary}`) && tail.includes(`--${boundary}--`)
    if (!wellFormed) {
      const locale = negotiateLocale(request.headers.get('accept-language')) ?? 'sk'
      return Response.json({ errors: [{ message: getT(locale, 'admin')('upload.malformed') }] }, { status: 400 })
    }
    return handler(new Request(request, { body }), context)
  }
}
