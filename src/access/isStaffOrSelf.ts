import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors see every account (editors moderate representatives); others only their own. */
export const isStaffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
