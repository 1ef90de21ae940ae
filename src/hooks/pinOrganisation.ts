import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'

/** A representative cannot move a centre or event to another organisation; only editors can. */
export const pinOrganisation: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc && !hasRole(req.user, 'admin', 'editor')) {
    data.organisation =
      originalDoc.organisation && typeof originalDoc.organisation === 'object'
        ? originalDoc.organisation.id
        : originalDoc.organisation
  }
  return data
}
