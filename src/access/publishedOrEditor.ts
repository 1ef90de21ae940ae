import type { Access } from 'payload'

import { hasRole } from './roles'

/** The public sees published records only; editors and admins see every status. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { status: { equals: 'published' } }
}
