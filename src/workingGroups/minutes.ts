import type { Meeting } from '@/payload-types'

import { idFrom } from '@/utilities/ids'

type MinutesSource = Pick<Meeting, 'agenda' | 'attendance' | 'guests' | 'actionItems'>

/**
 * What approval locks, as one comparable string: agenda and minutes, attendance, guests and
 * the action items' wording and owners. An action item's progress is not part of the record,
 * so assignees can mark it done after approval.
 */
export function minutesContent(doc: Partial<MinutesSource>): string {
  return JSON.stringify({
    agenda: (doc.agenda ?? []).map((item) => ({
      title: item.title ?? '',
      presenter: item.presenter ?? '',
      public: Boolean(item.public),
      materials: (item.materials ?? []).map((material) => String(idFrom(material))),
      discussion: item.discussion ?? '',
      decision: item.decision ?? '',
    })),
    attendance: (doc.attendance ?? []).map((row) => ({
      member: String(idFrom(row.member)),
      status: row.status,
    })),
    guests: (doc.guests ?? []).map((guest) => ({
      name: guest.name,
      organisation: guest.organisation ?? '',
    })),
    actionItems: (doc.actionItems ?? []).map((item) => ({
      task: item.task,
      assignee: item.assignee ? String(idFrom(item.assignee)) : '',
      assigneeName: item.assigneeName ?? '',
      dueDate: item.dueDate ? new Date(item.dueDate).toISOString().slice(0, 10) : '',
    })),
  })
}
