import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors change any organisation; a representative only the ones they represent. */
export const organisationEditable: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'ngo')) return { representatives: { equals: user.id } }
  return false
}

/** The version history of an organisation: editors, and the organisation's representatives. */
export const organisationVersionsReadable: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'ngo')) return { 'version.representatives': { equals: user.id } }
  return false
}
