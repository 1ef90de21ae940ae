import type { CollectionAfterChangeHook } from 'payload'

import { idFrom } from '@/access/workingGroupMembership'
import type { Meeting } from '@/payload-types'
import type { NotificationKind } from '@/workingGroups/constants'
import { notifyGroup } from '@/workingGroups/notify'

/**
 * The members hear of a new upcoming meeting (the invitation, with its agenda and calendar
 * entry), of minutes opened for their comments and of minutes approved.
 */
export const notifyMeetingChange: CollectionAfterChangeHook<Meeting> = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.silent) return doc
  let kind: NotificationKind | null = null
  if (operation === 'create' && doc.status === 'planned' && new Date(doc.startsAt) > new Date()) kind = 'invitation'
  else if (operation === 'update' && previousDoc?.status !== doc.status) {
    if (doc.status === 'minutes-review') kind = 'minutesReview'
    if (doc.status === 'minutes-approved') kind = 'minutesApproved'
  }
  if (kind) await notifyGroup(req.payload, { group: idFrom(doc.workingGroup)!, kind, meeting: doc.id }, req)
  return doc
}
