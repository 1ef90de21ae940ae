import type { Access, FieldAccess } from 'payload'

import { sameId } from '@/utilities/ids'

import { groupMembership } from './groupMembership'
import { isStaff } from './roles'

/**
 * Accounts: staff see all; a member also sees the people they share a working group with
 * (name and e-mail, for the group's contact list); everyone sees themselves.
 */
export const readableUsers: Access = async ({ req }) => {
  if (isStaff(req)) return true
  if (!req.user) return false
  const { people } = await groupMembership(req)
  return { id: { in: [...new Set([req.user.id, ...people])] } }
}

/** An account's own settings and roles: only its holder and staff. */
export const selfOrStaff: FieldAccess = ({ req, doc }) =>
  isStaff(req) || Boolean(req.user && doc && sameId(doc.id, req.user.id))
