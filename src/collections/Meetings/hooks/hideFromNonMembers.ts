import type { CollectionAfterReadHook } from 'payload'

import { coordinatesGroup, isGroupMember } from '@/access/workingGroupMembership'
import type { Meeting } from '@/payload-types'
import { type MeetingStatus, minutesVisibleToMembers } from '@/workingGroups/constants'

/**
 * What a meeting shows beyond its group is its date and the agenda items marked public (with
 * their minutes once approved); members read the minutes from review on, while drafting they
 * are the coordinators'. Private fields are hidden by field access; rows need this hook.
 */
export const hideFromNonMembers: CollectionAfterReadHook<Meeting> = async ({ doc, req }) => {
  if (!doc?.workingGroup || req.context.skipMeetingVisibility) return doc
  if (await coordinatesGroup(req, doc.workingGroup)) return doc
  const member = await isGroupMember(req, doc.workingGroup)
  const minutesVisible = minutesVisibleToMembers.includes(doc.status as MeetingStatus)
  const agenda = (doc.agenda ?? [])
    .filter((item) => member || item.public)
    .map((item) => ({
      ...item,
      ...(member ? {} : { materials: [] }),
      ...((member && minutesVisible) || (!member && doc.status === 'minutes-approved')
        ? {}
        : { discussion: null, decision: null }),
    }))
  return { ...doc, agenda }
}
