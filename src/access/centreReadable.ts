import type { Access, Where } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'

/** Published centres for everyone; their organisations' centres too for representatives. */
export const centreReadable: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const published: Where = { status: { equals: 'published' } }
  const own = await representedOrganisationIds(req)
  if (own.length === 0) return published
  return { or: [published, { organisation: { in: own } }] }
}
