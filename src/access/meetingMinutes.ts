import { type MeetingStatus, minutesVisibleToMembers } from '@/workingGroups/constants'

import { privateField } from './privateField'
import { coordinatesGroup, isGroupMember } from '@/access/groupMembership'

/*
 * What a meeting shows beyond its group is its date and the agenda items marked public (with
 * their minutes once approved). Members read the minutes from review on; while they are drafted
 * they are the coordinators'. Each rule reads only the meeting (`workingGroup`, `status`, always
 * selected) and the agenda row (`public`), so a `select`, a populate or GraphQL cannot go around it.
 */

/** The group's own fields (invitation, online link, attendance, guests, action items). */
export const meetingMembersOnly = privateField(({ req, doc }) =>
  isGroupMember(req, doc.workingGroup),
)

/** An agenda item's title, presenter and materials: public items for everyone, all for the group. */
export const agendaItemReadable = privateField(
  async ({ req, doc, siblingData }) =>
    siblingData.public === true || isGroupMember(req, doc.workingGroup),
)

/** An agenda item's discussion and decision: the minutes, as far as the meeting's status allows. */
export const minutesReadable = privateField(async ({ req, doc, siblingData }) => {
  if (await coordinatesGroup(req, doc.workingGroup)) return true
  const status = doc.status as MeetingStatus
  if (minutesVisibleToMembers.includes(status) && (await isGroupMember(req, doc.workingGroup)))
    return true
  return siblingData.public === true && status === 'minutes-approved'
})
