import type { CollectionAfterChangeHook } from 'payload'

import { signEmailChange } from '@/account/emailChange'
import { emailChangeConfirmation, emailChangedNotice, emailTakenNotice } from '@/email/emailChange'
import { queueMail } from '@/email/queue'
import type { User } from '@/payload-types'

import { emailChangeRequests } from './holdEmailChange'

/**
 * The mails of an address change: a confirmation link to the new address (or, when that address
 * already has an account, a notice to its owner instead — the person asking gets the same answer
 * either way), and once the change took effect a notice to the old address.
 */
export const mailEmailChange: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update') return doc
  const requested = (context[emailChangeRequests] as Record<string, string> | undefined)?.[
    String(doc.id)
  ]
  if (requested && doc.pendingEmail === requested) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { email: { equals: requested } },
      select: { name: true, preferredLanguage: true },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const owner = docs[0]
    const mail = owner
      ? emailTakenNotice(owner)
      : emailChangeConfirmation(
          doc,
          requested,
          await signEmailChange(req.payload, { id: doc.id, from: doc.email, to: requested }),
        )
    await queueMail(req.payload, { to: requested, ...mail }, req)
  }
  if (previousDoc?.email && previousDoc.email !== doc.email) {
    await queueMail(
      req.payload,
      { to: previousDoc.email, ...emailChangedNotice(doc, doc.email) },
      req,
    )
  }
  return doc
}
