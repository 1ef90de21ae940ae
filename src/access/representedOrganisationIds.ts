import type { PayloadRequest } from 'payload'

import { perRequest } from './perRequest'
import { hasRole } from './roles'

type ID = number | string

/**
 * The organisations the request's user represents (role `ngo`), looked up once per request.
 * The lookup itself is a system query: it only ever returns the caller's own organisations.
 */
export async function representedOrganisationIds(req: PayloadRequest): Promise<ID[]> {
  const user = req.user
  if (!user || !hasRole(user, 'ngo')) return []
  return perRequest(req, 'representedOrganisationIds', async () => {
    const { docs } = await req.payload.find({
      collection: 'organisations',
      where: { representatives: { equals: user.id } },
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    return docs.map((doc): ID => doc.id)
  })
}
