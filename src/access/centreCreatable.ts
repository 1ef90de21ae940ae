import type { Access } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'

/** Editors add centres anywhere; a representative only to an organisation they represent. */
export const centreCreatable: Access = async ({ data, req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  // without data (e.g. the admin asking whether to show "Create") any own organisation will do
  if (!data) return own.length > 0
  const target =
    data.organisation && typeof data.organisation === 'object'
      ? data.organisation.id
      : data.organisation
  return own.some((id) => String(id) === String(target))
}
