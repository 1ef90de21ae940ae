import { privateField } from './privateField'
import { groupMembership } from '@/access/groupMembership'
import { sameId } from '@/utilities/ids'

/**
 * An account's e-mail address: its holder and staff always; a person who shares a working group
 * with the holder only when the holder ticked `showEmailToGroups` (kept on the account, and
 * force-selected, so a `select` that leaves it out reads as "not shared").
 */
export const canReadEmail = privateField(async ({ req, doc }) => {
  if (!req.user) return false
  if (sameId(doc.id, req.user.id)) return true
  if (doc.showEmailToGroups !== true) return false
  return (await groupMembership(req)).people.some((person) => sameId(person, doc.id))
})
