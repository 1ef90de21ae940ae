import { type CollectionConfig, Forbidden, ValidationError } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { coordinatesGroup, isGroupMember } from '@/access/groupMembership'
import { inMemberGroups, memberOfAnyGroup, ownerOrCoordinator } from '@/access/workingGroupAccess'
import { idFrom, sameId } from '@/utilities/ids'
import { systemRequest } from '@/utilities/systemRequest'
import { labelsFor } from '@/i18n/labels'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import type { MinutesComment } from '@/payload-types'
import { isPlainText } from '@/utilities/validation'
import { tellCommenterResolved } from '@/workingGroups/comments'

const label = (key: string) => labelsFor('workingGroups', `fields.${key}`)

/**
 * A member's comment on one agenda item's minutes while they are in review; the coordinator
 * resolves each (with an optional reply) before approving.
 */
export const MinutesComments: CollectionConfig<'minutes-comments'> = {
  slug: 'minutes-comments',
  labels: { singular: label('comment'), plural: label('comments') },
  admin: { group: label('group'), defaultColumns: ['meeting', 'author', 'resolved', 'createdAt'] },
  defaultSort: 'createdAt',
  access: {
    read: inMemberGroups(),
    create: memberOfAnyGroup,
    update: ownerOrCoordinator('author'),
    delete: isEditorOrAbove,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        const t = getT(requestLocale(req), 'workingGroups')
        const fail = (path: string, key: string) =>
          new ValidationError({
            collection: 'minutes-comments',
            errors: [{ path, message: t(key) }],
          })
        const meetingId = idFrom(data.meeting ?? originalDoc?.meeting)
        const meeting =
          meetingId == null
            ? null
            : await req.payload.findByID({
                collection: 'meetings',
                id: meetingId,
                depth: 0,
                overrideAccess: true,
                disableErrors: true,
                req: systemRequest(req),
              })
        if (!meeting) throw fail('meeting', 'errors.required')
        data.workingGroup = idFrom(meeting.workingGroup)
        if (operation === 'create') {
          if (req.user) {
            if (!(await isGroupMember(req, meeting.workingGroup))) throw new Forbidden(req.t)
            data.author = req.user.id
          }
          if (meeting.status !== 'minutes-review') throw fail('meeting', 'errors.notInReview')
          if (data.replyTo != null) {
            // one level of thread: a reply answers a comment on the same item, never another reply
            const parent = await req.payload.findByID({
              collection: 'minutes-comments',
              id: idFrom(data.replyTo)!,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req: systemRequest(req),
            })
            if (!parent || parent.replyTo != null || !sameId(parent.meeting, meeting.id))
              throw fail('replyTo', 'errors.replyTarget')
            data.agendaItem = parent.agendaItem
          }
          if (!(meeting.agenda ?? []).some((item) => item.id === data.agendaItem))
            throw fail('agendaItem', 'errors.noAgendaItem')
        }
        if (operation === 'update' && originalDoc) {
          const bodyChanged = data.body !== undefined && data.body !== originalDoc.body
          if (bodyChanged && (originalDoc.resolved || meeting.status !== 'minutes-review'))
            throw fail('body', 'errors.commentClosed')
          if (data.resolved && !originalDoc.resolved) {
            data.resolvedBy = req.user?.id ?? null
            data.resolvedAt = new Date().toISOString()
          }
          if (data.resolved === false && originalDoc.resolved) {
            data.resolvedBy = null
            data.resolvedAt = null
          }
        }
        return data
      },
    ],
    afterChange: [tellCommenterResolved],
  },
  fields: [
    // a comment stays where it was written: its meeting, group and agenda item never move
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      index: true,
      label: label('meeting'),
      access: { update: () => false },
    },
    {
      name: 'workingGroup',
      type: 'relationship',
      relationTo: 'working-groups',
      index: true,
      label: label('workingGroup'),
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'replyTo',
      type: 'relationship',
      relationTo: 'minutes-comments',
      index: true,
      label: label('replyTo'),
      admin: { readOnly: true },
      access: { update: () => false },
    },
    {
      name: 'agendaItem',
      type: 'text',
      required: true,
      maxLength: 64,
      label: label('agendaItem'),
      access: { update: () => false },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      label: label('commentBody'),
      validate: (value: unknown, { req }: { req: Parameters<typeof requestLocale>[0] }) => {
        const t = getT(requestLocale(req), 'workingGroups')
        if (typeof value !== 'string' || !value.trim()) return t('errors.required')
        if (value.length > 4000) return t('errors.tooLong')
        return isPlainText(value) ? true : t('errors.html')
      },
      // only its author rewrites a comment
      access: {
        update: ({ req, doc }) =>
          Boolean(req.user && doc && sameId((doc as MinutesComment).author, req.user.id)),
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('author'),
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('resolved'),
      access: {
        create: () => false,
        update: ({ req, doc }) =>
          coordinatesGroup(req, (doc as MinutesComment | undefined)?.workingGroup),
      },
    },
    {
      name: 'response',
      type: 'textarea',
      maxLength: 4000,
      label: label('response'),
      access: {
        create: () => false,
        update: ({ req, doc }) =>
          coordinatesGroup(req, (doc as MinutesComment | undefined)?.workingGroup),
      },
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('resolvedBy'),
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: label('resolvedAt'),
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
  ],
  timestamps: true,
}
