import type { CollectionBeforeChangeHook } from 'payload'

import { emailChangeConfirmed } from '@/account/emailChange'
import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'

/** Where the hook leaves, per account id, the address a save asked for (read by `mailEmailChange`). */
export const emailChangeRequests = 'emailChangeRequests'

/**
 * A new address takes effect only once its mailbox confirms it: anyone but an admin (or the
 * confirmation itself, or the server acting alone) keeps the old address, and the new one waits
 * in `pendingEmail`. Otherwise a user could take someone else's address, and with it whatever is
 * matched by address (that person's event registrations in the data export).
 */
export const holdEmailChange: CollectionBeforeChangeHook<User> = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || !originalDoc || typeof data.email !== 'string') return data
  const wanted = data.email.toLowerCase().trim()
  // every save from the admin sends the address back unchanged
  if (wanted === originalDoc.email) return data
  if (!req.user || hasRole(req.user, 'admin') || context[emailChangeConfirmed])
    return { ...data, pendingEmail: null }
  context[emailChangeRequests] = {
    ...(context[emailChangeRequests] as object),
    [String(originalDoc.id)]: wanted,
  }
  return { ...data, email: originalDoc.email, pendingEmail: wanted }
}
