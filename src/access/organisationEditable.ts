import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors change any organisation; a representative only the ones they represent. */
export const organisationEditable: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'ngo')) return { representatives: { equals: user.id } }
  return false
}
