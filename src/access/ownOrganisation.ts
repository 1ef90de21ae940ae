import type { Access, Where } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'
import { idFrom } from '@/utilities/ids'

/*
 * Records that belong to an organisation (centres, events): editors manage them all, an
 * organisation's representatives manage their own, the public reads what is public.
 */

/** Editors create anywhere; a representative only for an organisation they represent. */
export const creatableForOwnOrganisation: Access = async ({ data, req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  const target = idFrom(data?.organisation)
  // without an organisation yet (the admin asking whether to show "Create", or whether its blank
  // create form is editable) any own organisation will do; a record saved without one is
  // refused anyway, the organisation being required
  if (target === undefined) return own.length > 0
  return own.some((id) => String(id) === String(target))
}

/** Editors change every record; a representative only their organisations' records. */
export const editableForOwnOrganisation: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  if (own.length === 0) return false
  return { organisation: { in: own } }
}

/** Public records for everyone; their organisations' records too for representatives. */
export const readablePublicOrOwn =
  (isPublic: Where): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const own = await representedOrganisationIds(req)
    if (own.length === 0) return isPublic
    return { or: [isPublic, { organisation: { in: own } }] }
  }

/** The version history of an organisation's records (fields sit under `version.` there). */
export const versionsOfOwnOrganisation: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  if (own.length === 0) return false
  return { 'version.organisation': { in: own } }
}
