import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  Forbidden,
  type PayloadRequest,
} from 'payload'

import { coordinatesGroup } from '@/access/groupMembership'
import { isStaff } from '@/access/roles'
import { idFrom } from '@/utilities/ids'
import { fieldError } from '@/hooks/fieldError'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import type { Meeting } from '@/payload-types'
import { type MeetingStatus, meetingTransitions } from '@/workingGroups/constants'
import { minutesContent } from '@/workingGroups/minutes'

const fail = (
  req: PayloadRequest,
  path: string,
  key: string,
  values: Record<string, unknown> = {},
) => fieldError(req, { collection: 'meetings', path, namespace: 'workingGroups', key, values })

/** A meeting is held once it has begun; marking a future one held would open its minutes early. */
const refuseHeldInFuture = (req: PayloadRequest, startsAt: unknown) => {
  if (startsAt && new Date(startsAt as string) > new Date())
    throw fail(req, 'status', 'errors.heldInFuture')
}

/** Meetings are numbered per group; a number left empty becomes the group's next one. */
export const numberMeeting: CollectionBeforeValidateHook<Meeting> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const group = idFrom(data.workingGroup ?? originalDoc?.workingGroup)
  if (!group) return data
  if (operation === 'create' && (data.number == null || Number.isNaN(Number(data.number)))) {
    const { docs } = await req.payload.find({
      collection: 'meetings',
      where: { workingGroup: { equals: group } },
      sort: '-number',
      limit: 1,
      depth: 0,
      select: { number: true },
      overrideAccess: true,
      req,
    })
    data.number = (docs[0]?.number ?? 0) + 1
  } else if (data.number != null && data.number !== originalDoc?.number) {
    const { totalDocs } = await req.payload.count({
      collection: 'meetings',
      where: {
        and: [
          { workingGroup: { equals: group } },
          { number: { equals: data.number } },
          ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw fail(req, 'number', 'errors.numberTaken', { number: data.number })
  }
  return data
}

/**
 * The minutes' workflow, enforced for the admin, REST, GraphQL and the site alike: planned →
 * held → minutes draft → review (→ back to draft) → approved; approving needs every review
 * comment resolved; approved minutes change only with a new reason, kept in the version.
 */
export const minutesWorkflow: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const system = !req.user
  if (operation === 'create') {
    if (!system && !(await coordinatesGroup(req, data.workingGroup))) throw new Forbidden(req.t)
    if (!system && data.status && !['planned', 'held'].includes(data.status)) {
      throw fail(req, 'status', 'errors.createStatus')
    }
    if (!system && data.status === 'held') refuseHeldInFuture(req, data.startsAt)
    if (data.status === 'minutes-approved') data.approvedAt ??= new Date().toISOString()
    return data
  }
  if (!originalDoc) return data
  if (
    !system &&
    !isStaff(req) &&
    data.workingGroup != null &&
    String(idFrom(data.workingGroup)) !== String(idFrom(originalDoc.workingGroup))
  ) {
    throw new Forbidden(req.t)
  }
  const t = getT(requestLocale(req), 'workingGroups')
  const from = originalDoc.status as MeetingStatus
  const to = (data.status ?? from) as MeetingStatus

  if (from === 'minutes-approved') {
    const given = Object.fromEntries(
      Object.entries(data).filter(([, value]) => value !== undefined),
    )
    const changed = minutesContent({ ...originalDoc, ...given }) !== minutesContent(originalDoc)
    const reason = typeof data.amendmentReason === 'string' ? data.amendmentReason.trim() : ''
    if (changed && (!reason || reason === (originalDoc.amendmentReason ?? '').trim())) {
      throw fail(req, 'amendmentReason', 'errors.amendmentReason')
    }
  }
  if (from !== to) {
    if (!meetingTransitions[from]?.includes(to)) {
      throw fail(req, 'status', 'errors.transition', {
        from: t(`statuses.${from}`),
        to: t(`statuses.${to}`),
      })
    }
    if (to === 'held') refuseHeldInFuture(req, data.startsAt ?? originalDoc.startsAt)
    if (to === 'minutes-approved') {
      const { totalDocs } = await req.payload.count({
        collection: 'minutes-comments',
        // replies belong to their comment's thread: only the comments themselves are resolved
        where: {
          and: [
            { meeting: { equals: originalDoc.id } },
            { resolved: { not_equals: true } },
            { replyTo: { exists: false } },
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0)
        throw fail(req, 'status', 'errors.unresolvedComments', { count: totalDocs })
      data.approvedAt = new Date().toISOString()
      data.approvedBy = req.user?.id ?? null
    }
  }
  return data
}
