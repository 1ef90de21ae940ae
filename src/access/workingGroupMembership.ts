import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { privateField } from './privateField'
import { publicWhere } from './publicWhere'
import { hasRole } from './roles'

type ID = number | string
export type Membership = { member: ID[]; coordinator: ID[]; people: ID[] }

const idOf = (value: unknown): ID | undefined =>
  value && typeof value === 'object' ? (value as { id: ID }).id : (value as ID | undefined)
const same = (a: unknown, b: unknown) => a != null && b != null && String(idOf(a)) === String(idOf(b))

/**
 * The working groups the request's user belongs to (as member or coordinator; a coordinator
 * is a member too), looked up once per request. A system query that only ever returns the
 * caller's own groups.
 */
export async function groupMembership(req: Pick<PayloadRequest, 'user' | 'payload' | 'context'>): Promise<Membership> {
  const user = req.user
  if (!user) return { member: [], coordinator: [], people: [] }
  const cached = req.context.groupMembership as Membership | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'working-groups',
    where: { or: [{ members: { in: [user.id] } }, { coordinators: { in: [user.id] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const membership: Membership = {
    member: docs.map((group) => group.id),
    coordinator: docs
      .filter((group) => (group.coordinators ?? []).some((coordinator) => same(coordinator, user.id)))
      .map((group) => group.id),
    // everyone who shares a group with the user
    people: [
      ...new Set(docs.flatMap((group) => [...(group.members ?? []), ...(group.coordinators ?? [])]).map((person) => idOf(person)!)),
    ],
  }
  req.context.groupMembership = membership
  return membership
}

export const isStaff = (req: Pick<PayloadRequest, 'user'>) => hasRole(req.user, 'admin', 'editor')

/** Whether the user may read the group's private content: its members, coordinators and staff. */
export async function isGroupMember(req: Pick<PayloadRequest, 'user' | 'payload' | 'context'>, group: unknown) {
  if (isStaff(req)) return true
  return (await groupMembership(req)).member.some((id) => same(id, group))
}

/** Whether the user runs the group: its coordinators and staff. */
export async function coordinatesGroup(req: Pick<PayloadRequest, 'user' | 'payload' | 'context'>, group: unknown) {
  if (isStaff(req)) return true
  return (await groupMembership(req)).coordinator.some((id) => same(id, group))
}

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

export const memberOfAnyGroup: Access = async ({ req }) => isStaff(req) || (await groupMembership(req)).member.length > 0

/**
 * Meetings of publicly listed groups are readable by anyone, but only their date and public
 * agenda items: field access on the minutes' fields carries this (`meetingMinutes.ts`).
 */
export const readableMeetings: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const { member } = await groupMembership(req)
  // looked up once per request, like the membership
  const listed = (req.context.listedGroups as ID[] | undefined) ??
    (req.context.listedGroups = (
      await req.payload.find({
        collection: 'working-groups',
        where: publicWhere['working-groups'],
        depth: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
        req,
      })
    ).docs.map((group) => group.id))
  const visible = [...new Set([...member, ...(listed as ID[])])]
  return visible.length > 0 ? { workingGroup: { in: visible } } : false
}

/** Field access for what only the group sees, its group read from the document itself. */
export const groupMembersOnly = (groupOf: (doc: Record<string, unknown>) => unknown): FieldAccess =>
  privateField(({ req, doc }) => isGroupMember(req, groupOf(doc)))

/**
 * A request for a system read of whole meetings inside a hook: a copy, because the local API
 * writes its options (context, locale) onto the request it is given, and the operation under
 * way must keep its own.
 */
export const systemRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, context: { ...req.context } }) as PayloadRequest

export const sameId = same
export const idFrom = idOf

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

/**
 * Accounts: staff see all; a member also sees the people they share a working group with
 * (name and e-mail, for the group's contact list); everyone sees themselves.
 */
export const readableUsers: Access = async ({ req }) => {
  if (isStaff(req)) return true
  if (!req.user) return false
  const { people } = await groupMembership(req)
  return { id: { in: [...new Set([req.user.id, ...people])] } }
}

/** An account's own settings and roles: only its holder and staff. */
export const selfOrStaff: FieldAccess = ({ req, doc }) => isStaff(req) || Boolean(req.user && doc && same(doc.id, req.user.id))
