import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  ValidationError,
} from 'payload'

import { type MailKind, type RegistrationStatus, seatHoldingStatuses } from '@/events/constants'
import { queueRegistrationMail } from '@/events/mailQueue'
import { eventLock, reconcileEvent, releaseSeat } from '@/events/seats'
import { getT } from '@/i18n/server'
import { requestLocale } from '@/i18n/requestLocale'
import { idFrom } from '@/utilities/ids'

/**
 * What an organiser may do to a registration. Seats are only ever given by the registration
 * service and the waiting list (never by hand, which would overbook), so nobody moves a
 * registration to "confirmed" except by approving a pending one or undoing a check-in.
 */
const allowed: Record<RegistrationStatus, RegistrationStatus[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['attended', 'cancelled'],
  attended: ['confirmed'],
  waitlisted: ['cancelled'],
  cancelled: [],
}

const isService = (context: Record<string, unknown>) => context.eventRegistrationService === true

export const checkStatusChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || isService(req.context) || !originalDoc) return data
  const from = originalDoc.status as RegistrationStatus
  const to = (data.status ?? from) as RegistrationStatus
  if (from === to) return data
  if (!allowed[from]?.includes(to)) {
    const t = getT(requestLocale(req), 'events')
    throw new ValidationError({
      collection: 'event-registrations',
      errors: [
        {
          path: 'status',
          message: t('errors.transition', {
            from: t(`registrationStatuses.${from}`),
            to: t(`registrationStatuses.${to}`),
          }),
        },
      ],
    })
  }
  if (to === 'attended') data.attendedAt = new Date().toISOString()
  if (from === 'attended') data.attendedAt = null
  if (to === 'cancelled') data.waitlistPosition = null
  return data
}

const mailFor = (from: RegistrationStatus, to: RegistrationStatus): MailKind | null => {
  if (from === 'pending' && to === 'confirmed') return 'confirmed'
  if (from === 'pending' && to === 'cancelled') return 'declined'
  if (to === 'cancelled') return 'cancelledByOrganiser'
  return null
}

/** After an organiser's change: the mail to the registrant, and a freed seat goes to the next. */
export const applyStatusChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || isService(req.context) || !previousDoc) return doc
  const from = previousDoc.status as RegistrationStatus
  const to = doc.status as RegistrationStatus
  if (from === to) return doc
  const kind = mailFor(from, to)
  const eventId = idFrom(doc.event)
  await eventLock(eventId, async () => {
    if (kind) await queueRegistrationMail(req.payload, doc.id, kind, req)
    if (to === 'cancelled') {
      if (seatHoldingStatuses.includes(from)) await releaseSeat(req.payload, doc.id, req)
      await reconcileEvent(req.payload, eventId, req)
    }
  })
  return doc
}
