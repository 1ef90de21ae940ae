import { Forbidden, type Payload } from 'payload'

import { coordinatesGroup } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import type { Locale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import type { Meeting, User, WorkingGroup } from '@/payload-types'

import { actionItemStatuses } from './constants'
import { memberLinkUrl, signMemberLink } from './memberLinks'

type ActionItem = NonNullable<Meeting['actionItems']>[number]
export type OverdueAction = {
  meeting: Meeting
  item: ActionItem
  group: Pick<WorkingGroup, 'id' | 'name' | 'slug'>
}

/** How long a "mark as done" link from a mail stays valid. */
const ACTION_LINK_DAYS = 30

/** Whether an item's due day has passed (due dates are days: due today is not overdue yet). */
export const isOverdue = (
  item: { dueDate?: string | null; status?: string | null },
  now = new Date(),
) =>
  Boolean(
    item.dueDate &&
    item.status !== 'done' &&
    item.dueDate.slice(0, 10) < now.toISOString().slice(0, 10),
  )

type ActionStatus = (typeof actionItemStatuses)[number]

/**
 * Progress on an action item is reported by its assignee (or a coordinator), who need not be
 * able to edit the meeting itself: the permission is checked here, then the meeting is saved
 * as the system. Progress is not part of the approved record, so no amendment reason is needed.
 */
export async function setActionItemStatus(
  payload: Payload,
  {
    meetingId,
    itemId,
    status,
    user,
  }: { meetingId: number | string; itemId: string; status: string; user: User | null },
): Promise<Meeting> {
  if (!user || !actionItemStatuses.includes(status as ActionStatus)) throw new Forbidden()
  const meeting = await payload.findByID({
    collection: 'meetings',
    id: meetingId,
    depth: 0,
    overrideAccess: true,
  })
  const item = (meeting.actionItems ?? []).find((candidate) => candidate.id === itemId)
  const req = { user, payload, context: {} }
  if (
    !item ||
    !(
      sameId(item.assignee, user.id) || (await coordinatesGroup(req as never, meeting.workingGroup))
    )
  ) {
    throw new Forbidden()
  }
  return payload.update({
    collection: 'meetings',
    id: meeting.id,
    data: {
      actionItems: (meeting.actionItems ?? []).map((candidate) =>
        candidate.id === itemId
          ? { ...candidate, status: status as ActionStatus }
          : { ...candidate, assignee: idFrom(candidate.assignee) as number },
      ),
    },
    depth: 0,
    overrideAccess: true,
  })
}

/** Every open action item past its due day, by its owner's id: read as the system, for the digests. */
export async function overdueActions(
  payload: Payload,
  now = new Date(),
): Promise<Map<string, OverdueAction[]>> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { 'actionItems.dueDate': { less_than: now.toISOString().slice(0, 10) } },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const groups = new Map<string, WorkingGroup>()
  const byOwner = new Map<string, OverdueAction[]>()
  for (const meeting of docs) {
    for (const item of meeting.actionItems ?? []) {
      if (!item.assignee || !isOverdue(item, now)) continue
      const groupId = String(idFrom(meeting.workingGroup))
      if (!groups.has(groupId)) {
        groups.set(
          groupId,
          await payload.findByID({
            collection: 'working-groups',
            id: groupId,
            depth: 0,
            overrideAccess: true,
          }),
        )
      }
      const owner = String(idFrom(item.assignee))
      byOwner.set(owner, [
        ...(byOwner.get(owner) ?? []),
        { meeting, item, group: groups.get(groupId)! },
      ])
    }
  }
  return byOwner
}

/** For a mail: each of the owner's items with a one-click link to mark it done. */
export async function actionDoneChoices(
  payload: Payload,
  locale: Locale,
  user: Pick<User, 'id'>,
  entries: OverdueAction[],
) {
  const t = getT(locale, 'workingGroups')
  const expires = new Date(Date.now() + ACTION_LINK_DAYS * 24 * 3600_000)
  return Promise.all(
    entries.map(async ({ meeting, item, group }) => {
      const token = await signMemberLink(
        payload,
        'actionDone',
        { user: user.id, meeting: meeting.id, item: item.id! },
        expires,
      )
      const due = item.dueDate
        ? ` (${t('pages.member.due')}: ${formatDate(locale, item.dueDate)})`
        : ''
      return {
        question: `• ${item.task}${due} — ${group.name}`,
        links: [
          { href: memberLinkUrl(locale, 'action-done', token), label: t('pages.member.markDone') },
        ],
      }
    }),
  )
}
