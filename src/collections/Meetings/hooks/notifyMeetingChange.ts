import type { CollectionAfterChangeHook } from 'payload'

import { idFrom } from '@/utilities/ids'
import type { Meeting } from '@/payload-types'
import type { NotificationKind } from '@/workingGroups/constants'
import { notifyGroup } from '@/workingGroups/notify'

/** What an invitation tells: a change to any of these sends it again, marked as an update. */
const invitationDetails = [
  'startsAt',
  'endsAt',
  'startsAt_tz',
  'venue',
  'onlineUrl',
  'invitation',
] as const

const upcoming = (doc: Meeting) => doc.status === 'planned' && new Date(doc.startsAt) > new Date()

/**
 * The members hear of a new upcoming meeting (the invitation, with its agenda and calendar
 * entry), of changes to its time, place, link or invitation before it takes place, of minutes
 * opened for their comments and of minutes approved. Whoever made the change is not told.
 */
export const notifyMeetingChange: CollectionAfterChangeHook<Meeting> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.silent) return doc
  let kind: NotificationKind | null = null
  if (operation === 'create' && upcoming(doc)) kind = 'invitation'
  else if (operation === 'update' && previousDoc?.status !== doc.status) {
    if (doc.status === 'minutes-review') kind = 'minutesReview'
    if (doc.status === 'minutes-approved') kind = 'minutesApproved'
  } else if (
    operation === 'update' &&
    upcoming(doc) &&
    invitationDetails.some((key) => String(previousDoc?.[key] ?? '') !== String(doc[key] ?? ''))
  ) {
    kind = 'invitation'
  }
  if (kind)
    await notifyGroup(
      req.payload,
      { group: idFrom(doc.workingGroup)!, kind, meeting: doc.id, actor: req.user?.id },
      req,
    )
  return doc
}
