import type { Access, FieldAccess, Where } from 'payload'

import { groupMembership, isGroupMember } from './groupMembership'
import { privateField } from './privateField'
import { publicWhere } from './publicWhere'
import { isStaff } from './roles'

/*
 * Access to working groups and to what belongs to one (meetings, comments, materials), decided
 * from the caller's memberships (`groupMembership`, one lookup per request).
 */

/** Anyone sees the groups listed publicly; members also their own unlisted groups; staff all. */
export const readableWorkingGroups: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const { member } = await groupMembership(req)
  const listed: Where = publicWhere['working-groups']
  return member.length > 0 ? { or: [listed, { id: { in: member } }] } : listed
}

export const coordinatedWorkingGroups: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const { coordinator } = await groupMembership(req)
  return coordinator.length > 0 ? { id: { in: coordinator } } : false
}

/** Documents that belong to a group (its meetings, comments, materials) by their `workingGroup`. */
export const inMemberGroups =
  (path = 'workingGroup'): Access =>
  async ({ req }) => {
    if (isStaff(req)) return true
    const { member } = await groupMembership(req)
    return member.length > 0 ? { [path]: { in: member } } : false
  }

export const inCoordinatedGroups =
  (path = 'workingGroup'): Access =>
  async ({ req }) => {
    if (isStaff(req)) return true
    const { coordinator } = await groupMembership(req)
    return coordinator.length > 0 ? { [path]: { in: coordinator } } : false
  }

/** Coordinators create in their groups (the hook `requireCoordinator` checks which group). */
export const coordinatesAnyGroup: Access = async ({ req }) =>
  isStaff(req) || (await groupMembership(req)).coordinator.length > 0

export const memberOfAnyGroup: Access = async ({ req }) =>
  isStaff(req) || (await groupMembership(req)).member.length > 0

/** A group's file or comment: changed by whoever added it and by the group's coordinators. */
export const ownerOrCoordinator =
  (ownerField: string): Access =>
  async ({ req }) => {
    if (isStaff(req)) return true
    if (!req.user) return false
    const { coordinator } = await groupMembership(req)
    const own: Where = { [ownerField]: { equals: req.user.id } }
    return coordinator.length > 0 ? { or: [own, { workingGroup: { in: coordinator } }] } : own
  }

/** Field access for what only the group sees, its group read from the document itself. */
export const groupMembersOnly = (groupOf: (doc: Record<string, unknown>) => unknown): FieldAccess =>
  privateField(({ req, doc }) => isGroupMember(req, groupOf(doc)))
