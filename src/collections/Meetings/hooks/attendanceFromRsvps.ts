import type { CollectionBeforeChangeHook } from 'payload'

import { idFrom } from '@/utilities/ids'
import type { Meeting } from '@/payload-types'

/**
 * When a meeting is marked held with no attendance recorded yet, the attendance starts from the
 * members' answers (attending → present, excused → excused); the coordinator corrects it from there.
 */
export const attendanceFromRsvps: CollectionBeforeChangeHook<Meeting> = ({
  data,
  operation,
  originalDoc,
}) => {
  if (
    operation !== 'update' ||
    !originalDoc ||
    originalDoc.status !== 'planned' ||
    data.status !== 'held'
  )
    return data
  if ((data.attendance ?? []).length > 0 || (originalDoc.attendance ?? []).length > 0) return data
  const answers = originalDoc.rsvps ?? []
  if (answers.length === 0) return data
  data.attendance = answers.map((row) => ({
    member: idFrom(row.member) as number,
    status: row.answer === 'attend' ? ('present' as const) : ('excused' as const),
  }))
  return data
}
