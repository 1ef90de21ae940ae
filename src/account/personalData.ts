import type { Payload } from 'payload'

import { groupMembership } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import type { User } from '@/payload-types'

/**
 * Everything the platform holds about one account, for the GDPR right of access (Art. 15):
 * the account, the groups it belongs to, what it wrote or shared, what it was told, the action
 * items it holds, the organisations it represents and the event registrations made with its
 * address. Only this person's records — never other members' names or comments.
 */
export async function personalDataOf(payload: Payload, user: User) {
  const as = { overrideAccess: false as const, user, depth: 0, pagination: false as const }
  const { member } = await groupMembership({ user, payload, context: {} })
  // a person in no group may read no group's comments or files: asking would be refused (403)
  const inGroups = <T>(query: () => Promise<{ docs: T[] }>) =>
    member.length ? query() : Promise.resolve({ docs: [] as T[] })
  const [groups, comments, materials, notifications, meetings, organisations, account] =
    await Promise.all([
      inGroups(() =>
        payload.find({ collection: 'working-groups', where: { id: { in: member } }, ...as }),
      ),
      inGroups(() =>
        payload.find({
          collection: 'minutes-comments',
          where: { author: { equals: user.id } },
          ...as,
        }),
      ),
      inGroups(() =>
        payload.find({
          collection: 'materials',
          where: { uploadedBy: { equals: user.id } },
          ...as,
        }),
      ),
      payload.find({
        collection: 'member-notifications',
        where: { user: { equals: user.id } },
        ...as,
      }),
      inGroups(() =>
        payload.find({ collection: 'meetings', where: { workingGroup: { in: member } }, ...as }),
      ),
      // representatives are not readable through the organisation's public fields: a system
      // query, narrowed to the organisations that list this account
      payload.find({
        collection: 'organisations',
        where: { representatives: { equals: user.id } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      }),
      // the stored account, not the session's copy: its address as confirmed now
      payload.findByID({
        collection: 'users',
        id: user.id,
        depth: 0,
        overrideAccess: true,
        select: { email: true, _verified: true, pendingEmail: true },
      }),
    ])
  // registrations carry no account, only the address: the system looks them up by it, and only
  // by an address the account proved it holds (a pending one proves nothing)
  const registrations =
    account._verified === true
      ? await payload.find({
          collection: 'event-registrations',
          where: { email: { equals: account.email.toLowerCase() } },
          depth: 1,
          pagination: false,
          overrideAccess: true,
        })
      : { docs: [] }
  return {
    exportedAt: new Date().toISOString(),
    account: {
      name: user.name,
      email: account.email,
      pendingEmail: account.pendingEmail ?? null,
      preferredLanguage: user.preferredLanguage,
      roles: user.roles,
      notificationMode: user.notificationMode ?? 'immediate',
      mutedGroups: (user.mutedGroups ?? []).map((group) => idFrom(group)),
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    workingGroups: groups.docs.map((group) => ({
      id: group.id,
      name: group.name,
      role: (group.coordinators ?? []).some((coordinator) => sameId(coordinator, user.id))
        ? 'coordinator'
        : 'member',
    })),
    minutesComments: comments.docs.map((comment) => ({
      meeting: idFrom(comment.meeting),
      agendaItem: comment.agendaItem,
      body: comment.body,
      resolved: comment.resolved,
      createdAt: comment.createdAt,
    })),
    materialsShared: materials.docs.map((material) => ({
      id: material.id,
      title: material.title,
      filename: material.filename,
      createdAt: material.createdAt,
    })),
    notifications: notifications.docs.map((notification) => ({
      kind: notification.kind,
      workingGroup: idFrom(notification.workingGroup),
      mode: notification.mode,
      createdAt: notification.createdAt,
      sentAt: notification.sentAt,
    })),
    actionItems: meetings.docs.flatMap((meeting) =>
      (meeting.actionItems ?? [])
        .filter((item) => sameId(item.assignee, user.id))
        .map((item) => ({
          meeting: meeting.id,
          task: item.task,
          dueDate: item.dueDate,
          status: item.status,
        })),
    ),
    attendance: meetings.docs.flatMap((meeting) =>
      (meeting.attendance ?? [])
        .filter((row) => sameId(row.member, user.id))
        .map((row) => ({ meeting: meeting.id, status: row.status })),
    ),
    organisationsRepresented: organisations.docs.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
    })),
    eventRegistrations: registrations.docs.map((registration) => ({
      event: typeof registration.event === 'object' ? registration.event.title : registration.event,
      name: registration.name,
      email: registration.email,
      organisation: registration.organisation,
      answers: registration.answers,
      status: registration.status,
      language: registration.language,
      createdAt: registration.createdAt,
    })),
  }
}
