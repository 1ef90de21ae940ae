import type { PayloadRequest } from 'payload'

/**
 * A request for a system read inside a hook: a copy, because the local API writes its options
 * (context, locale) onto the request it is given, and the operation under way must keep its own.
 */
export const systemRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, context: { ...req.context } }) as PayloadRequest
