import type { BaseFilter } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'

/**
 * The admin's media library and image pickers for a representative: their own uploads and the
 * images of their organisations' records — not every public photo, which read access allows.
 * Ids, because the fields this decides from are not theirs to filter on.
 */
export const ownMediaFilter: BaseFilter = async ({ req }) => {
  if (!req.user || hasRole(req.user, 'admin', 'editor')) return null
  const own = await representedOrganisationIds(req)
  const { docs } = await req.payload.find({
    collection: 'media',
    where: {
      or: [
        { uploadedBy: { equals: req.user.id } },
        ...(own.length > 0 ? [{ usedBy: { in: own } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.length > 0 ? { id: { in: docs.map((doc) => doc.id) } } : { id: { exists: false } }
}
