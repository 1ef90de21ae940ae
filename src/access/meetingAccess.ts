import type { Access, Where } from 'payload'

import type { ID } from '@/utilities/ids'

import { groupMembership } from './groupMembership'
import { perRequest } from './perRequest'
import { publicWhere } from './publicWhere'
import { isStaff } from './roles'

/**
 * Meetings of publicly listed groups are readable by anyone, but only their date and public
 * agenda items: field access on the minutes' fields carries this (`meetingMinutes.ts`).
 */
export const readableMeetings: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const { member } = await groupMembership(req)
  const listed = await perRequest(req, 'listedGroups', async () =>
    (
      await req.payload.find({
        collection: 'working-groups',
        where: publicWhere['working-groups'],
        depth: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
        req,
      })
    ).docs.map((group): ID => group.id),
  )
  const visible = [...new Set([...member, ...listed])]
  return visible.length > 0 ? { workingGroup: { in: visible } } : false
}

/**
 * Every version of a meeting stays readable to its group: coordinators see each saved state,
 * members the approved ones (drafts of the minutes are the coordinators' until review).
 */
export const readableMeetingVersions: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const { member, coordinator } = await groupMembership(req)
  if (member.length === 0) return false
  const where: Where = {
    or: [
      { 'version.workingGroup': { in: coordinator.length > 0 ? coordinator : [-1] } },
      {
        and: [
          { 'version.workingGroup': { in: member } },
          { 'version.status': { in: ['minutes-review', 'minutes-approved'] } },
        ],
      },
    ],
  }
  return where
}
