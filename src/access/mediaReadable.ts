import type { Access, Where } from 'payload'

import { privateField } from './privateField'
import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'
import { sameId } from '@/utilities/ids'

/**
 * Images are read (list, by id, populated, GraphQL, the file URL itself) by staff, by whoever
 * uploaded them, by the representatives of an organisation whose records use them, and by
 * everyone once a public record shows them. What that decides from is kept on the image by
 * `refreshMediaUse`, so one `where` answers every query shape.
 */
export const mediaReadable: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const visible: Where[] = [{ publicUse: { equals: true } }]
  if (req.user) visible.push({ uploadedBy: { equals: req.user.id } })
  const own = await representedOrganisationIds(req)
  if (own.length > 0) visible.push({ usedBy: { in: own } })
  return visible.length === 1 ? visible[0] : { or: visible }
}

/** Who uploaded an image: staff and the uploader; a filter on it would tell who uploaded what. */
export const uploaderReadable = privateField(({ req, doc }) => sameId(doc.uploadedBy, req.user?.id))
