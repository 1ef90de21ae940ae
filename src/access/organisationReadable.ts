import type { Access, Where } from 'payload'

import { publicWhere } from './publicWhere'
import { hasRole } from './roles'

/**
 * Published organisations for everyone; their own too for representatives, and the one they
 * asked to represent for claimants; all for editors.
 */
export const organisationReadable: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const published: Where = publicWhere.organisations
  if (user && hasRole(user, 'ngo')) {
    // a claimant awaiting approval sees what they claimed (its name on their centre, not "Untitled")
    return {
      or: [
        published,
        { representatives: { equals: user.id } },
        { pendingRepresentatives: { equals: user.id } },
      ],
    }
  }
  return published
}
