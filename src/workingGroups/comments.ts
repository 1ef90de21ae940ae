import type { CollectionAfterChangeHook } from 'payload'

import { idFrom, sameId } from '@/utilities/ids'
import { systemRequest } from '@/utilities/systemRequest'
import { queueMail } from '@/email/queue'
import { mailLocale, renderEmail } from '@/email/templates'
import { getT } from '@/i18n/server'
import type { MinutesComment } from '@/payload-types'

import { absolute, meetingPath } from './links'

/**
 * The commenter hears when the coordinator resolves their comment, and how (the response), in
 * their own language; resolving one's own comment tells no one.
 */
export const tellCommenterResolved: CollectionAfterChangeHook<MinutesComment> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (
    operation !== 'update' ||
    !doc.resolved ||
    previousDoc?.resolved ||
    !doc.author ||
    req.context.silent
  )
    return doc
  if (req.user && sameId(doc.author, req.user.id)) return doc
  const system = { depth: 0, overrideAccess: true, req: systemRequest(req) } as const
  const author = await req.payload.findByID({
    collection: 'users',
    id: idFrom(doc.author)!,
    ...system,
  })
  const locale = mailLocale(author)
  const t = getT(locale, 'workingGroups')
  const meeting = await req.payload.findByID({
    collection: 'meetings',
    id: idFrom(doc.meeting)!,
    locale,
    ...system,
  })
  const group = await req.payload.findByID({
    collection: 'working-groups',
    id: idFrom(meeting.workingGroup)!,
    locale,
    ...system,
  })
  const item = (meeting.agenda ?? []).find((entry) => entry.id === doc.agendaItem)
  const values = {
    group: group.name,
    meeting: meeting.title || t('meeting.numbered', { number: meeting.number }),
    item: item?.title ?? '',
    name: req.user?.name ?? '',
  }
  await queueMail(
    req.payload,
    {
      to: author.email,
      subject: t('mail.commentResolved.subject', values),
      html: renderEmail(locale, {
        name: author.name,
        lines: [
          t('mail.commentResolved.body', values),
          `„${doc.body}“`,
          doc.response
            ? t('mail.commentResolved.response', { response: doc.response })
            : t('mail.commentResolved.noResponse'),
        ],
        action: {
          href: absolute(`${meetingPath(locale, group.slug, meeting.id)}#comment-${doc.id}`),
          label: t('mail.open'),
        },
      }),
    },
    req,
  )
  return doc
}
