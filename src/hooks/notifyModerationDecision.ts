import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { readServerUrl } from '@/config/environment'
import { personalEmail } from '@/email/templates'
import type { User } from '@/payload-types'
import { type ID, idFrom } from '@/utilities/ids'

async function representativesOf(req: PayloadRequest, organisationId: ID): Promise<User[]> {
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 1,
    select: { representatives: true },
    populate: { users: { name: true, email: true, preferredLanguage: true } },
    overrideAccess: true,
    req,
  })
  return ((organisation.representatives ?? []) as (User | ID)[]).filter(
    (user): user is User => typeof user === 'object',
  )
}

/**
 * When an editor approves or rejects a pending organisation or centre, its representatives
 * are told, each in their own language, with the editor's reason. A failed delivery is
 * logged and never undoes the decision.
 */
export const notifyModerationDecision: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.status !== 'pending') return doc
  if (doc.status !== 'published' && doc.status !== 'rejected') return doc
  const organisationId = collection.slug === 'organisations' ? doc.id : idFrom(doc.organisation)
  if (!organisationId) return doc
  const recipients = await representativesOf(req, organisationId)
  const approved = doc.status === 'published'
  for (const user of recipients) {
    try {
      await req.payload.sendEmail({
        to: user.email,
        ...personalEmail(user, 'emails', (t) => ({
          subject: t(approved ? 'moderation.approvedSubject' : 'moderation.rejectedSubject'),
          lines: [
            t(approved ? 'moderation.approvedBody' : 'moderation.rejectedBody', {
              record: doc.name,
            }),
            ...(!approved && doc.moderationNote
              ? [t('moderation.reason', { reason: doc.moderationNote })]
              : []),
            ...(approved ? [] : [t('moderation.rejectedNext')]),
          ],
          // straight to the record: a rejected applicant fixes it there and submits it again
          action: {
            href: `${readServerUrl()}/admin/collections/${collection.slug}/${doc.id}`,
            label: t(approved ? 'moderation.action' : 'moderation.openRecord'),
          },
        })),
      })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `moderation e-mail to ${user.email} failed` })
    }
  }
  return doc
}
