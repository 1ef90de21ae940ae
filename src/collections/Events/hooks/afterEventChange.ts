import type { CollectionAfterChangeHook } from 'payload'

import { queueRegistrationMail } from '@/events/mailQueue'
import { demoteExcess, eventLock, reconcileEvent } from '@/events/seats'

/**
 * Keeps registrations in step with the event: cancelling it tells everyone registered; a new
 * capacity promotes from (or, when the organiser chose so, demotes to) the waiting list.
 */
export const afterEventChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  if (
    doc.status === 'cancelled' &&
    previousDoc.status !== 'cancelled' &&
    !req.context.silentEventChange
  ) {
    const { docs } = await req.payload.find({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: doc.id } }, { status: { not_equals: 'cancelled' } }] },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    for (const registration of docs)
      await queueRegistrationMail(req.payload, registration.id, 'eventCancelled', req)
  }
  if ((doc.capacity ?? null) !== (previousDoc.capacity ?? null)) {
    await eventLock(doc.id, async () => {
      const target = req.context.demoteToCapacity
      if (typeof target === 'number') await demoteExcess(req.payload, doc.id, target, req)
      await reconcileEvent(req.payload, doc.id, req)
    })
  }
  return doc
}
