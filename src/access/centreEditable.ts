import type { Access } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'

/** Editors change every centre; a representative only their organisations' centres. */
export const centreEditable: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  if (own.length === 0) return false
  return { organisation: { in: own } }
}
