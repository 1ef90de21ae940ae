import type { CollectionAfterChangeHook } from 'payload'

import { readServerUrl } from '@/config/environment'
import { personalEmail } from '@/email/templates'
import { queueMail } from '@/email/queue'
import type { User } from '@/payload-types'
import { idFrom } from '@/utilities/ids'

/**
 * Tells the lead organisation's representatives, each in their language, when an editor asks
 * for changes (with the comment) or publishes their case study.
 */
export const notifyReview: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const requested =
    doc.review?.state === 'changes-requested' && previousDoc?.review?.state !== 'changes-requested'
  const published = doc._status === 'published' && previousDoc?._status !== 'published'
  if (!requested && !published) return doc
  const organisationId = idFrom(doc.organisation)
  if (!organisationId) return doc
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: organisationId,
    depth: 1,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const representatives = ((organisation?.representatives ?? []) as (User | number)[]).filter(
    (user): user is User => typeof user === 'object' && Boolean(user.email),
  )
  const kind = published ? 'published' : 'changesRequested'
  const title = doc.title
  for (const user of representatives) {
    await queueMail(
      req.payload,
      {
        to: user.email,
        ...personalEmail(user, 'goodPractice', (t, locale) => ({
          subject: t(`mail.${kind}.subject`, { title }),
          lines: [
            t(`mail.${kind}.body`, { title }),
            ...(requested && doc.review?.comment
              ? [t('mail.comment', { comment: doc.review.comment })]
              : []),
          ],
          action: {
            href: published
              ? `${readServerUrl()}/${locale}/good-practice/${doc.slug}`
              : `${readServerUrl()}/admin/collections/case-studies/${doc.id}`,
            label: t('mail.action'),
          },
        })),
      },
      req,
    )
  }
  return doc
}
