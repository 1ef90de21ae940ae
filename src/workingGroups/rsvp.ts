import type { Payload } from 'payload'

import { groupMembership } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import { withLock } from '@/events/lock'
import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { Meeting, User } from '@/payload-types'

import { type RsvpAnswer, rsvpAnswers } from './constants'
import { memberLinkUrl, signMemberLink } from './memberLinks'

type ID = number | string
export type RsvpOutcome = 'answered' | 'closed' | 'forbidden'

/** Members answer until the meeting ends, as long as it has not been marked held. */
export const rsvpOpen = (meeting: Pick<Meeting, 'status' | 'endsAt'>, now = new Date()) =>
  meeting.status === 'planned' && new Date(meeting.endsAt) > now

/**
 * Records a member's answer to an invitation. Members cannot edit the meeting, so the answer is
 * saved by the system after checking the member belongs to the group; answers to one meeting
 * are written one after another so two members answering at once both count.
 */
export async function answerRsvp(
  payload: Payload,
  { meetingId, user, answer }: { meetingId: ID; user: { id: ID } | null; answer: string },
): Promise<RsvpOutcome> {
  if (!user || !rsvpAnswers.includes(answer as RsvpAnswer)) return 'forbidden'
  return withLock(`meeting-rsvp:${meetingId}`, async () => {
    const meeting = await payload
      .findByID({
        collection: 'meetings',
        id: meetingId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    if (!meeting) return 'forbidden'
    // staff read every group but answer only for groups they belong to
    const { member } = await groupMembership({
      user: user as unknown as User,
      payload,
      context: {},
    })
    if (!member.some((group) => sameId(group, meeting.workingGroup))) return 'forbidden'
    if (!rsvpOpen(meeting)) return 'closed'
    const others = (meeting.rsvps ?? []).filter((row) => !sameId(row.member, user.id))
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: {
        rsvps: [
          ...others.map((row) => ({ ...row, member: idFrom(row.member) as number })),
          {
            member: user.id as number,
            answer: answer as RsvpAnswer,
            answeredAt: new Date().toISOString(),
          },
        ],
      },
      depth: 0,
      overrideAccess: true,
    })
    return 'answered'
  })
}

/** The two one-click answers for one member's invitation or reminder, valid until the meeting ends. */
export async function rsvpLinks(
  payload: Payload,
  locale: Locale,
  user: Pick<User, 'id'>,
  meeting: Pick<Meeting, 'id' | 'endsAt'>,
) {
  const t = getT(locale, 'workingGroups')
  const token = await signMemberLink(
    payload,
    'rsvp',
    { user: user.id, meeting: meeting.id },
    new Date(meeting.endsAt),
  )
  return rsvpAnswers.map((answer) => ({
    href: memberLinkUrl(locale, 'rsvp', token, answer),
    label: t(`rsvpAnswers.${answer}`),
  }))
}
