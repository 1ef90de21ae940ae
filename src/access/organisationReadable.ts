import type { Access, Where } from 'payload'

import { publicWhere } from './publicWhere'
import { hasRole } from './roles'

/** Published organisations for everyone; their own too for representatives; all for editors. */
export const organisationReadable: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const published: Where = publicWhere.organisations
  if (user && hasRole(user, 'ngo')) {
    return { or: [published, { representatives: { equals: user.id } }] }
  }
  return published
}
