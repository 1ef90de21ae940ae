import { headers } from 'next/headers'
import { createLocalReq, executeAuthStrategies, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { getPayloadClient } from '@/utilities/payload'

/**
 * Who signed the request, if anyone, by Payload's own auth strategies (the session cookie, an
 * API key). `payload.auth` also works out that user's permissions on every collection and
 * field, 3–4 ms of every page even for an anonymous reader; a page needs only the user.
 */
export async function signedInUser(
  payload: Payload,
  requestHeaders: Headers,
): Promise<User | null> {
  const req = await createLocalReq({ req: { headers: requestHeaders } }, payload)
  const { user } = await executeAuthStrategies({ headers: requestHeaders, payload, req })
  return (user as User | null) ?? null
}

/** The page's Payload and the signed-in user, if any (from the request's session cookie). */
export async function session() {
  const payload = await getPayloadClient()
  return { payload, user: await signedInUser(payload, await headers()) }
}
