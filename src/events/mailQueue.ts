import type { Payload, PayloadRequest } from 'payload'

import type { MailKind } from './constants'

type ID = number | string

/**
 * Registrants' e-mails go through Payload's jobs queue, never straight to SMTP: the
 * registration is saved whatever the mail server does, and a failed message is retried with
 * back-off (see the `sendRegistrationMail` task) while organisers see its status.
 */
export async function queueRegistrationMail(
  payload: Payload,
  registrationId: ID,
  kind: MailKind,
  req?: PayloadRequest,
) {
  await payload.jobs.queue({
    task: 'sendRegistrationMail',
    input: { registration: String(registrationId), kind },
    ...(req ? { req } : {}),
  })
  await payload.update({
    collection: 'event-registrations',
    id: registrationId,
    data: { mailStatus: 'queued' },
    depth: 0,
    overrideAccess: true,
    context: { eventRegistrationService: true },
    ...(req ? { req } : {}),
  })
}
