import { Forbidden, type Payload } from 'payload'

import { coordinatesGroup } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import type { Meeting, User } from '@/payload-types'

import { actionItemStatuses } from './constants'

type ActionStatus = (typeof actionItemStatuses)[number]

/**
 * Progress on an action item is reported by its assignee (or a coordinator), who need not be
 * able to edit the meeting itself: the permission is checked here, then the meeting is saved
 * as the system. Progress is not part of the approved record, so no amendment reason is needed.
 */
export async function setActionItemStatus(
  payload: Payload,
  { meetingId, itemId, status, user }: { meetingId: number | string; itemId: string; status: string; user: User | null },
): Promise<Meeting> {
  if (!user || !actionItemStatuses.includes(status as ActionStatus)) throw new Forbidden()
  const meeting = await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0, overrideAccess: true })
  const item = (meeting.actionItems ?? []).find((candidate) => candidate.id === itemId)
  const req = { user, payload, context: {} }
  if (!item || !(sameId(item.assignee, user.id) || (await coordinatesGroup(req as never, meeting.workingGroup)))) {
    throw new Forbidden()
  }
  return payload.update({
    collection: 'meetings',
    id: meeting.id,
    data: {
      actionItems: (meeting.actionItems ?? []).map((candidate) =>
        candidate.id === itemId ? { ...candidate, status: status as ActionStatus } : { ...candidate, assignee: idFrom(candidate.assignee) as number },
      ),
    },
    depth: 0,
    overrideAccess: true,
      })
}
