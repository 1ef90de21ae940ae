import { headers } from 'next/headers'

import type { User } from '@/payload-types'
import { getPayloadClient } from '@/utilities/payload'

/** The page's Payload and the signed-in user, if any (from the request's session cookie). */
export async function session() {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user: (user as User | null) ?? null }
}
