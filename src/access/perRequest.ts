import type { PayloadRequest } from 'payload'

/**
 * A lookup done once per request, shared by every access function that asks for it. The
 * promise is kept, not its value: Payload runs a request's access functions concurrently (the
 * admin's permissions ask every collection and field at once), and a value stored only after
 * the query returned let each of them start the same query — 24 lookups of a representative's
 * organisations and 15 of their working groups for one admin page.
 */
export function perRequest<T>(
  req: Pick<PayloadRequest, 'context'>,
  key: string,
  lookup: () => Promise<T>,
): Promise<T> {
  const cached = req.context[key] as Promise<T> | undefined
  if (cached) return cached
  const pending = lookup()
  req.context[key] = pending
  // a failed lookup is not kept: the next access function asks again
  pending.catch(() => {
    if (req.context[key] === pending) delete req.context[key]
  })
  return pending
}
