import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors manage every file; anyone else only the files they uploaded. */
export const uploaderOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user) return false
  return { uploadedBy: { equals: user.id } }
}
