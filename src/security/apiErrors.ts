import { negotiateLocale } from '@/i18n/negotiate'
import type { Namespace } from '@/i18n/resources'
import { getT } from '@/i18n/server'

/** A handler of the catch-all REST route, as Payload's REST_GET and friends return it. */
export type RestHandler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Translator for the client's Accept-Language: an API call has no locale in its path. */
export const translatorFor = (request: Request, ns: Namespace) =>
  getT(negotiateLocale(request.headers.get('accept-language')), ns)

/** An error in the shape Payload answers its own with, so clients parse one format. */
export const errorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
