/** The minutes' life: a meeting is planned, held, then its minutes are drafted, reviewed and approved. */
export const meetingStatuses = [
  'planned',
  'held',
  'minutes-draft',
  'minutes-review',
  'minutes-approved',
] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

/** The moves coordinators may make; review can go back to the draft for amendments. */
export const meetingTransitions: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ['held'],
  held: ['minutes-draft'],
  'minutes-draft': ['minutes-review'],
  'minutes-review': ['minutes-draft', 'minutes-approved'],
  'minutes-approved': [],
}

/** Statuses in which members (not only coordinators) read the minutes. */
export const minutesVisibleToMembers: MeetingStatus[] = ['minutes-review', 'minutes-approved']

export const attendanceStatuses = ['present', 'excused', 'absent'] as const
export const actionItemStatuses = ['open', 'in-progress', 'done'] as const
/** A member's answer to an invitation; attendance starts from these once the meeting is held. */
export const rsvpAnswers = ['attend', 'excused'] as const
export type RsvpAnswer = (typeof rsvpAnswers)[number]
/** How many days before a meeting members who have not answered are reminded. */
export const RSVP_REMINDER_DAYS = 3

export const notificationKinds = [
  'invitation',
  'minutesReview',
  'minutesApproved',
  'material',
  'rsvpReminder',
] as const
export type NotificationKind = (typeof notificationKinds)[number]
export const notificationModes = ['immediate', 'digest'] as const

export const materialMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]
export const materialExtensions = ['pdf', 'docx', 'odt', 'xlsx', 'ods', 'pptx']
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024
