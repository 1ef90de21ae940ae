import type { PayloadRequest } from 'payload'

import { type ID, idFrom, sameId } from '@/utilities/ids'

import { perRequest } from './perRequest'
import { isStaff } from './roles'

export type Membership = { member: ID[]; coordinator: ID[]; people: ID[] }
type MembershipRequest = Pick<PayloadRequest, 'user' | 'payload' | 'context'>

/**
 * The working groups the request's user belongs to (as member or coordinator; a coordinator
 * is a member too), looked up once per request. A system query that only ever returns the
 * caller's own groups.
 */
export async function groupMembership(req: MembershipRequest): Promise<Membership> {
  const user = req.user
  if (!user) return { member: [], coordinator: [], people: [] }
  return perRequest(req, 'groupMembership', async () => {
    const { docs } = await req.payload.find({
      collection: 'working-groups',
      where: { or: [{ members: { in: [user.id] } }, { coordinators: { in: [user.id] } }] },
      depth: 0,
      pagination: false,
      select: { members: true, coordinators: true },
      overrideAccess: true,
    })
    const membership: Membership = {
      member: docs.map((group) => group.id),
      coordinator: docs
        .filter((group) =>
          (group.coordinators ?? []).some((coordinator) => sameId(coordinator, user.id)),
        )
        .map((group) => group.id),
      // everyone who shares a group with the user
      people: [
        ...new Set(
          docs
            .flatMap((group) => [...(group.members ?? []), ...(group.coordinators ?? [])])
            .map((person) => idFrom(person)!),
        ),
      ],
    }
    return membership
  })
}

/** Whether the user may read the group's private content: its members, coordinators and staff. */
export async function isGroupMember(req: MembershipRequest, group: unknown) {
  if (isStaff(req)) return true
  return (await groupMembership(req)).member.some((id) => sameId(id, group))
}

/** Whether the user runs the group: its coordinators and staff. */
export async function coordinatesGroup(req: MembershipRequest, group: unknown) {
  if (isStaff(req)) return true
  return (await groupMembership(req)).coordinator.some((id) => sameId(id, group))
}
