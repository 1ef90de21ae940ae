import type { Payload } from 'payload'

import { groupMembership } from '@/access/groupMembership'
import { byId, type ID, idFrom, sameId } from '@/utilities/ids'
import type { Locale } from '@/i18n/locales'
import { type Material, type Meeting, type User, type WorkingGroup } from '@/payload-types'
import { isOverdue } from '@/workingGroups/actionItems'

export async function myGroups(payload: Payload, user: User, locale: Locale) {
  // membership fields cannot be queried with the user's rights: their own groups come by id
  const { member } = await groupMembership({ user, payload, context: {} })
  if (member.length === 0) return []
  const { docs } = await payload.find({
    collection: 'working-groups',
    where: { id: { in: member } },
    sort: 'name',
    depth: 0,
    pagination: false,
    locale,
    overrideAccess: false,
    user,
  })
  return docs
}

/** A person's name from a relationship to users: populated (depth ≥ 1), or null when it is not. */
export const nameOf = (user: unknown) =>
  user && typeof user === 'object' ? ((user as User).name ?? null) : null

export const isCoordinatorOf = (group: WorkingGroup, user: User | null) =>
  Boolean(user && (group.coordinators ?? []).some((coordinator) => sameId(coordinator, user.id)))

/** Meetings of the given groups, as the user may see them, soonest or latest first. */
export async function meetingsOf(
  payload: Payload,
  user: User | null,
  groupIds: ID[],
  {
    from,
    until,
    status,
    sort = 'startsAt',
    limit = 100,
  }: {
    from?: Date
    until?: Date
    status?: Meeting['status'][]
    sort?: string
    limit?: number
  } = {},
) {
  if (groupIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { workingGroup: { in: groupIds } },
        ...(from ? [{ startsAt: { greater_than_equal: from.toISOString() } }] : []),
        ...(until ? [{ startsAt: { less_than: until.toISOString() } }] : []),
        ...(status ? [{ status: { in: status } }] : []),
      ],
    },
    sort,
    limit,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs
}

export type OpenAction = {
  meeting: Meeting
  item: NonNullable<Meeting['actionItems']>[number]
  owner: string | null
  overdue: boolean
}

/** The user's action items not yet done (or a group's, given `groupIds`), earliest due first, with their owners' names. */
export async function openActionsOf(
  payload: Payload,
  user: User,
  groupIds?: ID[],
): Promise<OpenAction[]> {
  // action items cannot be queried with a member's rights (field access needs the meeting), so
  // the user's groups' meetings are read and their items filtered here
  const groups = groupIds ?? (await groupMembership({ user, payload, context: {} })).member
  if (groups.length === 0) return []
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { workingGroup: { in: groups } },
    sort: '-startsAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const open = docs.flatMap((meeting) =>
    (meeting.actionItems ?? [])
      .filter((item) => item.status !== 'done' && (groupIds || sameId(item.assignee, user.id)))
      .map((item) => ({ meeting, item })),
  )
  const names = await namesOf(
    payload,
    user,
    open.map(({ item }) => item.assignee),
  )
  const now = new Date()
  return open
    .map(({ meeting, item }) => ({
      meeting,
      item,
      owner:
        (item.assignee != null ? names.get(String(idFrom(item.assignee))) : null) ||
        item.assigneeName ||
        null,
      overdue: isOverdue(item, now),
    }))
    .sort((a, b) => (a.item.dueDate ?? '9999').localeCompare(b.item.dueDate ?? '9999'))
}

/** People's names by id, as the user may read them (those who share a group with them). */
export async function namesOf(
  payload: Payload,
  user: User,
  ids: unknown[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => id != null).map((id) => String(idFrom(id))))]
  const names = new Map<string, string>()
  if (wanted.length === 0) return names
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  for (const person of docs) names.set(String(person.id), person.name ?? '')
  return names
}

/** A group's materials as shown: the newest version of each, with its earlier versions newest first. */
export function materialVersions(materials: Material[]) {
  const replaced = new Set(
    materials
      .map((material) => material.replaces)
      .filter((id) => id != null)
      .map((id) => String(idFrom(id))),
  )
  const materialById = byId(materials)
  return materials
    .filter((material) => !replaced.has(String(material.id)))
    .map((material) => {
      const earlier: Material[] = []
      const seen = new Set([String(material.id)])
      let next =
        material.replaces != null ? materialById.get(String(idFrom(material.replaces))) : undefined
      while (next && !seen.has(String(next.id))) {
        seen.add(String(next.id))
        earlier.push(next)
        next = next.replaces != null ? materialById.get(String(idFrom(next.replaces))) : undefined
      }
      return { material, earlier }
    })
}
